/** Tiny argv helpers shared by the CLIs: `--name value`, `--name=value`, and positionals. */
export function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** Arguments that are neither flags nor the values of `valued` flags. */
export function positionals(args: readonly string[], valued: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && valued.includes(arg.slice(2))) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** Exit codes: 0 done, 1 done with bad lines or failed, 2 refused (usage, locked, unreadable). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_REFUSED = 2;

/** Human text for a refusal to open the data directory, or null if the error is not one. */
export function describeOpenError(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const refusals = ['DataDirLockedError', 'DataDirMissingError', 'DatabaseFromFutureError', 'DatabaseUnreadableError'];
  return refusals.includes(error.name) ? error.message : null;
}

export function formatRate(count: number, ms: number): string {
  const seconds = ms / 1000;
  const rate = seconds > 0 ? Math.round(count / seconds) : count;
  return `${seconds.toFixed(2)} s, ${rate.toLocaleString('en-US')} cases/s`;
}
