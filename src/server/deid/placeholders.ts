import { createHash } from 'node:crypto';

/**
 * Case-wide placeholder numbering: the same person is `[NAME 1]` in every
 * field and every later replacement. The engine numbers within one text; this
 * maps its placeholders onto the case's numbers. Originals are remembered only
 * as salted hashes of their words, so the local history holds no identifier.
 */
export interface NumberedKey {
  type: string;
  number: number;
  keys: string[];
}

const NUMBERED = /^\[([A-Z_]+) (\d+)\]$/;
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'dame', 'nurse', 'rev']);

function words(original: string): string[] {
  return (original.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !TITLES.has(w));
}

/** Keys an original is known by: each significant word for names, the whole text for the rest. */
export function originalKeys(caseId: string, type: string, original: string): string[] {
  const ws = words(original);
  const parts = type === 'NAME' ? ws.filter((w) => w.length >= 2) : [ws.join(' ')];
  return parts.map((p) => createHash('sha256').update(`${caseId}\u0000${type}\u0000${p}`).digest('hex').slice(0, 24));
}

export class CaseNumbering {
  private readonly known: NumberedKey[];

  constructor(
    private readonly caseId: string,
    known: readonly NumberedKey[],
  ) {
    this.known = known.map((k) => ({ ...k, keys: [...k.keys] }));
  }

  /** Rewrites an engine placeholder like `[NAME 2]` to the case's number for that original. */
  renumber(type: string, original: string, placeholder: string): { placeholder: string; entry: NumberedKey | null } {
    const match = NUMBERED.exec(placeholder);
    if (!match) return { placeholder, entry: null };
    const keys = originalKeys(this.caseId, type, original);
    let entry = this.known.find((k) => k.type === type && k.keys.some((key) => keys.includes(key)));
    if (!entry) {
      const next = Math.max(0, ...this.known.filter((k) => k.type === type).map((k) => k.number)) + 1;
      entry = { type, number: next, keys: [] };
      this.known.push(entry);
    }
    for (const key of keys) if (!entry.keys.includes(key)) entry.keys.push(key);
    return { placeholder: `[${match[1]} ${entry.number}]`, entry };
  }

  entries(): NumberedKey[] {
    return this.known;
  }
}
