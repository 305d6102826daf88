import { DatabaseFromFutureError } from './errors';
import type { WriteDb } from './handles';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: WriteDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration (up to `target`) in one transaction and sets
 * user_version. A database from a newer app is refused, never touched.
 */
export function migrate(
  db: WriteDb,
  { target = LATEST_VERSION, path = ':memory:', migrations = MIGRATIONS }: {
    target?: number;
    path?: string;
    migrations?: readonly Migration[];
  } = {},
): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseFromFutureError(from, latest, path);
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  })();
  return { from, to: schemaVersion(db) };
}
