// The result files field on a feedback request's page: its label on a line of its
// own above the file button, as the result codes field's is, not run into the button.
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

test('the result files label sits above its file button at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = /#\/assess\/([^/?]+)/.exec(url)?.[1] ?? '';
  await page.goto(`./?lng=en#/feedback/new?assessment=${id}`);
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const input = page.getByLabel(text('en', 'feedback:collect.files'));
  const label = page.locator('label', { hasText: text('en', 'feedback:collect.files') });
  const [l, i] = [await label.boundingBox(), await input.boundingBox()];
  expect(l && i && l.y + l.height <= i.y + 1).toBe(true);
});
