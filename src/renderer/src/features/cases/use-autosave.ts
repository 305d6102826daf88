import { useCallback, useEffect, useRef, useState } from 'react';
import { RoundsError } from '../../../../shared/api';
import { errorMessage } from '../../app/notify';

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'failed';

export interface AutosaveState {
  status: SaveStatus;
  /** The last error, while not saved. */
  error: string | null;
}

export interface Autosave<T> {
  state: AutosaveState;
  /** Records changed fields; they are saved after `delayMs` without further changes. */
  change(patch: Partial<T>): void;
  /** Saves whatever is pending now (blur, unmount, page hide). Resolves when nothing is left in flight. */
  flush(): Promise<void>;
  hasPending(): boolean;
}

export interface AutosaveOptions {
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

/** Errors that retrying cannot fix: the user has to change something first. */
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000] as const;

const FINAL_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'not_ready']);

/**
 * Debounced autosave of changed fields. Changes made while a save is in flight
 * are kept and saved after it; a failed save puts its fields back (newer edits
 * win) and is retried with backoff unless the error is one retrying cannot fix.
 */
export function useAutosave<T extends object>(
  save: (patch: Partial<T>) => Promise<void>,
  options: AutosaveOptions = {},
): Autosave<T> {
  const delayMs = options.delayMs ?? 600;
  const retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const [state, setState] = useState<AutosaveState>({ status: 'saved', error: null });
  const saveRef = useRef(save);
  const pending = useRef<Partial<T>>({});
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);

  const delays = useRef({ delayMs, retryDelaysMs });
  useEffect(() => {
    saveRef.current = save;
    delays.current = { delayMs, retryDelaysMs };
  }, [save, delayMs, retryDelaysMs]);

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    if (inflight.current) {
      await inflight.current;
      if (Object.keys(pending.current).length) return flush();
      return;
    }
    const patch = pending.current;
    if (!Object.keys(patch).length) return;
    pending.current = {};
    setState((s) => (s.status === 'retrying' ? s : { status: 'saving', error: null }));
    const run = (async () => {
      try {
        await saveRef.current(patch);
        attempt.current = 0;
        if (Object.keys(pending.current).length) {
          setState({ status: 'saving', error: null });
          timer.current = setTimeout(() => void flush(), delays.current.delayMs);
        } else {
          setState({ status: 'saved', error: null });
        }
      } catch (error) {
        pending.current = { ...patch, ...pending.current };
        if (error instanceof RoundsError && FINAL_CODES.has(error.code)) {
          setState({ status: 'failed', error: errorMessage(error) });
          return;
        }
        const retry = delays.current.retryDelaysMs;
        const wait = retry[Math.min(attempt.current++, retry.length - 1)] ?? 5000;
        setState({ status: 'retrying', error: errorMessage(error) });
        timer.current = setTimeout(() => void flush(), wait);
      }
    })();
    inflight.current = run;
    try {
      await run;
    } finally {
      inflight.current = null;
    }
  }, []);

  const change = useCallback(
    (patch: Partial<T>) => {
      pending.current = { ...pending.current, ...patch };
      setState((s) => (s.status === 'retrying' ? s : { status: 'saving', error: null }));
      clearTimer();
      timer.current = setTimeout(() => void flush(), delays.current.delayMs);
    },
    [flush],
  );

  const hasPending = useCallback(() => Object.keys(pending.current).length > 0 || inflight.current !== null, []);

  // Leaving the page, hiding the window or unmounting the editor saves at once.
  useEffect(() => {
    const now = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('beforeunload', now);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      now();
    };
  }, [flush]);

  return { state, change, flush, hasPending };
}
