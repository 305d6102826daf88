import type { EventName, Events } from '../../shared/api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BlobStore } from '../blobs/blob-store';
import type { Library } from '../db/connection';

type Listener = (event: EventName, payload: unknown) => void;

/** Server → client pushes; every transport subscribes and forwards. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface ServiceContext {
  readonly library: Library;
  readonly events: EventBus;
  /** Attachment bytes, content-addressed (DESIGN §4); rows in SQLite refer to them by sha256. */
  readonly blobs: BlobStore;
  /** Injected so tests can control time. */
  now(): Date;
}

export interface ContextOptions {
  now?: () => Date;
  /** Where blobs live; default `<dir of the library file>/blobs`, or a fresh temp dir for ':memory:'. */
  blobDir?: string;
}

export function defaultBlobDir(libraryPath: string): string {
  if (libraryPath === ':memory:' || libraryPath === '') return mkdtempSync(join(tmpdir(), 'rounds-blobs-'));
  return join(dirname(libraryPath), 'blobs');
}

export function createContext(library: Library, options: ContextOptions = {}): ServiceContext {
  return {
    library,
    events: new EventBus(),
    blobs: new BlobStore(options.blobDir ?? defaultBlobDir(library.path)),
    now: options.now ?? (() => new Date()),
  };
}
