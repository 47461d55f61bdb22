// Raters' notes reach the person: a named rater writes a note beside a
// statement and hands back the code; the person adds it and reads the note,
// by the rater's name, under "What others wrote".
import { expect, type Page, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

async function rateFirst(page: Page, level: number): Promise<void> {
  await page
    .locator('.statement')
    .nth(0)
    .locator('.scale-choice')
    .first()
    .getByRole('radio')
    .nth(level)
    .check();
}

test('a named rater’s note is shown to the person by name', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rateFirst(page, 1);
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  const results = `./?lng=en#/results/${encodeURIComponent(id)}`;
  await page.goto(results);
  await page.getByRole('link', { name: text('en', 'feedback:ask.action') }).click();
  await page.getByLabel(text('en', 'feedback:ask.name')).fill('Anna');
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  const link = await field.inputValue();

  const context = await browser.newContext({ baseURL: baseURL ?? '', viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await phone.goto(link.replace('#/give', '?lng=en#/give'));
  await phone.getByLabel(text('en', 'feedback:give.rater')).fill('Supervisor');
  await phone.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await rateFirst(phone, 3);
  await phone
    .locator('.statement')
    .nth(0)
    .getByRole('button', { name: /^Add a note/ })
    .click();
  await phone.locator('.statement').nth(0).getByRole('textbox').fill('Brings partners together well');
  await phone.goto(`${phone.url().split('?section')[0]}?section=_summary`);
  const code = phone.getByRole('textbox', { name: text('en', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  const value = await code.inputValue();
  await context.close();

  await page.getByRole('textbox', { name: /Result codes/ }).fill(value);
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 1 }))).toBeVisible();
  await page.goto(results);
  const notes = page.getByRole('region', { name: text('en', 'feedback:others.notesHeading') });
  await expect(notes.getByRole('listitem')).toHaveText(['Supervisor: Brings partners together well']);
  await expect(notes).toContainText('various parallel perspectives');
  for (const [lng, width] of [
    ['en', 1280],
    ['en', 360],
    ['fi', 360],
    ['fi', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(results.replace('lng=en', `lng=${lng}`));
    const region = page.getByRole('region', { name: text(lng, 'feedback:others.notesHeading') });
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/h12/notes-${lng}-${width}.png` });
  }
});
