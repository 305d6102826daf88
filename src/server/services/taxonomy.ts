import specialtiesData from '../../../resources/taxonomy/specialties.json';
import { specialtySchema, type Specialty } from '../../shared/api';
import { defineService } from './define-service';

const specialties: Specialty[] = specialtySchema.array().parse(specialtiesData.specialties);
const specialtyIds = new Set(specialties.map((s) => s.id));

export function isSpecialtyId(id: string): boolean {
  return specialtyIds.has(id);
}

export const taxonomyService = defineService('taxonomy', {
  'taxonomy.specialties': () => specialties,
});
