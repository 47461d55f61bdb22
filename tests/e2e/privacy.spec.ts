import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

test('a full journey requests nothing from another origin and breaks no rule of the Content-Security-Policy', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto('./?lng=en');
  await expect(page.getByRole('article')).toHaveCount(4);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");

  await page.getByRole('link', { name: /^See the statements: Collaboration/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('./?lng=en#/assess/new?framework=guidance-competences&sections=C3.1');
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.locator('.statement')).toHaveCount(16);
  for (const row of (await page.locator('.statement').all()).slice(0, 4)) {
    await row.locator('.scale-choice').first().locator('label').nth(1).click();
    await row.locator('.scale-choice').last().locator('label').nth(3).click();
  }
  await page
    .getByRole('link', { name: text('en', 'questionnaire:results') })
    .first()
    .click();
  await expect(page.getByRole('figure').first()).toBeVisible();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'results:exportJson') }).click(),
  ]);
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'results:exportCsv') }).click(),
  ]);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  expect(
    await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []),
  ).toEqual([]);
});
