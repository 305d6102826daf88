import type { ReadDb } from '../../src/server/db/handles';

/** Table → column names, for every real table (FTS shadow tables included: older peers rely on them too). */
export function schemaShape(db: ReadDb): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const shape: Record<string, string[]> = {};
  for (const { name } of tables) {
    shape[name] = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(name) as { name: string }[]).map(
      (c) => c.name,
    );
  }
  return shape;
}
