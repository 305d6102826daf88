import type { Library } from '../db/connection';
import { attachmentsService } from './attachments';
import { casesService } from './cases';
import { consentService } from './consent';
import { createContext, type ContextOptions, type ServiceContext } from './context';
import { deidService } from './deid';
import { purgeBin } from './maintenance';
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

/** Everything a transport needs: one router over every domain, one event bus. Empties the old part of the bin. */
export function createRounds(library: Library, options: ContextOptions = {}): Rounds {
  const ctx = createContext(library, options);
  const router = createRouter(SERVICES, ctx);
  purgeBin(ctx);
  return { ctx, router };
}
