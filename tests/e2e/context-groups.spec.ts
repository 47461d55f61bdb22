// Text that frames a framework without being rated (rated: false): Navigator's
// ways of working to avoid and the partnership's national goals are shown as
// text, with no choices, and are not counted.
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

const shots = process.env.E2E_SHOTS;

for (const language of ['en', 'sv'] as const) {
  test(`Navigator in ${language}: the ways of working to avoid are text, without choices, and not counted`, async ({
    page,
  }) => {
    await startAssessment(page, 'framework=navigator-criteria', language);
    const avoid = page.locator('.group', { hasText: text(language, 'questionnaire:notRated') });
    await expect(avoid).toHaveCount(1);
    const unstructured = language === 'en' ? /unstructured work/ : /oreglerat arbete/;
    await expect(avoid.getByText(unstructured)).toBeVisible();
    await expect(avoid.getByRole('radio')).toHaveCount(0);
    await expect(avoid.getByRole('radiogroup')).toHaveCount(0);
    // The statements around it are rated as before.
    const shared = language === 'en' ? /Shared work/ : /Gemensamt arbete/;
    const row = page.locator('li', { hasText: shared });
    expect(await row.getByRole('radio').count()).toBeGreaterThan(0);
    // 45 statements to rate, not 47.
    await expect(page.locator('.progress-bar .overall')).toContainText(/\b45\b/);
    if (shots) {
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await avoid.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/navigator-${language}-${width}.png` });
      }
    }
  });
}

test('partnership: the national goals are not offered to rate, and the preview shows them with the county centres after the list', async ({
  page,
}) => {
  await page.goto('./?lng=en#/assess/new?framework=career-guidance-partnership');
  await expect(page.getByRole('checkbox', { name: /Different ways of organising/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Partnership for career guidance/ })).toHaveCount(0);
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.locator('.progress-bar .overall')).toContainText(/\b5\b/);
  await expect(page.getByText('increased access')).toHaveCount(0);

  await page.goto('./?lng=nb#/framework/career-guidance-partnership');
  const goals = page.locator('.group', { hasText: 'økt tilgang' });
  await expect(goals.getByText(text('nb', 'questionnaire:notRated'))).toBeVisible();
  const order = await page
    .locator('.section')
    .first()
    .evaluate((el) => {
      const t = el.textContent ?? '';
      return [t.indexOf('et likeverdig tilbud'), t.indexOf('De fylkesvise karrieresentrene')];
    });
  expect(order[0]).toBeGreaterThan(0);
  expect(order[1]).toBeGreaterThan(order[0] ?? 0);
  if (shots) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await goals.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/partnership-preview-nb-${width}.png` });
    }
  }
});
