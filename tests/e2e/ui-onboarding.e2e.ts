/** First run, the persona in the header, and the theme remembered across reloads — in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('onboarding and the shell', () => {
  it('asks who is writing, creates the persona and opens the empty library', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Welcome to Rounds' }).waitFor();

    // Nothing filled in: the form says what is missing instead of calling the API.
    await page.getByRole('button', { name: 'Open my library' }).click();
    await page.getByText('Enter your name as colleagues know you').waitFor();

    await page.getByRole('textbox', { name: 'Your name' }).fill('Dr Amina Okafor');
    await page.getByRole('combobox', { name: 'Profession' }).click();
    await page.getByRole('option', { name: 'Physician', exact: true }).click();
    await page.getByRole('combobox', { name: 'Specialty' }).fill('cardio');
    await page.getByRole('option', { name: 'Cardiology' }).click();
    await page.getByRole('button', { name: 'Open my library' }).click();

    await page.getByText('No cases yet — write your first case or import a JSON Lines file.').waitFor();
    const persona = page.getByRole('status', { name: 'Active persona: Dr Amina Okafor, professional' });
    await persona.waitFor();
    expect(await persona.textContent()).toContain('Physician · Cardiology');
    expect(h.call<{ displayName: string } | null>('personas.active')?.displayName).toBe('Dr Amina Okafor');

    // A reload goes straight to the library: onboarding only shows while there is no active persona.
    await page.reload();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to Rounds' }).count()).toBe(0);
  });

  it('remembers the dark theme after a reload', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    const html = page.locator('html');
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe('light');

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe('dark');

    await page.reload();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe('light');
  });

  it('lists the keyboard shortcuts on ?', async () => {
    const page = await h.newPage();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Search cases (from anywhere)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(h.errors).toEqual([]);
  });
});
