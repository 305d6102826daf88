import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobCorruptedError, BlobMissingError, BlobStore, sha256Hex } from '../../../src/server/blobs/blob-store';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function store(): BlobStore {
  dir = mkdtempSync(join(tmpdir(), 'rounds-blobs-test-'));
  return new BlobStore(join(dir, 'blobs'));
}

describe('blob store', () => {
  it('stores bytes under their sha256 in a two-character shard and reads them back', () => {
    const blobs = store();
    const bytes = Buffer.from('a de-identified image, pretend');
    const sha = blobs.put(bytes);
    expect(sha).toBe(sha256Hex(bytes));
    expect(blobs.pathOf(sha)).toBe(join(dir, 'blobs', sha.slice(0, 2), sha.slice(2)));
    expect(readFileSync(blobs.pathOf(sha))).toEqual(bytes);
    expect(blobs.get(sha)).toEqual(bytes);
    expect(blobs.list()).toEqual([sha]);
  });

  it('is idempotent and leaves no temp files behind', () => {
    const blobs = store();
    const bytes = Buffer.alloc(100_000, 7);
    const a = blobs.put(bytes);
    const b = blobs.put(Buffer.from(bytes));
    expect(a).toBe(b);
    expect(readdirSync(join(dir, 'blobs', a.slice(0, 2)))).toEqual([a.slice(2)]);
  });

  it('reports a corrupted blob instead of serving it, and a later put repairs it', () => {
    const blobs = store();
    const bytes = Buffer.from('original bytes');
    const sha = blobs.put(bytes);
    writeFileSync(blobs.pathOf(sha), Buffer.from('tampered bytes'));
    expect(() => blobs.get(sha)).toThrow(BlobCorruptedError);
    blobs.put(bytes);
    expect(blobs.get(sha)).toEqual(bytes);
  });

  it('reports a missing blob, deletes, and sweeps what nothing references', () => {
    const blobs = store();
    const keep = blobs.put(Buffer.from('keep'));
    const drop = blobs.put(Buffer.from('drop'));
    writeFileSync(join(dir, 'blobs', keep.slice(0, 2), '.tmp-crashed'), 'partial');
    expect(() => blobs.get('0'.repeat(64))).toThrow(BlobMissingError);
    expect(blobs.sweep(new Set([keep]))).toEqual([drop]);
    expect(blobs.list()).toEqual([keep]);
    expect(readdirSync(join(dir, 'blobs', keep.slice(0, 2)))).toEqual([keep.slice(2)]);
    expect(blobs.delete(keep)).toBe(true);
    expect(blobs.delete(keep)).toBe(false);
    expect(() => blobs.pathOf('../../etc/passwd')).toThrow();
  });
});
