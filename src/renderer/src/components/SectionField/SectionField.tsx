import { Box, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionFieldProps {
  /** Stable id, e.g. `section-findings`. */
  id: string;
  label: string;
  /** One line: what belongs in this section. */
  hint: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  maxLength?: number;
  readOnly?: boolean;
  required?: boolean;
  /**
   * Optional layer painted behind the text (same font, same wrapping), e.g. the
   * de-identification highlights. When set, the textarea background turns
   * transparent so the layer shows through. Plain text for now.
   */
  backdrop?: ReactNode;
}

/** One CARE section: a labelled, auto-growing textarea with its hint. */
export function SectionField({ id, label, hint, value, onChange, onBlur, maxLength, readOnly, required, backdrop }: SectionFieldProps) {
  const textarea = (
    <Textarea
      id={id}
      label={label}
      description={hint}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      autosize
      minRows={3}
      maxRows={20}
      maxLength={maxLength}
      readOnly={readOnly}
      withAsterisk={required}
      styles={backdrop ? { input: { background: 'transparent', position: 'relative', zIndex: 1 } } : undefined}
    />
  );
  if (!backdrop) return textarea;
  return (
    <Box pos="relative">
      <Box aria-hidden pos="absolute" inset={0} style={{ pointerEvents: 'none' }}>
        {backdrop}
      </Box>
      {textarea}
    </Box>
  );
}
