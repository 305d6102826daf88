/** Importing a small JSON Lines file with one bad line, in real Chromium. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { caseRecord } from '../helpers/case-record';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.call('personas.createProfessional', { displayName: 'Dr Lee', profession: 'Physician', specialty: 'cardiology' });
});
afterAll(() => h?.close());

function caseLine(title: string): string {
  const now = new Date().toISOString();
  return JSON.stringify(
    caseRecord({
      id: randomUUID(),
      title,
      presentation: 'Presentation text.',
      specialty: 'cardiology',
      tags: ['imported'],
      ageBand: '45-64',
      sex: 'female',
      createdAt: now,
      updatedAt: now,
    }),
  );
}

describe('import', () => {
  it('imports the good lines and reports the bad one by its line number', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByRole('heading', { name: 'Import cases' }).waitFor();

    const lines = [caseLine('Imported one'), caseLine('Imported two'), '{"title": oops', caseLine('Imported three')];
    await page.getByLabel('JSON Lines file to import').setInputFiles({
      name: 'cases.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(lines.join('\n') + '\n'),
    });

    const summary = page.getByRole('status', { name: 'Import finished' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Imported 3 cases; 1 bad line skipped.');
    const bad = summary.getByRole('list', { name: 'Bad lines' }).getByRole('listitem');
    expect(await bad.count()).toBe(1);
    expect(await bad.first().textContent()).toMatch(/^line 3 not JSON/);
    await page.getByText('cases.jsonl: 4 / 4 lines', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('table', { name: 'Cases' }).getByRole('button', { name: 'Imported three', exact: true }).waitFor();
    expect(h.call<{ total: number }>('cases.list', {}).total).toBe(3);
    expect(h.errors).toEqual([]);
  });

  it('exports every case as a downloaded .jsonl file', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all cases' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rounds-cases-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { title: string }).title).sort()).toEqual(['Imported one', 'Imported three', 'Imported two']);
    await page.getByText('Exported 3 cases to', { exact: false }).waitFor();
  });
});
