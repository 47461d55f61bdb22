// Feedback on a framework the person added from a file: the feedback link
// carries the framework (it is small enough), so a rater in a browser of their
// own, who never added it, opens the link, rates its statements and hands back
// a code the person adds. Nothing is requested from another origin.
import { expect, test } from '@playwright/test';
import { feedbackLink, text, watchOrigins } from './helpers.ts';

const FRAMEWORK = `format: competency-framework/1
id: our-team-practice
version: "2"
sourceLanguage: en
subject: individual
title: { en: Our small practice, fi: Pieni käytäntömme }
sections:
  - id: P1
    title: { en: Listening, fi: Kuunteleminen }
    groups:
      - id: p1
        kind: skill
        items:
          - id: P1-1
            text: { en: I let the client finish before I answer, fi: Annan asiakkaan puhua loppuun ennen kuin vastaan }
          - id: P1-2
            text: { en: I sum up what I heard in my own words, fi: Tiivistän kuulemani omin sanoin }
`;

test('a feedback link carries an added framework: a rater who never added it opens it and rates', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  watchOrigins(page, origin, foreign);
  await page.goto('./?lng=en');
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name: 'our-practice.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(FRAMEWORK),
  });
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  const card = page.getByRole('article', { name: 'Our small practice' });
  await card.getByRole('link', { name: /^Start an assessment/ }).click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Listening/ })).toBeVisible();
  await page.locator('label[for="P1-1-current-1"]').click();
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  const link = await feedbackLink(page, id);

  // The rater: a fresh browser, with nothing stored and the framework never added.
  const context = await browser.newContext({ baseURL: baseURL ?? '', viewport: { width: 360, height: 740 } });
  const rater = await context.newPage();
  watchOrigins(rater, origin, foreign);
  await rater.goto(link.replace('#/give', '?lng=fi#/give'));
  await expect(rater.getByText(text('fi', 'feedback:give.lead', { name: 'Anna' }))).toBeVisible();
  await rater.getByRole('button', { name: text('fi', 'feedback:give.start') }).click();
  await expect(
    rater.getByText('Annan asiakkaan puhua loppuun ennen kuin vastaan', { exact: true }),
  ).toBeVisible();
  await rater.screenshot({ path: 'test-results/feedback-added-rater-fi-360.png', fullPage: true });
  const statements = rater.locator('.statement');
  await expect(statements).toHaveCount(2);
  for (const n of [0, 1]) {
    await statements.nth(n).locator('.scale-choice').nth(0).getByRole('radio').nth(3).check();
    await statements.nth(n).locator('.scale-choice').nth(1).getByRole('radio').nth(4).check();
  }
  await expect(rater.getByText(text('fi', 'questionnaire:allRated'))).toBeVisible();
  await rater.goto(`${rater.url().split('?section')[0]}?section=_summary`);
  const code = rater.getByRole('textbox', { name: text('fi', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  const value = await code.inputValue();
  await context.close();

  await page.getByRole('textbox', { name: /Result codes/ }).fill(value);
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:collect.added', { number: 1 }))).toBeVisible();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 1 }))).toBeVisible();
  expect(foreign).toEqual([]);
});
