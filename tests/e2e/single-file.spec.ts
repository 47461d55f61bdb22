import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

const FILE = pathToFileURL(resolve('dist-single/index.html')).href;

test('the one-file build works opened from disk: all frameworks and languages, rating, results, export', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${FILE}?lng=nb`);
  await expect(page.getByRole('article')).toHaveCount(4);
  await page.goto(`${FILE}?lng=fi#/assess/new?framework=guidance-competences&sections=C3.1`);
  await page.getByRole('button', { name: text('fi', 'start:submit') }).click();
  await expect(page.locator('.statement')).toHaveCount(16);
  for (const row of await page.locator('.statement').all()) {
    await row.locator('.scale-choice').first().locator('label').nth(2).click();
    await row.locator('.scale-choice').last().locator('label').nth(4).click();
  }
  await expect(page.getByText(text('fi', 'questionnaire:allRated'))).toBeVisible();
  await page.reload();
  await expect(page.getByText(text('fi', 'questionnaire:allRated'))).toBeVisible();
  await page
    .getByRole('link', { name: text('fi', 'questionnaire:results') })
    .first()
    .click();
  await expect(
    page.getByRole('figure').first().getByRole('row', { name: /C3\.1/ }).getByRole('cell'),
  ).toHaveText(['2,0', '4,0', '2,0']);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('fi', 'results:exportCsv') }).click(),
  ]);
  expect(readFileSync(await csv.path(), 'utf8').split('\r\n').length).toBeGreaterThan(16);
  expect(errors).toEqual([]);
});

test('the one-file build runs a workshop from disk: an exercise handed out, a code pasted, the group picture', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${FILE}?lng=en#/workshop/new?framework=guidance-competences&sections=C3.1`);
  await page.getByRole('button', { name: text('en', 'workshop:create.submit') }).click();
  await expect(page.getByRole('textbox', { name: text('en', 'workshop:handout.joinLink') })).toHaveValue(
    /#\/join\?x=/,
  );
  await expect(page.getByRole('img', { name: /QR code/ }).first()).toBeVisible();
  await page.getByLabel(text('en', 'workshop:collect.codes')).fill('NOTACODE');
  await page.getByRole('button', { name: text('en', 'workshop:collect.add') }).click();
  await expect(
    page.getByText(text('en', 'workshop:collect.problems.not-a-code'), { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText(text('en', 'groupPicture:participants', { count: 0 }), { exact: true }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the one-file build carries a Content-Security-Policy that allows no other origin', () => {
  const html = readFileSync('dist-single/index.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'sha256-[^']+'/);
  expect(policy).not.toMatch(/https?:|\*/);
});
