// Self beside others counts its raters one way: a named rater and one
// anonymous one hand back codes; the results' summary sentence and the section
// both count the one shown and say the anonymous rating is not shown until
// there are enough. On a phone a table's caption takes the width (not a word
// a line), and the dot plot says where its row numbers come from. Screenshots
// (SHOTS_DIR) at 360 px in English and Norwegian and at 1280 px.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { feedbackLink, startAssessment, text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/others-count';

async function rateFirstTwo(page: Page, k1: number, k2: number): Promise<void> {
  const statements = page.locator('.statement');
  await statements.nth(0).locator('.scale-choice').first().getByRole('radio').nth(k1).check();
  await statements.nth(1).locator('.scale-choice').first().getByRole('radio').nth(k2).check();
}

/** A rater on a phone of their own: opens the link, rates, and returns their code. */
async function give(
  browser: Browser,
  baseURL: string,
  link: string,
  rater: string,
  levels: [number, number],
) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await phone.goto(link.replace('#/give', '?lng=en#/give'));
  if (rater) await phone.getByLabel(text('en', 'feedback:give.rater')).fill(rater);
  await phone.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await rateFirstTwo(phone, ...levels);
  await phone.goto(`${phone.url().split('?section')[0]}?section=_summary`);
  const code = phone.getByRole('textbox', { name: text('en', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  const value = await code.inputValue();
  await context.close();
  return value;
}

test('one named and one anonymous rater: the sentence and the section count the one shown and say why', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rateFirstTwo(page, 1, 4);
  for (const n of [0, 1])
    await page.locator('.statement').nth(n).locator('.scale-choice').nth(1).getByRole('radio').nth(4).check();
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  const link = await feedbackLink(page, id);
  const codes = [
    await give(browser, baseURL ?? '', link, 'Supervisor', [3, 2]),
    await give(browser, baseURL ?? '', link, '', [2, 3]),
  ];
  await page.getByRole('textbox', { name: /Result codes/ }).fill(codes.join('\n'));
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 2 }))).toBeVisible();

  const results = (lng: string) => `./?lng=${lng}#/results/${encodeURIComponent(id)}`;
  await page.goto(results('en'));
  const sentence = page.locator('.summary-sentence');
  await expect(sentence).toContainText(
    text('en', 'results:sentence.others', {
      count: 1,
      strengths: text('en', 'results:sentence.hiddenStrengths', { count: 1 }),
      blindSpots: text('en', 'results:sentence.blindSpots', { count: 1 }),
    }),
  );
  await expect(sentence).toContainText(text('en', 'results:othersCount.hidden', { count: 1, min: 3 }));
  await expect(page.locator('.others-summary')).toContainText(
    text('en', 'results:othersCount.shownOf', { count: 1, total: 2 }),
  );
  await expect(page.getByText(text('en', 'feedback:others.hidden', { count: 1, min: 3 }))).toBeVisible();
  await expect(page.locator('#others-chart')).toContainText(
    text('en', 'results:othersChart.key', { table: text('en', 'feedback:others.tableStatements') }),
  );

  for (const [lng, width] of [
    ['en', 360],
    ['nb', 360],
    ['en', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(results(lng));
    const table = page.getByRole('table', { name: text(lng, 'feedback:others.tableStatements') });
    await expect(table).toBeVisible();
    // The caption is as wide as its table, not a word a line.
    for (const caption of await page.locator('.others-table caption').all()) {
      const [c, t] = await caption.evaluate((el) => [
        el.getBoundingClientRect().width,
        el.closest('table')?.getBoundingClientRect().width ?? 0,
      ]);
      expect(c).toBeGreaterThanOrEqual((t ?? 0) - 1);
      expect(await caption.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(40);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const axe = await new AxeBuilder({ page }).include('.others').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.locator('.others-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/others-${lng}-${width}.png` });
    await page.locator('#others-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/chart-${lng}-${width}.png` });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/table-${lng}-${width}.png` });
    await page.locator('.summary-sentence').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sentence-${lng}-${width}.png` });
  }
});
