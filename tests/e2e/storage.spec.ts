import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

const KEY = 'csa.assessments';

test('two tabs editing different statements both keep their answers', async ({ context }) => {
  const a = await context.newPage();
  const url = await startAssessment(a, 'framework=guidance-competences&sections=C3.1');
  const b = await context.newPage();
  await b.goto(url);
  await a.locator('#statement-C3\\.1-k1').getByRole('radio', { name: '1 Aware of it' }).first().click();
  await b.locator('#statement-C3\\.1-k2').getByRole('radio', { name: '4 Can guide others' }).first().click();
  await a
    .locator('#statement-C3\\.1-k3')
    .getByRole('radio', { name: '2 Can do it with support' })
    .first()
    .click();
  // Tab A follows tab B's answer without a reload.
  await expect(a.locator('input[name="C3.1-k2-current"]:checked')).toHaveValue('4');
  await expect(b.locator('input[name="C3.1-k3-current"]:checked')).toHaveValue('2');
  await a.close();
  await b.close();
  const c = await context.newPage();
  await c.goto(url);
  await expect(c.locator('input[name="C3.1-k1-current"]:checked')).toHaveValue('1');
  await expect(c.locator('input[name="C3.1-k2-current"]:checked')).toHaveValue('4');
  await expect(c.locator('input[name="C3.1-k3-current"]:checked')).toHaveValue('2');
});

test('unreadable stored data leads to a notice and a download, not a blank app', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, '{"state": {"assessments": [broken');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY],
  );
  await page.goto('./?lng=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(text('en', 'common:storage.recovered.unreadable'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'common:storage.download') }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe('{"state": {"assessments": [broken');
  // The app goes on working, and the kept data stays kept.
  await startAssessment(page, 'framework=samenwerken');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('csa.assessments.backup.')),
  );
  expect(kept).toHaveLength(1);
});

test('data from a newer version of the app is kept aside and the user is told', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, JSON.stringify({ state: { assessments: {} }, version: 99 }));
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY],
  );
  await page.goto('./?lng=nb');
  await expect(page.getByRole('alert')).toContainText(text('nb', 'common:storage.recovered.newer'));
});

test('a full storage quota shows an error, keeps the answers, and saves once there is room', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full)
        throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await page.evaluate(() => {
    (window as unknown as { full?: boolean }).full = true;
  });
  await page
    .locator('#statement-C3\\.1-k1')
    .getByRole('radio', { name: '4 Can guide others' })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText(text('en', 'common:storage.quota'));
  await expect(page.getByText(text('en', 'common:save.notSaved'))).toBeVisible();
  await expect(page.locator('input[name="C3.1-k1-current"]:checked')).toHaveValue('4');
  await page.locator('#statement-C3\\.1-k2').getByRole('radio', { name: '1 Aware of it' }).first().click();
  await page.evaluate(() => {
    (window as unknown as { full?: boolean }).full = false;
  });
  // Saving is retried on its own every few seconds; the button does it at once.
  const retry = page.getByRole('button', { name: text('en', 'common:storage.retry') });
  if (await retry.isVisible()) await retry.click().catch(() => {});
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('input[name="C3.1-k1-current"]:checked')).toHaveValue('4');
  await expect(page.locator('input[name="C3.1-k2-current"]:checked')).toHaveValue('1');
});

test('an answer given just before the tab closes is saved', async ({ context }) => {
  const page = await context.newPage();
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await page
    .locator('#statement-C3\\.1-s9')
    .getByRole('radio', { name: '4 Can guide others' })
    .first()
    .click();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('input[name="C3.1-s9-current"]:checked')).toHaveValue('4');
});
