import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asWriteDb } from '../../../src/server/db/handles';
import { migrate } from '../../../src/server/db/migrate';
import { schemaShape } from '../../helpers/schema';

/**
 * Older peers and older app versions read the same files and sync with us, so
 * schema changes must be additive. The snapshot lists what a released schema
 * has; adding to it is fine, dropping or renaming anything fails here.
 * Regenerate after an additive change: `npx tsx scripts/schema-snapshot.ts`.
 */
describe('schema guard', () => {
  it('keeps every table and column of the committed snapshot', () => {
    const snapshot = JSON.parse(
      readFileSync(new URL('../../fixtures/schema/snapshot.json', import.meta.url), 'utf8'),
    ) as Record<string, string[]>;
    const db = asWriteDb(new Database(':memory:'));
    migrate(db);
    const current = schemaShape(db);
    const dropped: string[] = [];
    for (const [table, columns] of Object.entries(snapshot)) {
      if (!current[table]) {
        dropped.push(table);
        continue;
      }
      for (const column of columns) if (!current[table]!.includes(column)) dropped.push(`${table}.${column}`);
    }
    expect(dropped).toEqual([]);
  });
});
