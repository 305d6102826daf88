/** Writing a case (autosave survives a reload), library filters, delete and undo — in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

interface CaseOut {
  id: string;
  title: string;
  presentation: string;
  findings: string;
  status: string;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.call('personas.createProfessional', { displayName: 'Dr Lee', profession: 'Physician', specialty: 'cardiology' });
});
afterAll(() => h?.close());

describe('cases', () => {
  it('autosaves a new case, keeps it across reloads and marks it ready', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.getByRole('button', { name: 'Write your first case' }).click();

    const title = page.getByRole('textbox', { name: 'Title' });
    await title.waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('case');
    const id = new URL(page.url()).searchParams.get('id')!;

    await title.fill('Exertional syncope in a young athlete');
    await page.getByRole('textbox', { name: 'Presentation' }).fill('Collapsed twice while running, no prodrome.');
    await page.getByRole('status', { name: 'Save status: Saved' }).waitFor();
    await page.getByRole('status', { name: 'Save status: Saving…' }).waitFor({ state: 'detached' }).catch(() => {});
    expect(h.call<CaseOut>('cases.get', { id }).presentation).toBe('Collapsed twice while running, no prodrome.');

    // Typed and reloaded at once, before the debounce: the page flushes on the way out.
    await page.getByRole('textbox', { name: 'Clinical findings' }).fill('Systolic murmur louder on Valsalva.');
    await page.reload();
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Exertional syncope in a young athlete');
    expect(await page.getByRole('textbox', { name: 'Clinical findings' }).inputValue()).toBe('Systolic murmur louder on Valsalva.');

    // Mark ready stays disabled until every required field is filled.
    const markReady = page.getByRole('button', { name: 'Mark ready' });
    expect(await markReady.isDisabled()).toBe(true);
    const missing = page.getByRole('list', { name: /Before you can mark this case ready/ });
    expect(await missing.textContent()).toContain('Question to colleagues');

    await page.getByRole('textbox', { name: 'Question to colleagues' }).fill('Would you ablate or wait?');
    await page.getByRole('combobox', { name: 'Age band' }).click();
    await page.getByRole('option', { name: '18-29' }).click();
    await page.getByRole('combobox', { name: 'Sex' }).click();
    await page.getByRole('option', { name: 'Male', exact: true }).click();
    await markReady.click();
    await page.getByLabel('Status: ready').waitFor();
    expect(h.call<CaseOut>('cases.get', { id }).status).toBe('ready');
  });

  it('filters the library and brings a deleted case back with Undo', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    h.call('cases.create', { fields: { title: 'Odd rash after a hike', specialty: 'dermatology', tags: ['rash'] } });
    const table = page.getByRole('table', { name: 'Cases' });
    // The library refreshes itself on cases.changed.
    await table.getByRole('button', { name: 'Odd rash after a hike', exact: true }).waitFor();
    await table.getByRole('button', { name: 'Exertional syncope in a young athlete', exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Ready' }).click();
    await table.getByRole('button', { name: 'Odd rash after a hike', exact: true }).waitFor({ state: 'detached' });
    await table.getByRole('button', { name: 'Exertional syncope in a young athlete', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    await page.getByRole('combobox', { name: 'Tag' }).click();
    await page.getByRole('option', { name: 'rash (1)' }).click();
    await table.getByRole('button', { name: 'Exertional syncope in a young athlete', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    await table.getByRole('button', { name: 'Delete “Odd rash after a hike”' }).click();
    await table.getByRole('button', { name: 'Odd rash after a hike', exact: true }).waitFor({ state: 'detached' });
    await page.getByText('Case moved to the bin').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await table.getByRole('button', { name: 'Odd rash after a hike', exact: true }).waitFor();
    expect(h.call<{ total: number }>('cases.list', {}).total).toBe(2);
    expect(h.errors).toEqual([]);
  });
});
