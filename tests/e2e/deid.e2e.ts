/**
 * De-identification end to end, in host mode with Chromium (see harness.ts):
 * onboarding, a case with a name and a phone number, live highlights and the
 * review panel's counts, sharing refused with the findings named, "Replace all",
 * sharing accepted. Roles and labels only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

const PRESENTATION =
  'Eleanor Whitfield, a 34-year-old runner, collapsed at the finish line. Her husband called 555-201-3344 from the stadium.';

it('highlights identifiers live, refuses to share until they are replaced, then shares', async () => {
  const page = await h.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });

  // Onboarding.
  await page.getByRole('textbox', { name: 'Your name' }).fill('Dr Test Clinician');
  await choose(page, 'Profession', 'Physician');
  await choose(page, 'Specialty', 'Cardiology');
  await page.getByRole('button', { name: 'Open my library' }).click();

  // A new case with a name and a phone number.
  await page.getByRole('button', { name: 'New case' }).first().click();
  await page.getByRole('textbox', { name: /^Title/ }).fill('Syncope on exertion in a young runner');
  await choose(page, 'Age band', '30-44');
  await choose(page, 'Sex', 'Female');
  const presentation = page.getByRole('textbox', { name: /^Presentation/ });
  await presentation.click();
  await presentation.pressSequentially(PRESENTATION.slice(0, 40), { delay: 5 });
  await presentation.fill(PRESENTATION);
  await page.getByRole('textbox', { name: /^Clinical findings/ }).fill('Systolic murmur louder on Valsalva. Troponin 0.02 ng/mL.');
  await page.getByRole('textbox', { name: /^Question to colleagues/ }).fill('Would you restrict exercise before genetic testing?');

  // Live highlights and the panel's counts.
  const panel = page.getByRole('region', { name: 'De-identification review' });
  await panel.getByRole('status', { name: '2 unresolved' }).waitFor();
  await panel.getByLabel('Name: 1').waitFor();
  await panel.getByLabel('Phone: 1').waitFor();
  const marks = await page.getByTestId('section-presentation-highlights').evaluate((layer) =>
    [...layer.querySelectorAll('mark')].map((m) => ({ text: m.textContent, type: m.dataset.phi })),
  );
  expect(marks).toEqual([
    { text: 'Eleanor Whitfield', type: 'NAME' },
    { text: '555-201-3344', type: 'PHONE' },
  ]);
  // The highlight sits exactly under the words: the mark's box matches the text's position in the textarea.
  const aligned = await presentation.evaluate((textarea) => {
    const layer = textarea.parentElement?.parentElement?.querySelector('[data-testid="section-presentation-highlights"]');
    const mark = layer?.querySelector('mark');
    if (!mark || !layer) return null;
    const t = textarea.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): Record<'paddingLeft' | 'borderLeftWidth' | 'paddingTop' | 'borderTopWidth', string> }).getComputedStyle(textarea);
    return {
      left: Math.round(m.left - t.left - parseFloat(style.paddingLeft) - parseFloat(style.borderLeftWidth)),
      top: Math.round(m.top - t.top - parseFloat(style.paddingTop) - parseFloat(style.borderTopWidth)),
    };
  });
  expect(aligned).toEqual({ left: 0, top: expect.any(Number) });
  await presentation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/rounds-deid-highlights.png' });
  // Dark theme: the layer follows the theme (checked by eye on the screenshots).
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await presentation.fill(`${PRESENTATION}\n\nSeen again on 3/14/2024 by Dr. Amara Nwosu at 12 Elm Street, Springfield; email e.whitfield@example.org. ${'Long line of ordinary clinical text that wraps. '.repeat(6)}`);
  await panel.getByRole('status', { name: /^[3-9] unresolved|^\d\d unresolved/ }).waitFor();
  await presentation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/rounds-deid-dark.png' });
  await panel.screenshot({ path: '/tmp/rounds-deid-panel.png' });
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await presentation.fill(PRESENTATION);
  await panel.getByRole('status', { name: '2 unresolved' }).waitFor();

  // Ready, then sharing is refused with the findings named.
  await page.getByRole('status', { name: 'Save status: Saved' }).waitFor();
  await page.getByRole('button', { name: 'Mark ready' }).click();
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('dialog', { name: 'Share this case?' }).getByRole('button', { name: 'Share', exact: true }).click();
  const refusal = panel.getByRole('alert');
  await refusal.waitFor();
  const message = await refusal.textContent();
  expect(message).toMatch(/NAME “Eleanor Whitfield” in presentation/);
  expect(message).toMatch(/PHONE “555-201-3344” in presentation/);
  expect(await page.getByLabel('Status: ready').count()).toBe(1);

  // Replace all, then share.
  await panel.getByRole('button', { name: 'Replace all 2 unresolved' }).click();
  await panel.getByRole('status', { name: '0 unresolved' }).waitFor();
  const replaced = await presentation.inputValue();
  expect(replaced).not.toContain('Whitfield');
  expect(replaced).not.toContain('555-201-3344');
  expect(replaced).toMatch(/\[NAME 1\]/);
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('dialog', { name: 'Share this case?' }).getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByLabel('Status: shared').waitFor();
  expect(await presentation.getAttribute('readonly')).not.toBeNull();
  expect(h.errors).toEqual([]);
});

const PARAGRAPH =
  'Eleanor Whitfield, a 34-year-old runner, collapsed at the finish line on March 14, 2023. ' +
  'Her brother Tomas Okafor died suddenly at 29. Call 555-201-3344 or write to e.whitfield@example.org. ' +
  'Examination showed a systolic murmur louder on Valsalva; troponin 0.02 ng/mL; ECG with deep T-wave inversion in V4 to V6. ' +
  'She was referred to the cardiology clinic for echocardiography and exercise testing, which were unremarkable. ';
const words = (n: number) => Array.from({ length: Math.ceil(n / 60) + 1 }, () => PARAGRAPH).join('\n').split(' ').slice(0, n).join(' ');

it('keeps typing responsive on a 5,000-word case', async () => {
  const c = h.call<{ id: string }>('cases.create', {
    fields: { title: 'A long case', presentation: words(2000), history: words(1500), discussion: words(1500) },
  });
  const page = await h.newPage({ path: `/?view=case&id=${c.id}` });
  await page.setViewportSize({ width: 1280, height: 1000 });
  const panel = page.getByRole('region', { name: 'De-identification review' });
  await panel.getByRole('status', { name: /^\d{3,} unresolved/ }).waitFor();
  await page.evaluate(() => {
    // Runs in the page (this file is typed without the DOM library).
    type Observer = new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void };
    const w = globalThis as unknown as { slowEvents: number[]; PerformanceObserver: Observer };
    w.slowEvents = [];
    new w.PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.slowEvents.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const presentation = page.getByRole('textbox', { name: /^Presentation/ });
  await presentation.focus();
  await page.keyboard.press('Control+Home');
  const before = await panel.getAttribute('data-last-run-ms');
  await page.keyboard.type('Seen by Dr. Amara Nwosu. ', { delay: 30 });
  // The engine caught up: the new name is listed, and one run covered only the edited section.
  await panel.getByRole('button', { name: 'Replace NAME “Amara Nwosu” in presentation' }).waitFor();
  const engineMs = Number(await panel.getAttribute('data-last-run-ms'));
  const slow = await page.evaluate(() => (globalThis as unknown as { slowEvents: number[] }).slowEvents);
  const worst = slow.length ? Math.max(...slow) : 16;
  const median = slow.length ? [...slow].sort((a, b) => a - b)[Math.floor(slow.length / 2)]! : 16;
  console.info(
    `5,000-word case: live engine run on the edited 2,000-word section ${engineMs} ms (first full run ${before} ms); ` +
      `keystrokes over 16 ms: ${slow.length} of ${'Seen by Dr. Amara Nwosu. '.length}, median ${median} ms, worst ${worst} ms (Event Timing: input delay + handlers + next paint)`,
  );
  expect(engineMs).toBeLessThan(500);
  // Loose bounds for a shared 2-core box: a keystroke that lands on an engine run waits for it.
  expect(median).toBeLessThan(100);
  expect(worst).toBeLessThan(500);
  expect(h.errors).toEqual([]);
});
