// Rules kept in src/domain, as a user meets them: a saved file too large to open
// is refused by its size with the limit in words; the exercise form's refusals
// (no section, an anonymity threshold below 3); the pages looked at.
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';

const SHOTS = 'test-results/h2';

async function openTooLarge(page: Page, language: string) {
  await page.goto(`./?lng=${language}#/assessments`);
  await page.getByLabel(text(language, 'assessments:import')).setInputFiles({
    name: 'everything.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(6 * 1024 * 1024 - 100, ' '),
  });
}

test('a saved file over 5 MB is refused by its size, with its size and the limit in words', async ({
  page,
}) => {
  await openTooLarge(page, 'en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text('en', 'assessments:importFailed', { file: 'everything.json' }));
  await expect(alert).toContainText(text('en', 'assessments:importTooLarge', { size: 6, limit: 5 }));
});

test('the exercise form refuses no section and a threshold below 3, each said where it is', async ({
  page,
}) => {
  await page.goto('./?lng=en#/workshops');
  const boxes = page
    .getByRole('group', { name: text('en', 'workshop:create.sections') })
    .getByRole('checkbox');
  await expect(boxes.first()).toBeChecked();
  for (const box of await boxes.all()) await box.uncheck();
  await page.getByLabel(text('en', 'workshop:create.threshold')).fill('2.5');
  await page.getByRole('button', { name: text('en', 'workshop:create.submit') }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: text('en', 'workshop:create.noSections') }),
  ).toBeVisible();
  await expect(page.getByText(text('en', 'workshop:create.thresholdError', { min: 3 }))).toBeVisible();
  await expect(page.getByLabel(text('en', 'workshop:create.threshold'))).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'workshop:heading') })).toBeVisible();
});

test('screenshots: the import refusal and the exercise form’s refusals at 360 and 1280 px, English and Finnish', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  for (const language of ['en', 'fi'])
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await openTooLarge(page, language);
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/import-too-large-${language}-${width}.png`, fullPage: true });
      await page.goto(`./?lng=${language}#/workshops`);
      await page.getByLabel(text(language, 'workshop:create.threshold')).fill('2');
      await page.getByRole('button', { name: text(language, 'workshop:create.submit') }).click();
      await expect(
        page.getByText(text(language, 'workshop:create.thresholdError', { min: 3 })),
      ).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/exercise-form-${language}-${width}.png`, fullPage: true });
      await page.goto(
        `./?lng=${language}#/assess/new?framework=samenwerken&sections=afspraken-maken&level=basis`,
      );
      await page.getByRole('button', { name: text(language, 'start:submit') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/start-${language}-${width}.png`, fullPage: true });
      await page.close();
    }
});
