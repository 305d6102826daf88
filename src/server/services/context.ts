import type { EventName, Events } from '../../shared/api';
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
  /** Injected so tests can control time. */
  now(): Date;
}

export function createContext(library: Library, now: () => Date = () => new Date()): ServiceContext {
  return { library, events: new EventBus(), now };
}
