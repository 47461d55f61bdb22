// A real CASE package (OpenSALT's SmartLevelFramework test data) added through the add panel,
// rated, then replaced by a newer version with one item reworded and one removed: every answer
// stays on the statement it was given to. And a saved assessment file dropped on the add panel
// is recognised and opened where saved files are opened.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { savedAssessmentFile, text } from './helpers.ts';

type Pkg = { CFDocument: Record<string, unknown>; CFItems: { fullStatement: string }[] };
const original = readFileSync('tests/fixtures/case-real/opensalt-smart-level.json', 'utf8');

async function add(page: Page, name: string, content: string) {
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}
const answers = (page: Page) =>
  page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('csa.assessments') ?? '{}');
    const all = Object.values(stored.state?.assessments ?? {}) as { answers: Record<string, unknown> }[];
    return Object.keys(all[0]?.answers ?? {});
  });

test('a real CASE package: added, rated, replaced by a newer version; every answer stays on its statement', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await add(page, 'smart-level.json', original);
  await expect(page.getByText(text('en', 'library:add.caseRead'))).toBeVisible();
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  const card = page.getByRole('article', { name: 'SmartLevel Test' });
  await expect(card).toContainText('12 statements');
  await card.getByRole('link', { name: /^Start an assessment/ }).click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  const statements = page.locator('.statement');
  await statements.nth(1).getByRole('radio').nth(3).click();
  await statements.nth(3).getByRole('radio').nth(1).click();
  await expect.poll(() => answers(page)).toHaveLength(2);
  const rated = await answers(page);
  const shown = await statements.allTextContents();
  const questionnaire = page.url();

  // The newer version: the first statement removed (positions shift), the third reworded, a later date.
  const pkg = JSON.parse(original) as Pkg;
  // The item a statement shows: the longest text it contains ("Item 1.1" holds "Item 1" too).
  const itemShownAt = (k: number) => {
    const found = pkg.CFItems.map((i, n) => [n, i.fullStatement] as const).filter(([, t]) =>
      shown[k]?.includes(t),
    );
    return found.sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? -1;
  };
  const reworded = pkg.CFItems[itemShownAt(2)];
  if (reworded) reworded.fullStatement = 'Reworded in the newer version';
  pkg.CFItems.splice(itemShownAt(0), 1);
  pkg.CFDocument.lastChangeDateTime = '2024-05-01T00:00:00+00:00';
  await page.goto('./?lng=en');
  await add(page, 'smart-level-2024.json', JSON.stringify(pkg));
  // Before anything is replaced: what changed for the answers kept by statement.
  await expect(page.getByText(text('en', 'library:add.changed', { count: 1 }))).toBeVisible();
  await expect(page.getByText(text('en', 'library:add.gone', { count: 1 }))).toBeVisible();
  await page.getByRole('button', { name: /^Replace with version/ }).click();

  await page.goto(questionnaire);
  await expect(page.locator('.statement').first()).toBeVisible();
  expect(await answers(page)).toEqual(rated);
  // The assessment keeps the version it was made with; its answers' ids name the same items in
  // the newer version too (the rated statements were neither removed nor reworded).
  await expect(page.locator('.statement').nth(1).getByRole('radio').nth(3)).toBeChecked();
  await expect(page.locator('.statement').nth(3).getByRole('radio').nth(1)).toBeChecked();
});

test('a saved assessment file dropped on the add panel is recognised and opened from there', async ({
  page,
}) => {
  const saved = await savedAssessmentFile(page);

  await page.goto('./?lng=en');
  await page.locator('.add-framework .drop-zone').waitFor();
  await page.evaluate((content) => {
    const zone = document.querySelector('.add-framework .drop-zone') as HTMLElement;
    const data = new DataTransfer();
    data.items.add(new File([content], 'my-assessments.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, saved);
  await expect(
    page.getByText(text('en', 'library:add.isAssessment', { file: 'my-assessments.json' })),
  ).toBeVisible();
  await page.getByRole('button', { name: text('en', 'library:add.openAssessment') }).click();
  await expect(page.getByRole('heading', { name: text('en', 'assessments:importHeading') })).toBeVisible();
});
