import { z } from 'zod';
import { defineDomain } from './define';

export const specialtySchema = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string(),
});
export type Specialty = z.infer<typeof specialtySchema>;

export const taxonomyApi = defineDomain('taxonomy', {
  'taxonomy.specialties': { input: z.object({}).default({}), output: z.array(specialtySchema) },
});
