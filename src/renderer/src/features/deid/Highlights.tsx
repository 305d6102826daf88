import { memo, type CSSProperties, type ReactNode } from 'react';
import type { PhiType } from '../../../../shared/deid/types';
import { PHI_DISPLAY } from './phi-types';
import classes from './Highlights.module.css';

export interface HighlightSpan {
  start: number;
  end: number;
  type: PhiType;
  dismissed?: boolean;
}

export function phiStyle(type: PhiType): CSSProperties {
  return { '--phi-rgb': PHI_DISPLAY[type].rgb } as CSSProperties;
}

/** A small square in a type's colour (legend, panel). */
export function Swatch({ type }: { type: PhiType }) {
  return <span className={classes.swatch} style={phiStyle(type)} aria-hidden />;
}

/**
 * The text as plain runs and coloured marks, for SectionField's backdrop: the
 * text itself is transparent there, only the marks' backgrounds show. Spans must
 * be sorted and non-overlapping (the engine's findings are). Re-renders only when
 * its text or span array changes.
 */
export const Highlights = memo(function Highlights({ text, spans }: { text: string; spans: readonly HighlightSpan[] }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(
      <mark
        key={s.start}
        className={classes.mark}
        style={phiStyle(s.type)}
        data-phi={s.type}
        data-dismissed={s.dismissed ? '' : undefined}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  out.push(text.slice(at));
  // A trailing newline needs a character after it to take up its line, as in the textarea.
  if (text.endsWith('\n') || text === '') out.push('\u200b');
  return <>{out}</>;
});
