import type { Finding } from '../../../../shared/deid/types';

/**
 * Moves findings computed on `before` onto `after` (one edit apart, as between two
 * keystrokes): findings before the edit stay, findings after it shift, findings
 * the edit touched are dropped until the engine runs again. Keeps highlights
 * aligned with the text while the debounced engine catches up.
 */
export function rebaseFindings<F extends Finding>(before: string, after: string, findings: readonly F[]): F[] {
  if (before === after) return findings as F[];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: F[] = [];
  for (const f of findings) {
    if (f.end <= prefix) out.push(f);
    else if (f.start >= editEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

/** The key the server remembers a dismissal by. */
export function dismissalKey(f: { field: string; type: string; text: string }): string {
  return `${f.field}\u0000${f.type}\u0000${f.text}`;
}

type Idle = (cb: () => void, opts?: { timeout: number }) => number;

/** Runs `fn` after `delayMs`, then when the browser is idle (at most 300 ms later). Returns a cancel function. */
export function schedule(fn: () => void, delayMs: number): () => void {
  let idleId: number | null = null;
  const ric = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  const timer = setTimeout(() => {
    if (ric) idleId = ric(fn, { timeout: 300 });
    else fn();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    const cic = (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback;
    if (idleId !== null && cic) cic(idleId);
  };
}
