import type { Persona } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../handles';

interface PersonaRow {
  id: string;
  kind: Persona['kind'];
  display_name: string;
  profession: string;
  specialty: string;
  color: string;
  created_at: string;
  active: number;
}

function toPersona(row: PersonaRow): Persona {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    profession: row.profession,
    specialty: row.specialty,
    color: row.color,
    createdAt: row.created_at,
  };
}

export function listPersonas(db: ReadDb): Persona[] {
  return (db.prepare('SELECT * FROM personas ORDER BY created_at').all() as PersonaRow[]).map(toPersona);
}

export function activePersona(db: ReadDb): Persona | null {
  const row = db.prepare('SELECT * FROM personas WHERE active = 1').get() as PersonaRow | undefined;
  return row ? toPersona(row) : null;
}

/** Inserts a persona and makes it the only active one. */
export function insertActivePersona(db: WriteDb, p: Persona): void {
  db.transaction(() => {
    db.prepare('UPDATE personas SET active = 0').run();
    db.prepare(
      `INSERT INTO personas (id, kind, display_name, profession, specialty, color, created_at, active)
       VALUES (@id, @kind, @displayName, @profession, @specialty, @color, @createdAt, 1)`,
    ).run(p);
  })();
}
