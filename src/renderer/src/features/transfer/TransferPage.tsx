import { Alert, Button, Code, FileButton, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { BadLine } from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/notify';
import { downloadFile } from '../../app/download';

export const IMPORT_BATCH_LINES = 1_000;
export const BAD_LINES_SHOWN = 50;

/** Splits a JSON Lines file into lines numbered as an editor would; a final newline adds no line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Reads a chosen file as UTF-8 text (FileReader: works in every renderer and in jsdom). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** Validation reasons can list every field; keep each bad line to a readable length (the full text is its tooltip). */
export function shorten(reason: string, max = 200): string {
  return reason.length > max ? `${reason.slice(0, max - 1).trimEnd()}…` : reason;
}

interface ImportProgress {
  file: string;
  done: number;
  total: number;
  imported: number;
  bad: BadLine[];
  /** Lines marked shared that failed the de-identification gate; imported as drafts. */
  demoted: BadLine[];
  startedAt: number;
  now: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  error?: string;
}

interface ExportProgress {
  done: number;
  total: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  error?: string;
  file?: string;
}

function rate(p: ImportProgress): string {
  const seconds = (p.now - p.startedAt) / 1000;
  if (seconds <= 0) return '';
  return `${Math.round(p.imported / seconds).toLocaleString()} cases/s`;
}

export function TransferPage() {
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1} size="h2">
        Import and export
      </Title>
      <ImportPanel />
      <ExportPanel />
    </Stack>
  );
}

function ImportPanel() {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const cancelled = useRef(false);
  const resetRef = useRef<() => void>(null);

  const run = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    cancelled.current = false;
    const startedAt = performance.now();
    let p: ImportProgress = { file: file.name, done: 0, total: 0, imported: 0, bad: [], demoted: [], startedAt, now: startedAt, state: 'running' };
    setProgress(p);
    let lines: string[];
    try {
      lines = splitLines(await readText(file));
    } catch (e) {
      setProgress({ ...p, state: 'failed', error: `Could not read ${file.name}: ${errorMessage(e)}` });
      return;
    }
    p = { ...p, total: lines.length };
    setProgress(p);
    /** Batches say `more` until the last; an empty closing batch finishes indexing after a cancel or failure. */
    const finish = async () => {
      try {
        await api.call('cases.importLines', { lines: [], firstLine: p.done + 1, more: false });
      } catch {
        // Indexing also completes on the next search; nothing more to tell the user here.
      }
    };
    for (let start = 0; start < lines.length; start += IMPORT_BATCH_LINES) {
      if (cancelled.current) {
        await finish();
        setProgress({ ...p, state: 'cancelled', now: performance.now() });
        return;
      }
      const batch = lines.slice(start, start + IMPORT_BATCH_LINES);
      const more = start + batch.length < lines.length;
      try {
        const result = await api.call('cases.importLines', { lines: batch, firstLine: start + 1, more });
        p = {
          ...p,
          done: start + batch.length,
          imported: p.imported + result.imported,
          bad: p.bad.concat(result.bad),
          demoted: p.demoted.concat(result.demoted ?? []),
          now: performance.now(),
        };
        setProgress(p);
      } catch (e) {
        await finish();
        setProgress({ ...p, state: 'failed', error: `Stopped at line ${start + 1}: ${errorMessage(e)}` });
        return;
      }
    }
    setProgress({ ...p, state: 'done', now: performance.now() });
  };

  const running = progress?.state === 'running';
  const percent = progress && progress.total ? (progress.done / progress.total) * 100 : 0;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-heading">
          Import cases
        </Title>
        <Text size="sm" c="dimmed">
          A JSON Lines file (.jsonl) with one case per line, as Rounds exports it. Good lines are imported; bad ones are listed by
          line number and skipped. A case with the same id replaces the one in your library.
        </Text>
        <Group>
          <FileButton onChange={(file) => void run(file)} accept=".jsonl,.ndjson,application/jsonl,application/x-ndjson,text/plain" resetRef={resetRef}
            inputProps={{ 'aria-label': 'JSON Lines file to import' }}
          >
            {(props) => (
              <Button {...props} leftSection={<IconFileImport size={16} />} disabled={running}>
                Choose a .jsonl file to import
              </Button>
            )}
          </FileButton>
          {running && (
            <Button variant="default" onClick={() => (cancelled.current = true)}>
              Cancel import
            </Button>
          )}
        </Group>

        {progress && (
          <Stack gap={6}>
            <Progress value={percent} animated={running} aria-label="Import progress" size="lg" />
            <Text size="sm" aria-live="polite">
              {progress.file}: {progress.done.toLocaleString()} / {progress.total.toLocaleString()} lines
              {progress.imported > 0 ? ` · ${rate(progress)}` : ''}
            </Text>
          </Stack>
        )}

        {progress && progress.state !== 'running' && <ImportSummary progress={progress} />}
      </Stack>
    </Paper>
  );
}

function ImportSummary({ progress }: { progress: ImportProgress }) {
  const { state, imported, bad, done, total } = progress;
  const color = state === 'failed' ? 'red' : state === 'cancelled' || bad.length ? 'yellow' : 'teal';
  const title =
    state === 'failed'
      ? 'Import stopped'
      : state === 'cancelled'
        ? `Import cancelled after ${done.toLocaleString()} of ${total.toLocaleString()} lines`
        : 'Import finished';
  return (
    <Alert color={color} title={title} role="status">
      <Stack gap={6}>
        {progress.error && <Text size="sm">{progress.error}</Text>}
        <Text size="sm">
          Imported {imported.toLocaleString()} {imported === 1 ? 'case' : 'cases'}
          {bad.length ? `; ${bad.length.toLocaleString()} bad ${bad.length === 1 ? 'line' : 'lines'} skipped` : ''}.
        </Text>
        {bad.length > 0 && (
          <List size="sm" aria-label="Bad lines">
            {bad.slice(0, BAD_LINES_SHOWN).map((b) => (
              <List.Item key={b.line}>
                <Code>line {b.line}</Code> <span title={b.reason}>{shorten(b.reason)}</span>
              </List.Item>
            ))}
          </List>
        )}
        {bad.length > BAD_LINES_SHOWN && (
          <Text size="sm" c="dimmed">
            and {(bad.length - BAD_LINES_SHOWN).toLocaleString()} more
          </Text>
        )}
        {progress.demoted.length > 0 && (
          <>
            <Text size="sm">
              {progress.demoted.length.toLocaleString()} shared {progress.demoted.length === 1 ? 'case was' : 'cases were'} imported as{' '}
              {progress.demoted.length === 1 ? 'a draft' : 'drafts'}: de-identification found something to review.
            </Text>
            <List size="sm" aria-label="Cases imported as drafts">
              {progress.demoted.slice(0, BAD_LINES_SHOWN).map((b) => (
                <List.Item key={b.line}>
                  <Code>line {b.line}</Code> {b.reason}
                </List.Item>
              ))}
            </List>
            {progress.demoted.length > BAD_LINES_SHOWN && (
              <Text size="sm" c="dimmed">
                and {(progress.demoted.length - BAD_LINES_SHOWN).toLocaleString()} more
              </Text>
            )}
          </>
        )}
      </Stack>
    </Alert>
  );
}

function ExportPanel() {
  const api = useApi();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const cancelled = useRef(false);

  const run = async () => {
    cancelled.current = false;
    let p: ExportProgress = { done: 0, total: 0, state: 'running' };
    setProgress(p);
    const chunks: string[] = [];
    let cursor: string | null = null;
    try {
      do {
        if (cancelled.current) {
          setProgress({ ...p, state: 'cancelled' });
          return;
        }
        const page: { lines: string[]; nextCursor: string | null; total: number } = await api.call('cases.exportLines', { cursor, limit: 1_000 });
        for (const line of page.lines) chunks.push(line + '\n');
        cursor = page.nextCursor;
        p = { ...p, done: p.done + page.lines.length, total: page.total };
        setProgress(p);
      } while (cursor !== null);
    } catch (e) {
      setProgress({ ...p, state: 'failed', error: errorMessage(e) });
      return;
    }
    const file = `rounds-cases-${new Date().toISOString().slice(0, 10)}.jsonl`;
    downloadFile(file, chunks, 'application/jsonl');
    setProgress({ ...p, state: 'done', file });
  };

  const running = progress?.state === 'running';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="export-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="export-heading">
          Export cases
        </Title>
        <Text size="sm" c="dimmed">
          Every case in your library (not the bin) as a JSON Lines file you can back up or import on another device.
        </Text>
        <Group>
          <Button leftSection={<IconDownload size={16} />} onClick={() => void run()} loading={running}>
            Export all cases
          </Button>
          {running && (
            <Button variant="default" onClick={() => (cancelled.current = true)}>
              Cancel export
            </Button>
          )}
        </Group>
        {progress && (
          <Stack gap={6}>
            <Progress value={progress.total ? (progress.done / progress.total) * 100 : running ? 0 : 100} aria-label="Export progress" size="lg" />
            <Text size="sm" aria-live="polite">
              {progress.state === 'done'
                ? `Exported ${progress.done.toLocaleString()} ${progress.done === 1 ? 'case' : 'cases'} to ${progress.file ?? 'a file'}.`
                : progress.state === 'cancelled'
                  ? `Export cancelled after ${progress.done.toLocaleString()} cases.`
                  : progress.state === 'failed'
                    ? `Export failed after ${progress.done.toLocaleString()} cases: ${progress.error ?? ''}`
                    : `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()} cases`}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
