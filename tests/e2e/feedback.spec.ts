// Feedback from others, end to end, each person in a browser of their own: a
// person rates C3.1 with known levels and asks for feedback; raters on phones
// open the link, rate and hand back the code their page shows; the person adds
// the codes and reads self beside others. Nothing is requested from another origin.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { feedbackLink, startAssessment, text, watchOrigins } from './helpers.ts';

const K1 = /^1\. various parallel perspectives/;
const K2 = /^2\. different concepts used by different organisations/;

/** Rates the first two statements now (0-4) on a questionnaire page. */
async function rateFirstTwo(page: Page, k1: number, k2: number): Promise<void> {
  const statements = page.locator('.statement');
  await statements.nth(0).locator('.scale-choice').first().getByRole('radio').nth(k1).check();
  await statements.nth(1).locator('.scale-choice').first().getByRole('radio').nth(k2).check();
}

/** The person: a C3.1 assessment rated 1 and 4 (goal 4) on its first two statements, and a request for feedback. */
async function askForFeedback(page: Page): Promise<{ link: string; results: string }> {
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rateFirstTwo(page, 1, 4);
  // A goal too, so that the results' own summary rates them and speaks of others' view.
  for (const n of [0, 1])
    await page.locator('.statement').nth(n).locator('.scale-choice').nth(1).getByRole('radio').nth(4).check();
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  await page.getByRole('link', { name: text('en', 'feedback:ask.action') }).click();
  await page.getByLabel(text('en', 'feedback:ask.name')).fill('Anna');
  await page.getByLabel(text('en', 'feedback:ask.message')).fill('Thank you for your view!');
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  return { link: await field.inputValue(), results: `./?lng=en#/results/${encodeURIComponent(id)}` };
}

/** A rater on a phone of their own: opens the link, rates, and returns the code their page shows. */
async function give(
  browser: Browser,
  baseURL: string,
  link: string,
  levels: [number, number],
  watch: (p: Page) => void,
  rater = '',
  keep = false,
): Promise<string> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  watch(phone);
  await phone.goto(link.replace('#/give', '?lng=en#/give'));
  await expect(phone.getByText(text('en', 'feedback:give.lead', { name: 'Anna' }))).toBeVisible();
  if (rater) await phone.getByLabel(text('en', 'feedback:give.rater')).fill(rater);
  await phone.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await rateFirstTwo(phone, ...levels);
  // Nothing lost on reload: the ratings are still there, and the page still says whose work it is.
  await phone.reload();
  await expect(
    phone.locator('.statement').nth(0).locator('.scale-choice').first().getByRole('radio').nth(levels[0]),
  ).toBeChecked();
  await expect(phone.getByText(text('en', 'feedback:give.to', { name: 'Anna' }))).toBeVisible();
  await phone.goto(`${phone.url().split('?section')[0]}?section=_summary`);
  const code = phone.getByRole('textbox', { name: text('en', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  const value = await code.inputValue();
  // Not in the rater's own list of assessments, unless they keep a copy.
  if (keep) await phone.getByRole('button', { name: text('en', 'feedback:banner.keep') }).click();
  await phone.goto('./?lng=en#/assessments');
  await expect(phone.getByText(text('en', 'feedback:give.title', { name: 'Anna' }))).toHaveCount(
    keep ? 1 : 0,
  );
  await context.close();
  return value;
}

test('three raters hand back codes; the person sees others beside self, hidden strengths and blind spots', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  watchOrigins(page, origin, foreign);
  const { link, results } = await askForFeedback(page);
  const watch = (p: Page) => watchOrigins(p, origin, foreign);
  const codes = [
    await give(browser, baseURL ?? '', link, [3, 2], watch, '', true),
    await give(browser, baseURL ?? '', link, [3, 2], watch),
    await give(browser, baseURL ?? '', link, [2, 3], watch),
  ];
  const field = page.getByRole('textbox', { name: /Result codes/ });
  await field.fill(`${codes.join('\n')}\n${codes[0]}`);
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  const said = page.locator('.feedback-messages li');
  await expect(said).toHaveText([
    text('en', 'feedback:collect.added', { number: 1 }),
    text('en', 'feedback:collect.added', { number: 2 }),
    text('en', 'feedback:collect.added', { number: 3 }),
    text('en', 'feedback:collect.duplicate'),
  ]);
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 3 }))).toBeVisible();

  await page.goto(results);
  // The results' own summary says it too: three raters, one hidden strength, one blind spot.
  await expect(
    page.locator('.summary-sentence').getByText(
      text('en', 'results:sentence.others', {
        count: 3,
        strengths: text('en', 'results:sentence.hiddenStrengths', { count: 1 }),
        blindSpots: text('en', 'results:sentence.blindSpots', { count: 1 }),
      }),
    ),
  ).toBeVisible();
  const table = page.getByRole('table', { name: text('en', 'feedback:others.tableStatements') });
  // Own level 1, the others' median 3 (3, 3, 2), range 2-3, three raters.
  await expect(table.getByRole('row', { name: K1 }).getByRole('cell').nth(0)).toHaveText('1');
  await expect(table.getByRole('row', { name: K1 }).getByRole('cell').nth(1)).toHaveText('3.0');
  await expect(table.getByRole('row', { name: K1 }).getByRole('cell').nth(2)).toHaveText('2–3');
  await expect(table.getByRole('row', { name: K1 }).getByRole('cell').nth(3)).toHaveText('3');
  await expect(table.getByRole('row', { name: K2 }).getByRole('cell').nth(1)).toHaveText('2.0');
  const strengths = page.getByRole('region', { name: text('en', 'feedback:others.strengths') });
  const blindSpots = page.getByRole('region', { name: text('en', 'feedback:others.blindSpots') });
  await expect(strengths.getByRole('listitem')).toHaveCount(1);
  await expect(strengths.getByRole('listitem')).toContainText('various parallel perspectives');
  await expect(blindSpots.getByRole('listitem')).toHaveCount(1);
  await expect(blindSpots.getByRole('listitem')).toContainText(
    'different concepts used by different organisations',
  );
  // On a phone nothing scrolls sideways: the tables of self beside others are cards there.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(table.getByRole('row', { name: K1 }).getByRole('cell').nth(1)).toHaveText('3.0');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await table.evaluate((t) => t.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('heading', { name: text('en', 'feedback:others.heading') }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/feedback-results-1280.png', fullPage: true });

  // A code of another request is refused with the reason, and changes nothing stored.
  await page.getByRole('link', { name: text('en', 'feedback:ask.action') }).click();
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  await expect(page.getByRole('textbox', { name: text('en', 'feedback:request.link') })).toHaveValue(
    /#\/give/,
  );
  await page.getByRole('textbox', { name: /Result codes/ }).fill(codes[0] ?? '');
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.locator('.feedback-messages li')).toHaveText(
    text('en', 'feedback:collect.refused', {
      number: 1,
      reason: text('en', 'feedback:collect.problems.other-exercise'),
    }),
  );
  await expect(page.getByText(text('en', 'feedback:request.nobody'))).toBeVisible();
  expect(foreign).toEqual([]);
});

test('with two anonymous raters the others’ view is hidden, with the reason', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { link, results } = await askForFeedback(page);
  const codes = [
    await give(browser, baseURL ?? '', link, [3, 2], () => {}),
    await give(browser, baseURL ?? '', link, [3, 2], () => {}),
  ];
  await page.getByRole('textbox', { name: /Result codes/ }).fill(codes.join(' '));
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 2 }))).toBeVisible();
  await page.goto(results);
  await expect(page.getByText(text('en', 'feedback:others.hidden', { count: 2, min: 3 }))).toBeVisible();
  await expect(page.locator('.summary-sentence p')).toHaveCount(3);
  await expect(page.getByRole('table', { name: text('en', 'feedback:others.tableStatements') })).toHaveCount(
    0,
  );
  await expect(page.getByRole('region', { name: text('en', 'feedback:others.strengths') })).toHaveCount(0);
});

test('the one-file build asks for and gives feedback from disk', async ({ browser }) => {
  test.setTimeout(180_000);
  const file = pathToFileURL(resolve(process.env.E2E_SINGLE_DIST ?? 'dist-single', 'index.html')).href;
  const errors: string[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${file}?lng=en#/assess/new?framework=guidance-competences&sections=C3.1`);
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await rateFirstTwo(page, 1, 4);
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`${file}?lng=en#/feedback/new?assessment=${encodeURIComponent(id)}`);
  await page.getByLabel(text('en', 'feedback:ask.name')).fill('Anna');
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/^file:.*#\/give\?x=/);
  const link = await field.inputValue();
  const rater = await context.newPage();
  rater.on('pageerror', (e) => errors.push(e.message));
  await rater.goto(link);
  await expect(rater.getByText(text('en', 'feedback:give.lead', { name: 'Anna' }))).toBeVisible();
  await rater.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await rateFirstTwo(rater, 3, 2);
  await rater.goto(`${rater.url().split('?section')[0]}?section=_summary`);
  const code = rater.getByRole('textbox', { name: text('en', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  await page.getByRole('textbox', { name: /Result codes/ }).fill(await code.inputValue());
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:collect.added', { number: 1 }))).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('a team’s framework asks for feedback on the team’s practice, and the rater reads so', async ({
  page,
}) => {
  await startAssessment(page, 'framework=navigator-criteria');
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  await page.getByRole('link', { name: text('en', 'feedback:ask.actionTeam') }).click();
  await expect(page.getByRole('heading', { name: text('en', 'feedback:ask.actionTeam') })).toBeVisible();
  await page.getByLabel(text('en', 'feedback:ask.nameTeam')).fill('Centre North');
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  await page.goto((await field.inputValue()).replace('#/give', '?lng=en#/give'));
  await expect(page.getByText(text('en', 'feedback:give.leadTeam', { name: 'Centre North' }))).toBeVisible();
});

test('a rater of a request without a goal sees no Goal choice and rates all with the current level only', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  const link = await feedbackLink(page, id, { goal: false });

  const context = await browser.newContext({ baseURL: baseURL ?? '', viewport: { width: 360, height: 740 } });
  const rater = await context.newPage();
  await rater.goto(link.replace('#/give', '?lng=en#/give'));
  await expect(rater.getByText(text('en', 'feedback:give.goalNoNamed', { name: 'Anna' }))).toBeVisible();
  await rater.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  const statements = rater.locator('.statement');
  await expect(statements).toHaveCount(16);
  const now = new RegExp(
    text('en', 'questionnaire:nowHidden_rater', { who: 'Anna' }).replace(/[()]/g, '\\$&'),
  );
  const goal = new RegExp(
    text('en', 'questionnaire:goalHidden_rater', { who: 'Anna' }).replace(/[()]/g, '\\$&'),
  );
  await expect(rater.getByRole('group', { name: now })).toHaveCount(16);
  await expect(rater.getByRole('group', { name: goal })).toHaveCount(0);
  for (let i = 0; i < 16; i++)
    await statements
      .nth(i)
      .getByRole('radio')
      .nth(i % 5)
      .check();
  await expect(rater.getByText(text('en', 'questionnaire:allRated'))).toBeVisible();
  await expect(
    rater.getByText(text('en', 'questionnaire:overallProgress', { rated: 16, total: 16 })),
  ).toBeVisible();
  await rater.screenshot({ path: 'test-results/feedback-no-goal-360.png', fullPage: true });
  await context.close();
});
