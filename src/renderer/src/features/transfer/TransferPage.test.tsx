// Import/export tests against a fake, in-memory ApiClient (test-utils/fake-api).
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor, within } from '../../test-utils/render';
import { splitLines, TransferPage } from './TransferPage';

function choose(file: File) {
  fireEvent.change(screen.getByLabelText('JSON Lines file to import'), { target: { files: [file] } });
}

describe('splitLines', () => {
  it('numbers lines like an editor; a final newline adds no line', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});

describe('TransferPage import', () => {
  it('sends batches of 1,000 numbered lines and reports bad lines by number, first 50 then “and N more”', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => (i % 40 === 6 ? 'not json' : `{"n":${i}}`));
    const api = createFakeApi({
      'cases.importLines': ({ lines: batch, firstLine = 1 }) => {
        if (!batch.length) return { imported: 0, bad: [], demoted: [] };
        const bad = batch.flatMap((line, i) => (line === 'not json' ? [{ line: firstLine + i, reason: 'not JSON' }] : []));
        return { imported: batch.length - bad.length, bad, demoted: [] };
      },
    });
    render(<TransferPage />, { api });
    choose(new File([lines.join('\n') + '\n'], 'cases.jsonl', { type: 'application/jsonl' }));

    const summary = await screen.findByRole('status', { name: /^Import (finished|cancelled|stopped)/ });
    expect(api.callsTo('cases.importLines').map((c) => [c.firstLine, c.lines.length, c.more])).toEqual([
      [1, 1000, true],
      [1001, 1000, true],
      [2001, 500, false],
    ]);
    expect(summary.textContent).toContain('Imported 2,437 cases; 63 bad lines skipped.');
    const items = within(summary).getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]!.textContent).toBe('line 7 not JSON');
    expect(summary.textContent).toContain('and 13 more');
    expect(screen.getByText('cases.jsonl: 2,500 / 2,500 lines', { exact: false })).toBeTruthy();
  });

  it('can be cancelled between batches', async () => {
    let release: () => void = () => {};
    const api = createFakeApi({
      'cases.importLines': ({ lines }) =>
        lines.length
          ? new Promise((resolve) => {
              release = () => resolve({ imported: lines.length, bad: [], demoted: [] });
            })
          : { imported: 0, bad: [], demoted: [] },
    });
    render(<TransferPage />, { api });
    choose(new File([Array.from({ length: 3_000 }, () => '{}').join('\n')], 'big.jsonl'));
    await waitFor(() => expect(api.callsTo('cases.importLines')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    release();
    const summary = await screen.findByRole('status', { name: /^Import (finished|cancelled|stopped)/ });
    expect(summary.textContent).toContain('Import cancelled after 1,000 of 3,000 lines');
    // The cancelled import is closed with an empty batch so its cases get indexed.
    expect(api.callsTo('cases.importLines').map((c) => [c.firstLine, c.lines.length, c.more])).toEqual([
      [1, 1000, true],
      [1001, 0, false],
    ]);
  });
});
