/** Refused: the file was written by a newer Rounds than this one. */
export class DatabaseFromFutureError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
    readonly path: string,
  ) {
    super(
      `The library at ${path} is schema version ${fileVersion}, written by a newer Rounds; ` +
        `this Rounds understands up to version ${appVersion}. Update Rounds to open it. The file was not changed.`,
    );
    this.name = 'DatabaseFromFutureError';
  }
}

/** Refused: the file is not a SQLite database or is damaged. */
export class DatabaseUnreadableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`The library at ${path} cannot be opened: ${reason}. The file was not changed.`);
    this.name = 'DatabaseUnreadableError';
  }
}

/** Refused: another Rounds process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; purpose: string; since: string },
  ) {
    super(
      `The data directory ${dataDir} is in use by another Rounds process ` +
        `(pid ${holder.pid}, ${holder.purpose}, since ${holder.since}). ` +
        `Close it first; nothing was changed.`,
    );
    this.name = 'DataDirLockedError';
  }
}
