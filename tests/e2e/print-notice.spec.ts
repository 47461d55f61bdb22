// The "works offline" line is for the screen: a printed page (the plan, the
// results) shows no notice about the app itself.
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

test('the "works offline" notice shows on screen and does not print', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const notice = page.getByRole('status').filter({ hasText: text('en', 'common:update.offlineReady') });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(notice).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(notice).toBeVisible();
});
