import { Mark, Text, type TextProps } from '@mantine/core';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/api';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a search snippet on the highlight control characters. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const matched = rest.slice(start + 1, stop);
    if (matched) parts.push({ text: matched, match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts;
}

/** A snippet with its matched words in <mark>. Stray control characters never reach the screen. */
export function Snippet({ snippet, ...props }: { snippet: string } & TextProps) {
  return (
    <Text size="sm" c="dimmed" {...props}>
      {splitSnippet(snippet).map((part, i) =>
        part.match ? (
          <Mark key={i} color="yellow">
            {part.text}
          </Mark>
        ) : <span key={i}>{part.text}</span>,
      )}
    </Text>
  );
}
