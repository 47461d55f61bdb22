import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { choose, startAssessment, text } from './helpers.ts';

const KNOWLEDGE = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'].map((k) => `C3.1-${k}`);
const SKILLS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'].map((s) => `C3.1-${s}`);

/** Knowledge: now 1, goal 3. Skills: now 2, goal 4. So C3.1: now 25/16 = 1.6, goal 57/16 = 3.6. */
async function rateC31(page: Page) {
  for (const id of KNOWLEDGE) {
    await choose(page, id, 'current', 1);
    await choose(page, id, 'target', 3);
  }
  for (const id of SKILLS) {
    await choose(page, id, 'current', 2);
    await choose(page, id, 'target', 4);
  }
}

/** Starts C3.1, rates it with the known values and opens the results. */
async function rateC31AndOpenResults(page: Page, language: string) {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1', language);
  await rateC31(page);
  await page
    .getByRole('link', { name: text(language, 'questionnaire:results') })
    .first()
    .click();
}

test('results of C3.1 rated with known values: the sentence, the table and the chart show the expected means', async ({
  page,
}) => {
  await rateC31AndOpenResults(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: /^Results:/ })).toBeVisible();
  await expect(
    page.getByText('You rated 16 of 16 statements. On average you are at 1.6 now and want to be at 3.6.'),
  ).toBeVisible();

  const bySection = page.getByRole('figure', { name: /by section/ });
  const row = bySection.getByRole('row', { name: /C3\.1 Multiprofessional networking/ });
  // Now, goal and the mean gap between them.
  await expect(row.getByRole('cell')).toHaveText(['1.6', '3.6', '2.0']);
  // The chart draws the same figures: two bars labelled with the means.
  await expect(bySection.locator('svg .recharts-label-list text')).toHaveText(['1.6', '3.6']);

  const byKind = page.getByRole('figure', { name: /Knowledge and skills/ });
  await expect(byKind.getByRole('row', { name: /Knowledge/ }).getByRole('cell')).toHaveText([
    '1.0',
    '3.0',
    '2.0',
  ]);
  await expect(byKind.getByRole('row', { name: /Skills/ }).getByRole('cell')).toHaveText([
    '2.0',
    '4.0',
    '2.0',
  ]);

  const gaps = page.getByRole('table', { name: /Development areas/ });
  await expect(gaps.getByRole('row')).toHaveCount(17);
  await page.getByLabel(text('en', 'results:gaps.filterKind')).selectOption('skill');
  await expect(gaps.getByRole('row')).toHaveCount(10);
});

test('numbers are written the way the UI language writes them', async ({ page }) => {
  await rateC31AndOpenResults(page, 'sv');
  const row = page.getByRole('figure').first().getByRole('row', { name: /C3\.1/ });
  await expect(row.getByRole('cell')).toHaveText(['1,6', '3,6', '2,0']);
});

test('compare with an earlier assessment made with "rate again"', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rateC31(page);
  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('button', { name: /^Rate again/ }).click();
  for (const id of [...KNOWLEDGE, ...SKILLS]) await choose(page, id, 'current', 3);
  await page
    .getByRole('link', { name: text('en', 'questionnaire:results') })
    .first()
    .click();
  await page.getByLabel(text('en', 'results:compareWith')).selectOption({ index: 1 });
  const bySection = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Change' }) })
    .first();
  await expect(bySection.getByRole('row', { name: /C3\.1/ }).getByRole('cell')).toHaveText([
    '1.6',
    '3.0',
    '+1.4',
  ]);
});

test('the report prints without navigation, and the data leaves as JSON and CSV files', async ({ page }) => {
  await rateC31AndOpenResults(page, 'en');
  await expect(page.getByRole('button', { name: text('en', 'results:print') })).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'results:exportCsv') }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(
    csvText.startsWith(
      '\uFEFFFramework,Section,Group,Statement id,Statement,Now,Goal,Gap,Not applicable,Note',
    ),
  ).toBe(true);
  expect(csvText.trim().split('\r\n')).toHaveLength(17);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'results:exportJson') }).click(),
  ]);
  const file = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(file).toMatchObject({
    format: 'competency-assessment/1',
    frameworks: [{ id: 'guidance-competences', version: '2' }],
  });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: text('en', 'common:nav.main') })).toBeHidden();
  await expect(page.getByRole('button', { name: text('en', 'results:print') })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a saved file moves assessments to another browser; a crafted file changes nothing', async ({
  page,
  browser,
}) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rateC31(page);
  await page.getByRole('link', { name: 'My assessments' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'assessments:exportAll') }).click(),
  ]);
  const saved = await download.path();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('./?lng=en#/assessments');
  const bad = {
    format: 'competency-assessment/1',
    assessments: [
      {
        id: 'x',
        frameworkId: 'guidance-competences',
        frameworkVersion: '1',
        title: 'y'.repeat(600),
        createdAt: 'yesterday',
        updatedAt: 1,
        answers: { 'Z9-unknown': { current: 1 } },
      },
    ],
  };
  await fresh.getByLabel(text('en', 'assessments:import')).setInputFiles({
    name: 'crafted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad, null, 2)),
  });
  const alert = fresh.getByRole('alert');
  await expect(alert).toContainText('The file “crafted.json” could not be used. Nothing was changed.');
  await expect(alert).toContainText('is 600 characters long; at most 500 are allowed');
  await expect(alert).toContainText('expected a number, found a text');
  await expect(fresh.getByText(text('en', 'assessments:empty'))).toBeVisible();

  await fresh.getByLabel(text('en', 'assessments:import')).setInputFiles(saved);
  await expect(fresh.getByRole('heading', { name: text('en', 'assessments:importHeading') })).toBeVisible();
  await fresh.getByRole('button', { name: text('en', 'assessments:importConfirm') }).click();
  await expect(fresh.getByText('1 assessment added.')).toBeVisible();
  await fresh.getByRole('link', { name: /^Results of/ }).click();
  await expect(fresh.getByText(/On average you are at 1\.6 now and want to be at 3\.6/)).toBeVisible();

  // The same file again: the app asks before replacing; keeping both adds a copy.
  await fresh.goto('./?lng=en#/assessments');
  await fresh.getByLabel(text('en', 'assessments:import')).setInputFiles(saved);
  await expect(fresh.getByText(text('en', 'assessments:importConflict'))).toBeVisible();
  await expect(fresh.getByRole('radio', { name: text('en', 'assessments:keepBoth') })).toBeChecked();
  await fresh.getByRole('button', { name: text('en', 'assessments:importConfirm') }).click();
  await expect(fresh.getByText('2 assessments')).toBeVisible();
  await other.close();
});
