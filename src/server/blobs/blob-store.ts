import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** A stored blob whose bytes no longer hash to its name. It is never served. */
export class BlobCorruptedError extends Error {
  constructor(
    readonly sha256: string,
    readonly actual: string,
  ) {
    super(`Blob ${sha256} is corrupted on disk (its bytes hash to ${actual}); it will not be served`);
    this.name = 'BlobCorruptedError';
  }
}

export class BlobMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`Blob ${sha256} is not in the store`);
    this.name = 'BlobMissingError';
  }
}

/**
 * Content-addressed files: the bytes of a blob live at `dir/ab/cdef…` where
 * `abcdef…` is their sha256. Writes go to a temp file in the same directory,
 * are fsynced and renamed into place, so a reader sees a whole blob or none.
 * Reads re-hash the bytes; a blob that does not match its name is reported,
 * never returned. The store does not know who uses a blob: callers delete a
 * blob when no record refers to it any more (`delete`, `sweep`).
 */
export class BlobStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  pathOf(sha256: string): string {
    if (!isSha256Hex(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2));
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /**
   * Stores the bytes and returns their sha256. Putting the same bytes again is
   * a no-op, except that a stored copy found corrupted is replaced.
   */
  put(bytes: Uint8Array): string {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    if (existsSync(target) && statSync(target).size === bytes.length && sha256Hex(readFileSync(target)) === sha256) {
      return sha256;
    }
    const shard = join(this.dir, sha256.slice(0, 2));
    mkdirSync(shard, { recursive: true });
    const temp = join(shard, `.tmp-${sha256.slice(2, 10)}-${randomBytes(6).toString('hex')}`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(temp, target);
    return sha256;
  }

  /** The blob's bytes, verified against its name. Throws BlobMissingError or BlobCorruptedError. */
  get(sha256: string): Buffer {
    const path = this.pathOf(sha256);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobMissingError(sha256);
      throw error;
    }
    const actual = sha256Hex(bytes);
    if (actual !== sha256) throw new BlobCorruptedError(sha256, actual);
    return bytes;
  }

  /** Removes the blob; true if it was there. */
  delete(sha256: string): boolean {
    try {
      unlinkSync(this.pathOf(sha256));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Every stored sha256 (temp files excluded). */
  list(): string[] {
    const out: string[] = [];
    for (const shard of readdirSync(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const rest of readdirSync(join(this.dir, shard))) {
        const sha = shard + rest;
        if (isSha256Hex(sha)) out.push(sha);
      }
    }
    return out.sort();
  }

  /**
   * Deletes every blob not in `referenced`, and temp files left by a crash.
   * Returns the deleted sha256s. Call with the full set of referenced hashes.
   */
  sweep(referenced: ReadonlySet<string>): string[] {
    const removed: string[] = [];
    for (const sha of this.list()) {
      if (!referenced.has(sha) && this.delete(sha)) removed.push(sha);
    }
    for (const shard of readdirSync(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of readdirSync(join(this.dir, shard))) {
        if (name.startsWith('.tmp-')) rmSync(join(this.dir, shard, name), { force: true });
      }
    }
    return removed;
  }
}
