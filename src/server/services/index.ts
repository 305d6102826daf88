import type { Library } from '../db/connection';
import { attachmentsService } from './attachments';
import { casesService } from './cases';
import { consentService } from './consent';
import { createContext, type ContextOptions, type ServiceContext } from './context';
import { deidService } from './deid';
import { createRouter, type Router } from './define-service';
import { personasService } from './personas';
import { searchService } from './search';
import { taxonomyService } from './taxonomy';

export const SERVICES = [
  casesService,
  consentService,
  deidService,
  personasService,
  searchService,
  taxonomyService,
  attachmentsService,
];

export interface Rounds {
  ctx: ServiceContext;
  router: Router;
}

/** Everything a transport needs: one router over every domain, one event bus. */
export function createRounds(library: Library, options: ContextOptions = {}): Rounds {
  const ctx = createContext(library, options);
  return { ctx, router: createRouter(SERVICES, ctx) };
}
