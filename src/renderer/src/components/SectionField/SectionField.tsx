import { Textarea } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import classes from './SectionField.module.css';

export interface SectionFieldProps {
  /** Stable id, e.g. `section-findings`. */
  id: string;
  label: string;
  /** One line: what belongs in this section. */
  hint: string;
  placeholder?: string;
  /** A one-line field (the title): Enter does not break the line and pasted line breaks become spaces. */
  singleLine?: boolean;
  size?: 'sm' | 'md';
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** The author selected [start, end) of the text (start === end: just a caret). */
  onSelectionChange?(start: number, end: number): void;
  maxLength?: number;
  readOnly?: boolean;
  required?: boolean;
  /**
   * Optional layer painted behind the text, e.g. the de-identification
   * highlights: it gets the textarea's font, padding, border widths, line-height
   * and wrapping, follows its scroll, and its text is transparent, so marks in it
   * sit exactly under the words. The textarea turns transparent so it shows.
   */
  backdrop?: ReactNode;
}

/** Computed properties copied from the textarea so the backdrop wraps identically. */
const MIRRORED = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'white-space',
  'overflow-wrap',
  'word-break',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-radius',
] as const;

/** One CARE section: a labelled, auto-growing textarea with its hint. */
export function SectionField({
  id,
  label,
  hint,
  placeholder,
  singleLine = false,
  size,
  value,
  onChange,
  onBlur,
  onSelectionChange,
  maxLength,
  readOnly,
  required,
  backdrop,
}: SectionFieldProps) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const hasBackdrop = backdrop !== undefined && backdrop !== null;

  /** Copies the textarea's text metrics (on mount and resize only: it forces a style read). */
  const mirror = useCallback(() => {
    const input = inputRef.current;
    const layer = layerRef.current;
    if (!input || !layer) return;
    const style = window.getComputedStyle(input);
    for (const property of MIRRORED) layer.style.setProperty(property, style.getPropertyValue(property));
    // A vertical scrollbar narrows the textarea's text box; narrow the layer's by as much.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, input.offsetWidth - input.clientWidth - borders) || 0;
    layer.style.paddingRight = `calc(${style.paddingRight} + ${scrollbar}px)`;
    layer.scrollTop = input.scrollTop;
  }, []);

  const follow = useCallback(() => {
    const input = inputRef.current;
    const layer = layerRef.current;
    if (input && layer) {
      layer.scrollTop = input.scrollTop;
      layer.scrollLeft = input.scrollLeft;
    }
  }, []);

  useLayoutEffect(() => {
    if (!hasBackdrop) return;
    mirror();
    const input = inputRef.current;
    if (!input || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => mirror());
    observer.observe(input);
    return () => observer.disconnect();
  }, [hasBackdrop, mirror]);

  // Typing can scroll the textarea (and toggle its scrollbar): keep the layer with it.
  useEffect(() => {
    if (hasBackdrop) follow();
  }, [hasBackdrop, value, follow]);

  return (
    <Textarea
      id={id}
      ref={inputRef}
      label={label}
      description={hint}
      value={value}
      placeholder={placeholder}
      size={size}
      onChange={(event) => onChange(singleLine ? event.currentTarget.value.replace(/\r?\n/g, ' ') : event.currentTarget.value)}
      onKeyDown={singleLine ? (event) => event.key === 'Enter' && event.preventDefault() : undefined}
      onBlur={onBlur}
      onScroll={hasBackdrop ? follow : undefined}
      onSelect={
        onSelectionChange
          ? (event) => onSelectionChange(event.currentTarget.selectionStart, event.currentTarget.selectionEnd)
          : undefined
      }
      autosize
      minRows={singleLine ? 1 : 3}
      maxRows={singleLine ? 4 : 20}
      maxLength={maxLength}
      readOnly={readOnly}
      withAsterisk={required}
      classNames={hasBackdrop ? { input: classes.input } : undefined}
      inputContainer={
        hasBackdrop
          ? (children) => (
              <div className={classes.container}>
                <div ref={layerRef} className={classes.layer} aria-hidden data-testid={`${id}-highlights`}>
                  {backdrop}
                </div>
                {children}
              </div>
            )
          : undefined
      }
    />
  );
}
