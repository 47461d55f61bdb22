// "Your plan: what moved" on a 360 px phone in Finnish: each planned statement is
// a card (its text in whole words, then its figures, labelled), not a table wider
// than the screen with the statement broken letter by letter.
import { expect, test } from '@playwright/test';
import { choose, startAssessment, text } from './helpers.ts';

test('what moved fits a 360 px phone in Finnish, each figure labelled', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1', 'fi');
  const id = /#\/assess\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await choose(page, 'C3.1-k1', 'current', 0);
  await choose(page, 'C3.1-k1', 'target', 4);
  await page.goto(`./?lng=fi#/plan/${id}`);
  await page.getByRole('checkbox').first().check();
  await page.goto(`./?lng=fi#/plan/${id}/again`);
  await page.getByRole('button', { name: text('fi', 'plan:again.start') }).click();
  await page.locator('.statement').first().waitFor();
  await choose(page, 'C3.1-k1', 'current', 3);
  await page
    .getByRole('link', { name: text('fi', 'questionnaire:results') })
    .first()
    .click();
  const moved = page.getByRole('region', { name: text('fi', 'plan:moved.heading') });
  const table = moved.getByRole('table');
  await expect(table).toBeVisible();
  const width = await table.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(360 - 16);
  await expect(moved.getByRole('cell').first()).toHaveText('0');
  const label = await moved
    .getByRole('cell')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).toContain(text('fi', 'plan:moved.earlier'));
});
