import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';

const example = readFileSync('public/example-framework.yaml', 'utf8');
const storedData = (page: Page) => page.evaluate(() => localStorage.getItem('csa.assessments'));

async function addFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name,
    mimeType: 'application/yaml',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

test('a framework written in YAML is checked, previewed, added, rated, and can be removed', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await addFile(page, 'example-framework.yaml', example);
  await expect(page.getByText(text('en', 'library:add.valid'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Our guidance practice' })).toBeVisible();
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  await expect(page.getByText('“Our guidance practice” was added to the library.')).toBeVisible();
  const card = page.getByRole('article', { name: 'Our guidance practice' });
  await expect(card).toContainText(text('en', 'library:added'));
  await expect(card).toContainText('4 statements');

  await card.getByRole('link', { name: /^Start an assessment/ }).click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: /S1 Meeting the client/ })).toBeVisible();
  await page.locator('label[for="S1-1-current-1"]').click();
  await page.locator('label[for="S1-1-target-2"]').click();

  await page.reload();
  await expect(page.locator('input[name="S1-1-current"]:checked')).toHaveValue('1');

  await page.goto('./?lng=en');
  await page.getByRole('button', { name: 'Remove Our guidance practice' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('1 assessment uses it');
  await dialog.getByRole('button', { name: text('en', 'library:remove') }).click();
  await expect(page.getByRole('article', { name: 'Our guidance practice' })).toHaveCount(0);
});

test('a broken file gets every problem with line and column, in the UI language, and nothing is stored', async ({
  page,
}) => {
  await page.goto('./?lng=sv');
  const before = await storedData(page);
  await page.getByLabel(text('sv', 'library:add.file')).setInputFiles('tests/fixtures/bad/wrong-types.yaml');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    text('sv', 'library:add.invalid', { count: 3, file: 'wrong-types.yaml' }),
  );
  await expect(alert).toContainText(text('sv', 'problems:where', { line: 3, col: 10 }));
  await expect(alert).toContainText('version: 1');
  await expect(page.getByRole('article')).toHaveCount(4);
  expect(await storedData(page)).toBe(before);
});

test('bad files from the corpus: clear messages, markup stays text, nothing stored changes', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  const before = await storedData(page);
  for (const [file, message] of [
    ['alias-bomb.yaml', 'too many YAML aliases'],
    ['deep-nesting.yaml', 'nested more than 24 levels deep'],
    ['proto-keys.yaml', 'the key "__proto__" is not allowed'],
    ['tabs.yaml', 'a tab is used for indentation'],
  ] as const) {
    await page.getByLabel(text('en', 'library:add.file')).setInputFiles(`tests/fixtures/bad/${file}`);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  await addFile(page, 'ten-megabytes.yaml', Buffer.alloc(10 * 1024 * 1024, 'x'));
  await expect(page.getByRole('alert')).toContainText(
    'the file is 10485760 bytes; the limit is 2097152 bytes',
  );
  expect(await storedData(page)).toBe(before);

  await page.locator('details.paste summary').click();
  await page
    .getByRole('textbox', { name: text('en', 'library:add.paste') })
    .fill(readFileSync('tests/fixtures/bad/html-script.yaml', 'utf8'));
  await page.getByRole('button', { name: text('en', 'library:add.check') }).click();
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: '<script>window.__pwned = true</script>Markup stays text' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /^See the statements: <script>/ }).click();
  await expect(
    page.getByText('<a href="javascript:window.__pwned = true">a link?</a> & &amp; entities'),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('a dropped file is checked like an opened one', async ({ page }) => {
  await page.goto('./?lng=en');
  await expect(
    page.getByRole('heading', { level: 2, name: text('en', 'library:add.heading') }),
  ).toBeVisible();
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.yaml', { type: 'application/yaml' }));
    document
      .querySelector('.drop-zone')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, example);
  await expect(page.getByText(text('en', 'library:add.valid'))).toBeVisible();
});

test('a new version replaces the old one after asking; assessments made with the old one keep working', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await addFile(page, 'v1.yaml', example);
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  await page
    .getByRole('article', { name: 'Our guidance practice' })
    .getByRole('link', { name: /^Start/ })
    .click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await page.locator('label[for="S1-1-current-2"]').click();
  const assessment = page.url();

  await page.goto('./?lng=en');
  const v2 = example
    .replace('version: "1"', 'version: "2"')
    .replace('every visitor is greeted within five minutes', 'every visitor is greeted at once');
  await addFile(page, 'v2.yaml', v2);
  await expect(
    page.getByText('The library has version 1 of this framework. Add version 2 in its place?', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Replace with version 2' }).click();

  await page.goto(assessment);
  await expect(
    page.locator('.statement-text', { hasText: 'every visitor is greeted within five minutes' }),
  ).toBeVisible();
  await expect(page.locator('input[name="S1-1-current"]:checked')).toHaveValue('2');
});

test('any framework leaves as YAML and as a CASE package, and a CASE package comes back in', async ({
  page,
}) => {
  await page.goto('./?lng=fi#/framework/guidance-competences');
  const [yaml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('fi', 'preview:exportYaml') }).click(),
  ]);
  expect(readFileSync(await yaml.path(), 'utf8')).toContain('format: competency-framework/1');
  const [caseFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('fi', 'preview:exportCase') }).click(),
  ]);
  const pkg = JSON.parse(readFileSync(await caseFile.path(), 'utf8'));
  expect(pkg.CFDocument).toMatchObject({
    language: 'fi',
    title: 'Ohjauksen ammattilaisten osaamiskuvaukset',
  });
  expect(pkg.CFItems).toHaveLength(44);

  await page.goto('./?lng=fi');
  await page.getByLabel(text('fi', 'library:add.file')).setInputFiles(await caseFile.path());
  await expect(page.getByText(text('fi', 'library:add.caseAllMapped'))).toBeVisible();
  // It reads back as the same framework, id included: one that comes with the app is not added twice.
  await expect(
    page.getByText(text('fi', 'library:add.builtInId', { id: 'guidance-competences' })),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: text('fi', 'library:add.confirm') })).toHaveCount(0);
});
