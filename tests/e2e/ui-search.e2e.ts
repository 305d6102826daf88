/** Search as you type, highlighted snippets, facets and Ctrl+K — in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.call('personas.createProfessional', { displayName: 'Dr Lee', profession: 'Physician', specialty: 'cardiology' });
  h.call('cases.create', {
    fields: { title: 'Exertional syncope in an athlete', presentation: 'Syncope while sprinting.', specialty: 'cardiology' },
  });
  h.call('cases.create', {
    fields: { title: 'Vasovagal syncope at a blood draw', presentation: 'Fainted at the sight of blood.', specialty: 'neurology' },
  });
  h.call('cases.create', { fields: { title: 'Odd rash after a hike', specialty: 'dermatology' } });
});
afterAll(() => h?.close());

describe('search', () => {
  it('opens with Ctrl+K from anywhere, highlights a prefix match, filters by facet and opens with Enter', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.keyboard.press('Control+k');

    const box = page.getByRole('combobox', { name: 'Search cases' });
    await box.waitFor();
    // The search box has focus: its aria-controls names the results listbox.
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-controls')")).toBe('search-results');
    await box.pressSequentially('sync', { delay: 30 });

    const results = page.getByRole('listbox', { name: 'Search results' });
    await page.getByText(/^2 cases · [\d.]+ ms$/).waitFor();
    await results.getByRole('option').nth(1).waitFor();
    expect(await results.getByRole('option').count()).toBe(2);
    const marks = await results.getByRole('option').first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase().startsWith('sync'))).toBe(true);

    // Facet chips are checkboxes (the input is visually hidden; its label is what you click).
    const neurology = page.getByRole('checkbox', { name: 'Neurology (1)' });
    await page.getByRole('group', { name: 'Filter by specialty' }).getByText('Neurology (1)').click();
    await page.getByText(/^1 case · [\d.]+ ms$/).waitFor();
    expect(await neurology.isChecked()).toBe(true);
    expect(await results.getByRole('option').first().textContent()).toContain('Vasovagal syncope');

    // Ctrl+K from inside the editor (a text field) comes back to search too.
    await box.press('Enter');
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Vasovagal syncope at a blood draw');
    await page.getByRole('textbox', { name: 'Presentation' }).focus();
    await page.keyboard.press('Control+k');
    await box.waitFor();
    expect(h.errors).toEqual([]);
  });
});
