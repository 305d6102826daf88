/** Importing a small JSON Lines file with one bad line, in real Chromium. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.call('personas.createProfessional', { displayName: 'Dr Lee', profession: 'Physician', specialty: 'cardiology' });
});
afterAll(() => h?.close());

function caseLine(title: string): string {
  const now = new Date().toISOString();
  return JSON.stringify({
    id: randomUUID(),
    title,
    presentation: 'Presentation text.',
    history: '',
    findings: '',
    timeline: '',
    diagnostics: '',
    interventions: '',
    outcome: '',
    discussion: '',
    question: '',
    specialty: 'cardiology',
    tags: ['imported'],
    ageBand: '45-64',
    sex: 'female',
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  });
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
});
