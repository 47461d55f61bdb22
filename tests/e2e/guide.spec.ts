// The authoring guide as a page of the app (#/guide): reached from the add panel, the
// example file and the JSON Schema as downloads, readable at 320 px, in every language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

const markdown = readFileSync('docs/framework-format.md', 'utf8');
const title = /^# (.*)$/m.exec(markdown)?.[1]?.replace(/`/g, '') ?? '';

// axe on a long page takes a while on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test('the add panel opens the guide, which offers the example file and the schema', async ({ page }) => {
  await page.goto('./?lng=en');
  await page.getByRole('link', { name: text('en', 'library:add.guide') }).click();
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  expect(page.url()).toMatch(/#\/guide$/);
  await expect(page.getByRole('note')).toHaveCount(0);

  const [example] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'guide:example') }).click(),
  ]);
  expect(example.suggestedFilename()).toBe('example-framework.yaml');
  expect(readFileSync((await example.path()) ?? '', 'utf8')).toBe(
    readFileSync('public/example-framework.yaml', 'utf8'),
  );
  const [schema] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'guide:schema') }).click(),
  ]);
  expect(schema.suggestedFilename()).toBe('competency-framework.schema.json');
  expect(JSON.parse(readFileSync((await schema.path()) ?? '', 'utf8'))).toEqual(
    JSON.parse(readFileSync('public/competency-framework.schema.json', 'utf8')),
  );
});

test('the contents lead to a heading, which takes the focus; no axe finding', async ({ page }) => {
  await page.goto('./?lng=en#/guide');
  const contents = page.getByRole('navigation', { name: text('en', 'guide:contents') });
  await contents.getByRole('link', { name: 'Field by field' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Field by field' })).toBeFocused();
  expect(page.url()).toMatch(/#\/guide\?section=field-by-field$/);
  await expect(
    page.getByRole('region', { name: text('en', 'guide:table', { title: 'Field by field' }) }),
  ).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

for (const language of ['fi', 'sv', 'nl', 'nb']) {
  test(`in ${language} the guide says it is in English`, async ({ page }) => {
    await page.goto(`./?lng=${language}#/guide`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(text(language, 'guide:inEnglish'));
    await expect(page).toHaveTitle(new RegExp(`^${text(language, 'guide:title')} – `));
  });
}

test('at 320 px the page does not scroll sideways: tables and code scroll in their own regions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./?lng=fi#/guide');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: text('fi', 'guide:table', { title: 'Field by field' }) });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(page.getByText(text('fi', 'guide:tableHint')).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('the one-file build opened from disk shows the guide and offers both files', async ({ page }) => {
  const file = pathToFileURL(resolve(process.env.E2E_SINGLE_DIST ?? 'dist-single', 'index.html')).href;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${file}?lng=sv`);
  await page.getByRole('link', { name: text('sv', 'library:add.guide') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(text('sv', 'guide:inEnglish'));
  for (const [key, name] of [
    ['guide:example', 'example-framework.yaml'],
    ['guide:schema', 'competency-framework.schema.json'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text('sv', key) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
  }
  expect(errors).toEqual([]);
});

test('after one online visit the guide opens offline, never opened before', async ({ page, context }) => {
  await page.goto('./?lng=en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.getByRole('link', { name: text('en', 'library:add.guide') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: text('en', 'guide:contents') })).toBeVisible();
});
