import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

const KEY = 'csa.assessments';

test('two tabs editing different statements both keep their answers', async ({ context }) => {
  const a = await context.newPage();
  const url = await startAssessment(a, 'framework=guidance-competences&sections=C3.1');
  const b = await context.newPage();
  await b.goto(url);
  await a.locator('#statement-C3\\.1-k1').getByRole('radio', { name: '1 Aware of it' }).first().click();
  await b
    .locator('#statement-C3\\.1-k2')
    .getByRole('radio', { name: '4 Can support colleagues in it' })
    .first()
    .click();
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

test('unreadable stored data is kept aside once, listed with a download, and its notice stays until seen', async ({
  page,
}) => {
  const broken = '{"state": {"assessments": [broken';
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, text as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, broken],
  );
  await page.goto('./?lng=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: text('en', 'common:storage.kept.notice', { count: 1 }) });
  await expect(notice).toBeVisible();
  // The app goes on working and saving; reloads keep one copy, and the notice stays until seen.
  await startAssessment(page, 'framework=samenwerken');
  await page.reload();
  await page.reload();
  await expect(notice).toBeVisible();
  const kept = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csa.assessments.backup.')));
  expect(await kept()).toHaveLength(1);
  await notice.getByRole('link', { name: text('en', 'common:storage.kept.show') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: text('en', 'common:keptData.title') }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'common:keptData.download') }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await download.path(), 'utf8')).toBe(broken);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Removed on request, after a confirmation.
  await page.getByRole('button', { name: text('en', 'common:keptData.remove') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('en', 'common:keptData.remove') })
    .click();
  await expect(page.getByText(text('en', 'common:keptData.empty'))).toBeVisible();
  expect(await kept()).toHaveLength(0);
});

test('data from a newer version of the app is neither backed up nor written over', async ({ page }) => {
  const newer = JSON.stringify({ state: { assessments: {} }, version: 99 });
  await page.addInitScript(
    ([key, text]) => localStorage.setItem(key as string, text as string),
    [KEY, newer],
  );
  await page.goto('./?lng=nb#/assess/new?framework=samenwerken');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text('nb', 'common:storage.newer'));
  await expect(alert.getByRole('button', { name: text('nb', 'common:storage.reload') })).toBeVisible();
  await page.getByRole('button', { name: text('nb', 'start:submit') }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.getByRole('radio').first().click();
  await expect(page.getByText(text('nb', 'common:save.notSaved'))).toBeVisible();
  await page.waitForTimeout(500);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(stored[KEY]).toBe(newer);
  expect(Object.keys(stored).filter((k) => k.startsWith(`${KEY}.`))).toEqual([]);
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
    // Room comes back at the moment the retry button is pressed, so the retry that runs on
    // its own every few seconds cannot save first and take the button away.
    window.addEventListener(
      'click',
      (event) => {
        const w = window as unknown as { full?: boolean; roomOnClick?: string };
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (w.roomOnClick && button?.textContent?.trim() === w.roomOnClick) w.full = false;
      },
      true,
    );
  });
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await page.evaluate(() => {
    (window as unknown as { full?: boolean }).full = true;
  });
  await page
    .locator('#statement-C3\\.1-k1')
    .getByRole('radio', { name: '4 Can support colleagues in it' })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText(text('en', 'common:storage.quota'));
  await expect(page.getByText(text('en', 'common:save.notSaved'))).toBeVisible();
  await expect(page.locator('input[name="C3.1-k1-current"]:checked')).toHaveValue('4');
  await page.locator('#statement-C3\\.1-k2').getByRole('radio', { name: '1 Aware of it' }).first().click();
  await page.evaluate(
    (label) => {
      (window as unknown as { roomOnClick?: string }).roomOnClick = label;
    },
    text('en', 'common:storage.retry'),
  );
  await page.getByRole('button', { name: text('en', 'common:storage.retry') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
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
    .getByRole('radio', { name: '4 Can support colleagues in it' })
    .first()
    .click();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('input[name="C3.1-s9-current"]:checked')).toHaveValue('4');
});
