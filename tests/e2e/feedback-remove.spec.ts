// A rater removes their answers from their own device once the code is handed
// back: from the hand-back panel or from the give page opened again. The page
// says so and that the code still works; neither a reload nor another tab
// brings the answers back, the link starts afresh, and the code still adds.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { feedbackLink, startAssessment, text } from './helpers.ts';

async function rateFirst(page: Page, level: number): Promise<void> {
  await page
    .locator('.statement')
    .first()
    .locator('.scale-choice')
    .first()
    .getByRole('radio')
    .nth(level)
    .check();
}

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`,
  );

/** The rater's assessments kept in this browser, as stored. */
const storedAssessments = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('csa.assessments') ?? '{}').state?.assessments ?? {});

async function person(page: Page): Promise<string> {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  return feedbackLink(page, id);
}

async function raterContext(browser: Browser, baseURL: string | undefined, width: number) {
  return browser.newContext({ baseURL: baseURL ?? '', viewport: { width, height: 800 } });
}

test('after handing back the code a rater removes their answers; reloads and other tabs bring nothing back, and the code still adds', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const link = await person(page);
  const context = await raterContext(browser, baseURL, 360);
  const rater = await context.newPage();
  const giveLink = link.replace('#/give', '?lng=en#/give');
  await rater.goto(giveLink);
  await rater.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await rateFirst(rater, 3);
  const questionnaire = rater.url();
  await rater.goto(`${questionnaire.split('?section')[0]}?section=_summary`);
  const code = await rater.getByRole('textbox', { name: text('en', 'join:handBack.code') }).inputValue();
  expect(code).toMatch(/^1/);
  // A second tab on the rating itself.
  const other = await context.newPage();
  await other.goto(questionnaire);
  await expect(other.locator('.statement').first()).toBeVisible();

  await rater.screenshot({ path: 'test-results/feedback-remove-handback-360-en.png', fullPage: true });
  await rater.getByRole('button', { name: text('en', 'feedback:remove.action') }).click();
  const dialog = rater.getByRole('dialog', { name: text('en', 'feedback:remove.heading') });
  await expect(dialog.getByText(text('en', 'feedback:remove.stillWorks', { name: 'Anna' }))).toBeVisible();
  await rater.screenshot({ path: 'test-results/feedback-remove-confirm-summary-360-en.png' });
  await dialog.getByRole('button', { name: text('en', 'feedback:remove.confirm') }).click();
  const done = rater.getByRole('heading', { name: text('en', 'feedback:remove.done') });
  await expect(done).toBeFocused();
  await expect(rater.getByText(text('en', 'feedback:remove.stillWorks', { name: 'Anna' }))).toBeVisible();
  await rater.screenshot({ path: 'test-results/feedback-remove-done-summary-360-en.png', fullPage: true });
  expect(await rater.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The other tab hears of it: the rating is gone there too.
  await expect(other.getByRole('heading', { name: text('en', 'common:status.notFound') })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('heading', { name: text('en', 'common:status.notFound') })).toBeVisible();
  await rater.reload();
  expect(await storedAssessments(rater)).toEqual({});
  // The link starts afresh: nothing to continue.
  await rater.goto(giveLink);
  await expect(rater.getByRole('button', { name: text('en', 'feedback:give.start') })).toBeVisible();
  await expect(rater.getByRole('link', { name: text('en', 'feedback:give.continue') })).toHaveCount(0);
  await context.close();

  // The code handed back still adds for the person who asked.
  await page.getByRole('textbox', { name: /Result codes/ }).fill(code);
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:collect.added', { number: 1 }))).toBeVisible();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 1 }))).toBeVisible();
});

for (const [lng, width] of [
  ['en', 360],
  ['sv', 360],
  ['nl', 360],
  ['en', 1280],
  ['nb', 1280],
] as const)
  test(`the give page opened again removes the answers by keyboard and starts afresh (${lng}, ${width} px)`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const link = await person(page);
    const context = await raterContext(browser, baseURL, width);
    const rater = await context.newPage();
    const giveLink = link.replace('#/give', `?lng=${lng}#/give`);
    await rater.goto(giveLink);
    await rater.getByRole('button', { name: text(lng, 'feedback:give.start') }).click();
    await rateFirst(rater, 2);
    await rater.goto(giveLink);
    await expect(rater.getByRole('link', { name: text(lng, 'feedback:give.continue') })).toBeVisible();
    const remove = rater.getByRole('button', { name: text(lng, 'feedback:remove.action') });
    await rater.screenshot({ path: `test-results/feedback-remove-give-${width}-${lng}.png`, fullPage: true });
    expect(await violations(rater), 'give page opened again').toEqual([]);
    await remove.focus();
    await rater.keyboard.press('Enter');
    const dialog = rater.getByRole('dialog', { name: text(lng, 'feedback:remove.heading') });
    await expect(dialog.getByRole('button', { name: text(lng, 'assessments:cancel') })).toBeFocused();
    await expect(dialog.getByText(text(lng, 'feedback:remove.stillWorks', { name: 'Anna' }))).toBeVisible();
    await rater.screenshot({ path: `test-results/feedback-remove-confirm-${width}-${lng}.png` });
    expect(await violations(rater), 'confirmation').toEqual([]);
    // Cancel keeps everything.
    await rater.keyboard.press('Enter');
    await expect(remove).toBeFocused();
    expect(Object.keys(await storedAssessments(rater))).toHaveLength(1);
    await rater.keyboard.press('Enter');
    await rater.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: text(lng, 'feedback:remove.confirm') })).toBeFocused();
    await rater.keyboard.press('Enter');
    await expect(rater.getByRole('heading', { name: text(lng, 'feedback:remove.done') })).toBeFocused();
    await expect(rater.getByText(text(lng, 'feedback:remove.afresh'))).toBeVisible();
    await expect(rater.getByRole('button', { name: text(lng, 'feedback:give.start') })).toBeVisible();
    await rater.screenshot({ path: `test-results/feedback-remove-done-${width}-${lng}.png`, fullPage: true });
    expect(await violations(rater), 'after removal').toEqual([]);
    expect(await rater.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await rater.reload();
    await expect(rater.getByRole('button', { name: text(lng, 'feedback:give.start') })).toBeVisible();
    await expect(rater.getByRole('heading', { name: text(lng, 'feedback:remove.done') })).toHaveCount(0);
    expect(await storedAssessments(rater)).toEqual({});
    await context.close();
  });

test('for a team that gave no name, the confirmation says the team that asked can still add the code', async ({
  page,
}) => {
  await startAssessment(page, 'framework=navigator-criteria');
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`./?lng=en#/feedback/new?assessment=${encodeURIComponent(id)}`);
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  const giveLink = (await field.inputValue()).replace('#/give', '?lng=en#/give');
  await page.goto(giveLink);
  await page.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await page.locator('.statement').first().waitFor();
  await page.goto(giveLink);
  await page.getByRole('button', { name: text('en', 'feedback:remove.action') }).click();
  await expect(
    page.getByRole('dialog').getByText(text('en', 'feedback:remove.stillWorksTeamUnnamed')),
  ).toBeVisible();
});
