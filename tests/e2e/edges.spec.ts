// The edges of the journeys (issue 17): focus and scroll after a route change, messages
// where an input is refused, a second Start, the offline notice on a phone, removing
// everything from a shared computer, and a scale step's description on a touch screen.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

test('a route change moves focus to the new page’s heading and starts at the top', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./?lng=en#/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The first load leaves focus where the browser puts it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.getByRole('link', { name: text('en', 'common:nav.assessments') }).click();
  const heading = page.getByRole('heading', { level: 1, name: text('en', 'assessments:heading') });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // A page that loads its framework first gets the focus on its heading once it is shown.
  await page.goto('./?lng=en#/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    window.location.hash = '#/assess/new?framework=guidance-competences&sections=C3.1';
  });
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'start:heading') })).toBeFocused();
});

test('renaming an assessment to an empty title or past the limit says so, and keeps the title', async ({
  page,
}) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await page.getByRole('link', { name: text('en', 'common:nav.assessments') }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Competence descriptions' });
  const title = await row.getByRole('heading', { level: 2 }).innerText();
  await row.getByRole('button', { name: /^Rename/ }).click();
  const input = page.getByLabel(text('en', 'assessments:newTitle'));
  await input.fill('   ');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'assessments:titleEmpty'));
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();

  await input.fill('x'.repeat(501));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    text('en', 'assessments:titleTooLong', { count: 501, max: 500 }),
  );
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(row.getByRole('heading', { level: 2 })).toHaveText(title);
});

for (const language of ['en', 'fi']) {
  test(`the “works offline now” notice takes one line on a phone (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`./?lng=${language}#/`);
    const notice = page.getByRole('status').filter({ hasText: text(language, 'common:update.offlineReady') });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    const lineHeight = await notice
      .locator('p')
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
    const box = await notice.boundingBox();
    // One line of text, with its dismiss button beside it: not a third of the screen.
    expect(box?.height).toBeLessThanOrEqual(Math.max(lineHeight, 44) + 12);
    const textHeight = await notice.locator('p').evaluate((p) => p.getBoundingClientRect().height);
    expect(textHeight).toBeLessThan(lineHeight * 1.5);
    await notice.getByRole('button', { name: text(language, 'common:storage.dismiss') }).click();
    await expect(notice).toBeHidden();
  });
}

test('Back from a new questionnaire skips the start form, so a second Start makes no duplicate', async ({
  page,
}) => {
  await page.goto('./?lng=en#/');
  await page.getByRole('link', { name: /^Start an assessment: Competence descriptions/ }).click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  expect(page.url()).toMatch(/#\/assess\/(?!new)/);
  await page.goBack();
  // Back returns to where the user chose the framework, not to a form that would start it again.
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'library:heading') })).toBeVisible();
  await page.getByRole('link', { name: text('en', 'common:nav.assessments') }).click();
  await expect(page.getByText(text('en', 'assessments:count', { count: 1 }))).toBeVisible();
});

test('“Remove everything from this device” offers a file first, then leaves nothing, in this tab and another', async ({
  page,
  context,
}) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await page
    .locator('#statement-C3\\.1-k1')
    .getByRole('group', { name: /Now/ })
    .getByRole('radio', { name: '2 Can do it with support' })
    .click();
  await page.getByRole('link', { name: text('en', 'common:nav.assessments') }).click();
  const other = await context.newPage();
  await other.goto('./?lng=en#/assessments');
  await expect(other.getByText(text('en', 'assessments:count', { count: 1 }))).toBeVisible();

  await page.getByRole('button', { name: text('en', 'assessments:removeAll.action') }).click();
  const dialog = page.getByRole('dialog', { name: text('en', 'assessments:removeAll.confirmHeading') });
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: text('en', 'assessments:removeAll.save') }).click();
  const file = JSON.parse(
    await (await (await download).createReadStream())
      .toArray()
      .then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(Object.keys(file.keys)).toContain('csa.assessments');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: text('en', 'assessments:removeAll.confirm') }).click();

  for (const tab of [page, other]) {
    await expect(tab.getByText(text('en', 'assessments:empty'))).toBeVisible();
    await tab.reload();
    await expect(tab.getByText(text('en', 'assessments:empty'))).toBeVisible();
  }
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csa.')));
  expect(keys).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

  test('a tapped scale step shows its description below it, until the next tap', async ({ page }) => {
    await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
    const scale = JSON.parse(readFileSync('locales/en/scale.json', 'utf8')).default;
    const tooltip = page.locator('.scale-hint');
    await page.locator('label[for="C3.1-k1-current-4"]').tap();
    await expect(page.locator('#C3\\.1-k1-current-4')).toBeChecked();
    await expect(tooltip).toHaveText(scale['4'].description);
    const box = await page.locator('label[for="C3.1-k1-current-4"]').boundingBox();
    const tip = await tooltip.boundingBox();
    expect(tip && box && tip.y >= box.y + box.height).toBe(true);
    await page.locator('label[for="C3.1-k1-target-2"]').tap();
    await expect(tooltip).toHaveText(scale['2'].description);
    await page.locator('.statement-text').first().tap();
    await expect(tooltip).toHaveCount(0);
  });
});
