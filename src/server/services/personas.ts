import { randomUUID } from 'node:crypto';
import { RoundsError } from '../../shared/api';
import { activePersona, insertActivePersona, listPersonas } from '../db/queries/personas';
import { defineService } from './define-service';
import { isSpecialtyId } from './taxonomy';

/** Professional personas are painted teal, personal ones grape, so the two are never confused. */
export const PERSONA_COLORS = { professional: 'teal', personal: 'grape' } as const;

export const personasService = defineService('personas', {
  'personas.list': (_input, ctx) => listPersonas(ctx.library.read),
  'personas.active': (_input, ctx) => activePersona(ctx.library.read),
  'personas.createProfessional': (input, ctx) => {
    const db = ctx.library.write;
    if (!isSpecialtyId(input.specialty)) {
      throw new RoundsError('invalid_input', `Unknown specialty ${input.specialty}`);
    }
    if (listPersonas(db).some((p) => p.kind === 'professional')) {
      throw new RoundsError('conflict', 'A professional persona already exists on this device');
    }
    const persona = {
      id: randomUUID(),
      kind: 'professional' as const,
      displayName: input.displayName,
      profession: input.profession,
      specialty: input.specialty,
      color: PERSONA_COLORS.professional,
      createdAt: ctx.now().toISOString(),
    };
    insertActivePersona(db, persona);
    return persona;
  },
});
