import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RoundsError, type ReplaceSpan, type Review, type ReviewFinding } from '../../../../shared/api';
import type { Finding, PhiType } from '../../../../shared/deid/types';
import { CASE_TEXT_FIELDS, type Case, type CaseFields, type CaseTextField } from '../../../../shared/model/case';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify';
import type { SaveStatus } from '../cases/use-autosave';
import { dismissalKey, rebaseFindings, schedule } from './live-findings';

type FindFn = (text: string) => Finding[];

/** The engine (~1.3 MB of dictionaries) is loaded on first use, in its own chunk. */
let enginePromise: Promise<FindFn> | null = null;
export function loadEngine(): Promise<FindFn> {
  enginePromise ??= import('../../../../shared/deid').then((m) => {
    m.getDefaultEngine();
    return (text: string) => m.findIdentifiers(text);
  });
  return enginePromise;
}

export type LiveFinding = ReviewFinding;
export type FindingsByField = Record<CaseTextField, LiveFinding[]>;

interface Computed {
  text: string;
  findings: Finding[];
}

export interface Selection {
  field: CaseTextField;
  start: number;
  end: number;
  text: string;
}

export interface DeidController {
  /** Engine findings moved onto the text the author sees right now (for the highlights), each marked dismissed or not. */
  byField: FindingsByField;
  /**
   * The same as of the engine's last run (for the panel: it changes only when the
   * engine has run, not on every keystroke). Offsets refer to that run's text;
   * `replaceFinding` moves them onto the current text.
   */
  settled: FindingsByField;
  all: LiveFinding[];
  unresolved: LiveFinding[];
  /** The last server review (what the sharing gate sees), or null before the first one. */
  review: Review | null;
  engineReady: boolean;
  /** Milliseconds the last live run took (only the changed sections). */
  lastRunMs: number | null;
  busy: boolean;
  refusal: string | null;
  selection: Selection | null;
  select(field: CaseTextField, start: number, end: number): void;
  replace(spans: readonly ReplaceSpan[]): Promise<boolean>;
  /** Replaces one finding from `settled`, at its current place in the text. */
  replaceFinding(f: LiveFinding): Promise<boolean>;
  replaceAll(): Promise<boolean>;
  /** How many spans the last replacement changed, while it can still be undone (no edits since). */
  undoableReplacements: number;
  /** Puts back the text the last replacement changed. */
  undoReplace(): Promise<void>;
  dismiss(f: LiveFinding): Promise<void>;
  undismiss(f: LiveFinding): Promise<void>;
  setIndexDate(date: string | null): Promise<void>;
  refreshReview(): Promise<void>;
  showRefusal(message: string | null): void;
  /** The panel registers itself here so a refused share can move focus to it. */
  panelRef: React.RefObject<HTMLElement | null>;
  focusPanel(): void;
}

export interface UseDeidOptions {
  caseId: string;
  fields: CaseFields;
  saveStatus: SaveStatus;
  /** Saves pending edits; the server must hold the text the author sees before a replacement. */
  flush(): Promise<void>;
  hasPending(): boolean;
  /** The case the server returned after a replacement: the editor's new state. */
  onCase(c: Case): void;
  delayMs?: number;
}

const EMPTY: Finding[] = [];

function toSpan(f: { field: CaseTextField; start: number; end: number; type: PhiType; text: string }): ReplaceSpan {
  return { field: f.field, start: f.start, end: f.end, type: f.type, text: f.text };
}

/**
 * Live de-identification for the case editor: runs the engine per changed section
 * (debounced, idle-scheduled, memoised per section text), keeps highlights aligned
 * between runs, merges the server review's dismissals, and performs replace /
 * dismiss / undo / index date through the API.
 */
export function useDeid({ caseId, fields, saveStatus, flush, hasPending, onCase, delayMs = 150 }: UseDeidOptions): DeidController {
  const api = useApi();
  const [find, setFind] = useState<FindFn | null>(null);
  const [computed, setComputed] = useState<Partial<Record<CaseTextField, Computed>>>({});
  const [lastRunMs, setLastRunMs] = useState<number | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  /** The sections' text before and after the last replacement, kept in memory only (the originals are identifiers). */
  const [lastReplacement, setLastReplacement] = useState<{
    before: Partial<Record<CaseTextField, string>>;
    after: Partial<Record<CaseTextField, string>>;
    count: number;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const fieldsRef = useRef(fields);
  const computedRef = useRef<Partial<Record<CaseTextField, Computed>>>({});
  const first = useRef(true);

  useEffect(() => {
    fieldsRef.current = fields;
  }, [fields]);

  // Another case in the editor: the last replacement's originals belong to the one before.
  useEffect(() => () => setLastReplacement(null), [caseId]);

  useEffect(() => {
    let alive = true;
    loadEngine().then(
      (fn) => alive && setFind(() => fn),
      (error: unknown) => notifyError('The identifier check could not start', error),
    );
    return () => {
      alive = false;
    };
  }, []);

  // Run the engine on the sections whose text changed since their last run.
  useEffect(() => {
    if (!find) return;
    const run = () => {
      const t0 = performance.now();
      const prev = computedRef.current;
      let changed = false;
      const next = { ...prev };
      for (const field of CASE_TEXT_FIELDS) {
        const text = fieldsRef.current[field];
        if (prev[field]?.text === text) continue;
        next[field] = { text, findings: text ? find(text) : EMPTY };
        changed = true;
      }
      if (!changed) return;
      computedRef.current = next;
      setComputed(next);
      setLastRunMs(Math.round((performance.now() - t0) * 10) / 10);
    };
    if (first.current) {
      first.current = false;
      run();
      return;
    }
    return schedule(run, delayMs);
  }, [find, fields, delayMs]);

  const dismissed = useMemo(() => {
    const keys = new Set<string>();
    for (const f of review?.findings ?? []) if (f.dismissed) keys.add(dismissalKey(f));
    return keys;
  }, [review]);

  // Per-field arrays keep their identity while their inputs do, so unchanged sections do not re-render.
  const cache = useRef(new Map<CaseTextField, { c: Computed | undefined; text: string; dismissed: Set<string>; out: LiveFinding[] }>());
  const byField = useMemo(() => {
    const out = {} as FindingsByField;
    for (const field of CASE_TEXT_FIELDS) {
      const text = fields[field];
      const c = computed[field];
      const hit = cache.current.get(field);
      if (hit && hit.c === c && hit.text === text && hit.dismissed === dismissed) {
        out[field] = hit.out;
        continue;
      }
      const live = c ? rebaseFindings(c.text, text, c.findings) : EMPTY;
      const annotated = live.map((f): LiveFinding => {
        const found = text.slice(f.start, f.end);
        return { ...f, field, text: found, dismissed: dismissed.has(dismissalKey({ field, type: f.type, text: found })) };
      });
      cache.current.set(field, { c, text, dismissed, out: annotated });
      out[field] = annotated;
    }
    return out;
  }, [fields, computed, dismissed]);

  const settled = useMemo(() => {
    const out = {} as FindingsByField;
    for (const field of CASE_TEXT_FIELDS) {
      const c = computed[field];
      out[field] = c
        ? c.findings.map((f): LiveFinding => {
            const found = c.text.slice(f.start, f.end);
            return { ...f, field, text: found, dismissed: dismissed.has(dismissalKey({ field, type: f.type, text: found })) };
          })
        : (EMPTY as LiveFinding[]);
    }
    return out;
  }, [computed, dismissed]);

  const all = useMemo(() => CASE_TEXT_FIELDS.flatMap((f) => settled[f]), [settled]);
  const unresolved = useMemo(() => all.filter((f) => !f.dismissed), [all]);

  const refreshReview = useCallback(async () => {
    try {
      setReview(await api.call('deid.review', { caseId }));
    } catch {
      // The panel keeps the last review; the live findings still show.
    }
  }, [api, caseId]);

  // After each completed autosave (and on open) the server review is refreshed.
  useEffect(() => {
    if (saveStatus === 'saved') void refreshReview();
  }, [saveStatus, refreshReview]);

  const savedFirst = useCallback(async () => {
    await flush();
    if (hasPending()) throw new Error('Your latest changes are not saved yet; try again in a moment.');
  }, [flush, hasPending]);

  const replace = useCallback(
    async (spans: readonly ReplaceSpan[]) => {
      if (!spans.length) return false;
      setBusy(true);
      try {
        await savedFirst();
        const result = await api.call('deid.replace', { caseId, spans: spans.map(toSpan) });
        // (the stored texts as the server replaced them, not this editor's copy)
        const after = Object.fromEntries(Object.keys(result.before).map((field) => [field, result.case[field as CaseTextField]]));
        setLastReplacement({ before: result.before, after, count: spans.length });
        onCase(result.case);
        setReview(result.review);
        setRefusal(null);
        return true;
      } catch (error) {
        notifyError(
          'Could not replace',
          error instanceof RoundsError && error.code === 'conflict'
            ? new Error('The text changed while it was being checked. Wait a moment and try again.')
            : error,
        );
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, caseId, onCase, savedFirst],
  );

  // Only while the replaced sections are exactly as the replacement left them: undo must not eat later typing.
  const undoableReplacements =
    lastReplacement && Object.entries(lastReplacement.after).every(([field, text]) => fields[field as CaseTextField] === text)
      ? lastReplacement.count
      : 0;

  const undoReplace = useCallback(async () => {
    if (!lastReplacement) return;
    setBusy(true);
    try {
      await savedFirst();
      const result = await api.call('deid.undoReplace', {
        caseId,
        before: lastReplacement.before,
        after: lastReplacement.after,
      });
      setLastReplacement(null);
      onCase(result.case);
      setReview(result.review);
    } catch (error) {
      // (the originals are identifiers: not kept in memory once the undo is no longer possible)
      setLastReplacement(null);
      notifyError('Could not undo the replacement', error);
    } finally {
      setBusy(false);
    }
  }, [api, caseId, lastReplacement, onCase, savedFirst]);

  const replaceFinding = useCallback(
    async (f: LiveFinding) => {
      const base = computedRef.current[f.field]?.text ?? fieldsRef.current[f.field];
      const text = fieldsRef.current[f.field];
      const [moved] = rebaseFindings(base, text, [f]);
      if (!moved || text.slice(moved.start, moved.end) !== f.text) {
        notifyError('Could not replace', new Error('That text is being edited; try again in a moment.'));
        return false;
      }
      return replace([{ ...moved, text: f.text }]);
    },
    [replace],
  );

  const replaceAll = useCallback(async () => {
    // Fresh findings on the exact text being saved, not the debounced ones.
    const spans: ReplaceSpan[] = [];
    const current = fieldsRef.current;
    for (const field of CASE_TEXT_FIELDS) {
      const text = current[field];
      const found = find ? find(text) : byField[field];
      for (const f of found) {
        const span = { field, start: f.start, end: f.end, type: f.type, text: text.slice(f.start, f.end) };
        if (!dismissed.has(dismissalKey(span))) spans.push(span);
      }
    }
    return replace(spans);
  }, [byField, dismissed, find, replace]);

  const dismissal = useCallback(
    async (method: 'deid.dismiss' | 'deid.undismiss', f: LiveFinding) => {
      setBusy(true);
      try {
        await savedFirst();
        setReview(await api.call(method, { caseId, field: f.field, type: f.type, text: f.text }));
      } catch (error) {
        notifyError(method === 'deid.dismiss' ? 'Could not dismiss' : 'Could not undo the dismissal', error);
      } finally {
        setBusy(false);
      }
    },
    [api, caseId, savedFirst],
  );
  const dismiss = useCallback((f: LiveFinding) => dismissal('deid.dismiss', f), [dismissal]);
  const undismiss = useCallback((f: LiveFinding) => dismissal('deid.undismiss', f), [dismissal]);

  const setIndexDate = useCallback(
    async (indexDate: string | null) => {
      try {
        setReview(await api.call('deid.setIndexDate', { caseId, indexDate }));
      } catch (error) {
        notifyError('Could not set the index date', error);
      }
    },
    [api, caseId],
  );

  const select = useCallback((field: CaseTextField, start: number, end: number) => {
    const text = fieldsRef.current[field].slice(start, end);
    setSelection(text.trim() ? { field, start, end, text } : null);
  }, []);

  const focusPanel = useCallback(() => {
    const panel = panelRef.current;
    if (!panel) return;
    panel.scrollIntoView({ block: 'start', behavior: 'smooth' });
    panel.focus({ preventScroll: true });
  }, []);

  return {
    byField,
    settled,
    all,
    unresolved,
    review,
    engineReady: find !== null,
    lastRunMs,
    busy,
    refusal,
    selection,
    select,
    replace,
    replaceFinding,
    replaceAll,
    undoableReplacements,
    undoReplace,
    dismiss,
    undismiss,
    setIndexDate,
    refreshReview,
    showRefusal: setRefusal,
    panelRef,
    focusPanel,
  };
}
