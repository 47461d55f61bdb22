import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
// @ts-expect-error: a plain ES module without types
import { serve } from '../../scripts/static-server.mjs';
import { text } from './helpers.ts';

type Server = { url: string; close(): Promise<void> };

async function rateFirstStatements(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    const row = page.locator('.statement').nth(i);
    await row.locator('.scale-choice').first().locator('label').nth(1).click();
    await row.locator('.scale-choice').last().locator('label').nth(3).click();
  }
}

/**
 * Waits until the service worker is active and controls the page. It does not claim the
 * page that installed it (no clientsClaim), so the page is reloaded once it is active.
 * (waitForFunction with an async predicate does not wait: the promise it returns is truthy.)
 */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one online visit the whole app works offline, also views never opened before', async ({
  page,
  context,
}) => {
  await page.goto('./?lng=en');
  await expect(page.getByRole('article')).toHaveCount(4);
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  // Samenwerken, the questionnaire and the results were never opened online.
  await page.goto('./?lng=nl#/assess/new?framework=samenwerken&level=basis');
  await page.getByRole('button', { name: text('nl', 'start:submit') }).click();
  await rateFirstStatements(page, 5);
  await expect(page.getByText(text('nl', 'questionnaire:allRated'))).toBeVisible();
  await page
    .getByRole('link', { name: text('nl', 'questionnaire:results') })
    .first()
    .click();
  await expect(page.getByRole('figure').first()).toBeVisible();
  await expect(page.locator('figure svg').first()).toBeVisible();
  await context.setOffline(false);
});

test('served from a sub-path, the app, its chunks and its service worker work', async ({ page }) => {
  const server: Server = await serve({ root: resolve('dist'), base: '/tools/self-assessment/' });
  try {
    await page.goto(`${server.url}?lng=sv`);
    await expect(page.getByRole('article')).toHaveCount(4);
    await page.goto(`${server.url}#/assess/new?framework=guidance-competences&sections=C3.1`);
    await page.getByRole('button', { name: text('sv', 'start:submit') }).click();
    await rateFirstStatements(page, 1);
    await page
      .getByRole('link', { name: text('sv', 'questionnaire:results') })
      .first()
      .click();
    await expect(page.getByRole('figure').first()).toBeVisible();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
  } finally {
    await server.close();
  }
});

test('when a new version is deployed the user is told, chooses when to reload, and no answer is lost', async ({
  page,
}) => {
  let deployed = 1;
  const server: Server = await serve({
    root: resolve('dist'),
    transform: (path: string, body: Buffer) =>
      path === 'sw.js' && deployed > 1
        ? Buffer.concat([body, Buffer.from(`\n// deploy ${deployed}\n`)])
        : body,
  });
  try {
    await page.goto(`${server.url}?lng=en#/assess/new?framework=guidance-competences&sections=C3.1`);
    await serviceWorkerReady(page);
    await page.getByRole('button', { name: text('en', 'start:submit') }).click();
    await rateFirstStatements(page, 2);
    deployed = 2;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByRole('status').filter({ hasText: text('en', 'common:update.available') });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await rateFirstStatements(page, 3);
    await page.getByRole('button', { name: text('en', 'common:update.reload') }).click();
    await page.waitForLoadState('load');
    await expect(page.getByText('3 of 16 statements rated')).toBeVisible({ timeout: 15_000 });
  } finally {
    await server.close();
  }
});
