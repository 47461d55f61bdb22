// The results' two rows of actions (print and save; back, ask, plan) stand apart
// on a 360 px phone: "Back to rating" does not touch the CSV button above it.
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

test('the results’ rows of actions do not touch at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1', 'fi');
  const id = /#\/assess\/([^/?]+)/.exec(url)?.[1] ?? '';
  await page.goto(`./?lng=fi#/results/${id}`);
  const csv = await page.getByRole('button', { name: text('fi', 'results:exportCsv') }).boundingBox();
  const back = await page.getByRole('link', { name: text('fi', 'results:backToRating') }).boundingBox();
  expect(csv && back && back.y - (csv.y + csv.height) >= 8).toBe(true);
});
