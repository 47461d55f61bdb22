// A file dropped anywhere on the page (not on a drop zone) is recognised by what it holds
// and sent to the page that opens it, with a line saying what it is.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';

const example = readFileSync('public/example-framework.yaml', 'utf8');

/** Drops a file on the page's first heading, as a user drags one from the desktop. */
async function dropOnPage(page: Page, name: string, content: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(
    ([name, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content as string], name as string));
      const target = document.querySelector('h1') as HTMLElement;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, content],
  );
}

test('a framework dropped on the assessments page is checked in the add panel', async ({ page }) => {
  await page.goto('./?lng=en#/assessments');
  await dropOnPage(page, 'example-framework.yaml', example);
  await expect(
    page.getByRole('status').filter({
      hasText: text('en', 'common:dropped.framework', { file: 'example-framework.yaml' }),
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText(text('en', 'library:add.valid'))).toBeVisible();
  await expect(page.getByRole('button', { name: text('en', 'library:add.confirm') })).toBeVisible();
});

test('a saved assessment file dropped on the library is opened with the assessments (Finnish)', async ({
  page,
}) => {
  await page.goto('./?lng=fi');
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: new RegExp(`^${text('fi', 'library:start')}`) })
    .click();
  await page.getByRole('button', { name: text('fi', 'start:submit') }).click();
  await page.locator('.statement').first().getByRole('radio').nth(2).click();
  await page.goto('./?lng=fi#/assessments');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('fi', 'assessments:exportAll') }).click();
  const saved = readFileSync((await (await download).path()) ?? '', 'utf8');

  await page.goto('./?lng=fi#/');
  await page.getByRole('heading', { level: 1, name: text('fi', 'library:heading') }).waitFor();
  await dropOnPage(page, 'arvioinnit.json', saved);
  await expect(
    page.getByText(text('fi', 'common:dropped.assessment', { file: 'arvioinnit.json' })),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/assessments$/);
  await expect(page.getByRole('heading', { name: text('fi', 'assessments:importHeading') })).toBeVisible();

  // Dropped again while the assessments page is shown: opened there, without moving.
  await dropOnPage(page, 'toinen.json', saved);
  await expect(
    page.getByText(text('fi', 'common:dropped.assessment', { file: 'toinen.json' })),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: text('fi', 'assessments:importHeading') })).toBeVisible();
});

test('a result file away from its workshop, and a file the app does not open, are named and left', async ({
  page,
}) => {
  await page.goto('./?lng=en#/assessments');
  await dropOnPage(page, 'result-x.json', '{"format":"competency-workshop-result/1","code":"ABCD-EFGH"}');
  await expect(
    page.getByText(text('en', 'common:dropped.resultElsewhere', { file: 'result-x.json' })),
  ).toBeVisible();
  await dropOnPage(page, 'holiday.png', '\u0089PNG not a framework');
  await expect(page.getByText(text('en', 'common:dropped.unknown', { file: 'holiday.png' }))).toBeVisible();
  await expect(page).toHaveURL(/#\/assessments$/);
  // A workshop file goes to the workshops page, where it is opened (this one is refused there, in words).
  await dropOnPage(page, 'w.json', '{"format":"competency-workshop/1","exercise":{},"results":[]}');
  await expect(page).toHaveURL(/#\/workshops$/);
  await expect(page.getByRole('alert')).toContainText('w.json');
});

test('a result file is added on its workshop’s page, also when dropped elsewhere', async ({ page }) => {
  const seeded = JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['tests/e2e/seedWorkshop.ts', '1'], { encoding: 'utf8' }),
  ) as { exerciseId: string; stored: string };
  const stored = JSON.parse(seeded.stored) as {
    state: { workshopResults: Record<string, { code: string }> };
  };
  const code = Object.values(stored.state.workshopResults)[0]?.code ?? '';
  await page.addInitScript((value) => {
    if (!localStorage.getItem('csa.assessments')) localStorage.setItem('csa.assessments', value);
  }, seeded.stored);
  const resultFile = JSON.stringify({ format: 'competency-workshop-result/1', code });
  const name = `result-${seeded.exerciseId.toLowerCase()}-r0000000.json`;
  const added = text('en', 'workshop:collect.fromFile', {
    file: name,
    message: text('en', 'workshop:collect.duplicate'),
  });

  await page.goto(`./?lng=en#/workshop/${seeded.exerciseId}`);
  await dropOnPage(page, name, resultFile);
  await expect(page.getByText(added)).toBeVisible();

  await page.goto('./?lng=en#/assessments');
  await page.getByRole('heading', { name: text('en', 'assessments:heading') }).waitFor();
  await dropOnPage(page, name, resultFile);
  await expect(page).toHaveURL(new RegExp(`#/workshop/${seeded.exerciseId}$`));
  await expect(page.getByText(text('en', 'common:dropped.result', { file: name }))).toBeVisible();
  await expect(page.getByText(added)).toBeVisible();
});
