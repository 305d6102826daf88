import type Database from 'better-sqlite3';

declare const readBrand: unique symbol;
declare const writeBrand: unique symbol;

/** A connection a query may only read through. */
export type ReadDb = Database.Database & { readonly [readBrand]: true };
/** A connection a query may write through; a WriteDb can also read. */
export type WriteDb = ReadDb & { readonly [writeBrand]: true };

export function asWriteDb(db: Database.Database): WriteDb {
  return db as WriteDb;
}
