import type { WriteDb } from '../handles';
import * as m001 from './001-initial';
import * as m002 from './002-deid-review';

export interface Migration {
  version: number;
  name: string;
  up(db: WriteDb): void;
}

/** In order; versions strictly increase by one. Never edit a shipped migration: add one. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '001-initial', ...m001 },
  { name: '002-deid-review', ...m002 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
