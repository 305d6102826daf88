import { z } from 'zod';
import { defineDomain } from './define';

export const PERSONA_KINDS = ['professional', 'personal'] as const;

export const personaSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PERSONA_KINDS),
  displayName: z.string().min(1).max(120),
  profession: z.string().max(80),
  specialty: z.string().max(80),
  /** The colour the UI paints the active persona with, so nobody posts as the wrong one. */
  color: z.string().max(20),
  createdAt: z.iso.datetime({ offset: false }),
});
export type Persona = z.infer<typeof personaSchema>;

export const PROFESSIONS = [
  'Physician',
  'Resident physician',
  'Nurse',
  'Nurse practitioner',
  'Physician assistant',
  'Pharmacist',
  'Physiotherapist',
  'Occupational therapist',
  'Psychologist',
  'Psychotherapist',
  'Speech and language therapist',
  'Dietitian',
  'Midwife',
  'Medical student',
  'Other health professional',
] as const;

export const personasApi = defineDomain('personas', {
  'personas.list': { input: z.object({}).default({}), output: z.array(personaSchema) },
  /** The persona everything is written as; null until onboarding is done. */
  'personas.active': { input: z.object({}).default({}), output: personaSchema.nullable() },
  'personas.createProfessional': {
    input: z.object({
      displayName: z.string().trim().min(1, 'enter your name').max(120),
      profession: z.enum(PROFESSIONS),
      specialty: z.string().min(1, 'choose a specialty').max(80),
    }),
    output: personaSchema,
  },
});
