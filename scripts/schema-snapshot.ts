// Writes tests/fixtures/schema/snapshot.json from the current migrations.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { asWriteDb } from '../src/server/db/handles';
import { migrate } from '../src/server/db/migrate';
import { schemaShape } from '../tests/helpers/schema';

const db = asWriteDb(new Database(':memory:'));
migrate(db);
writeFileSync(
  new URL('../tests/fixtures/schema/snapshot.json', import.meta.url),
  `${JSON.stringify(schemaShape(db), null, 1)}\n`,
);
console.log('schema snapshot written');
