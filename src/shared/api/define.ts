import type { z } from 'zod';

/** One callable method of the contract: its zod input and output. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export type DomainSpec = Record<string, MethodSpec>;

/** Ties a domain's method names to its prefix at the type level (`cases.create`). */
export function defineDomain<const D extends string, S extends DomainSpec>(
  domain: D,
  spec: S & { [K in keyof S]: K extends `${D}.${string}` ? MethodSpec : never },
): S {
  for (const name of Object.keys(spec)) {
    if (!name.startsWith(`${domain}.`)) throw new Error(`method ${name} is not in domain ${domain}`);
  }
  return spec;
}
