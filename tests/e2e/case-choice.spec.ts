// Choosing what to rate in a large real CASE package (Common Core mathematics, 703 items): the
// clusters of grade 7 chosen as the statements in the add panel, with a live count; rated; then
// a newer package (one cluster removed, one reworded) added: the same choice is made for it, the
// changes are listed before anything is replaced, and every answer is found on the same statement. And a
// file of another kind handed to "Open a saved file" is said for what it is and sent where it opens.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { savedAssessmentFile, text } from './helpers.ts';

type Item = { identifier: string; fullStatement: string; humanCodingScheme?: string };
type Pkg = { CFDocument: Record<string, unknown>; CFItems: Item[] };
const original = readFileSync('tests/fixtures/case-real/common-core-math.json', 'utf8');
const shots = process.env.SHOTS_DIR;

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
    return Object.keys(all[0]?.answers ?? {}).sort();
  });

/** Clusters of grade 7 only, in the add panel's choice; waits until the framework is made with it. */
async function chooseGrade7Clusters(page: Page, statements: number) {
  const choices = page.getByRole('region', { name: text('en', 'caseChoice:heading') });
  const types = choices.getByRole('group', { name: text('en', 'caseChoice:types') });
  const grades = choices.getByRole('group', { name: text('en', 'caseChoice:grades') });
  const count = choices.getByRole('status');
  await types.getByRole('checkbox', { name: /^Standard \(/ }).uncheck();
  await types.getByRole('checkbox', { name: /^Component \(/ }).uncheck();
  await types.getByRole('checkbox', { name: /^Cluster \(/ }).check();
  await grades.getByRole('button', { name: text('en', 'caseChoice:clear') }).click();
  await expect(count).toHaveText(text('en', 'caseChoice:nothing'));
  await grades.getByRole('checkbox', { name: /^07 \(/ }).check();
  await expectMade(page, statements);
}

/** The count of grade 7's clusters, and the framework made with them (in the worker): the summary says so. */
async function expectMade(page: Page, statements: number) {
  const count = page.getByRole('region', { name: text('en', 'caseChoice:heading') }).getByRole('status');
  const gives = text('en', 'caseChoice:count', {
    sections: text('en', 'caseChoice:sections', { count: 5 }),
    groups: text('en', 'caseChoice:groups', { count: 5 }),
    statements: text('en', 'caseChoice:statements', { count: statements }),
  });
  await expect(count).toContainText(gives, { timeout: 20_000 });
  await expect(count).not.toContainText(text('en', 'caseChoice:applying'), { timeout: 20_000 });
  await expect(page.locator('.add-framework .notice').first()).toContainText(`${statements} statements`);
}

test('a large real package: clusters of grade 7 chosen, rated, updated; every answer stays on its statement', async ({
  page,
}) => {
  test.slow(); // the 703-item package is read twice and made again with the choice each time
  await page.goto('./?lng=en');
  await add(page, 'common-core-math.json', original);
  const choices = page.getByRole('region', { name: text('en', 'caseChoice:heading') });
  // The default is what the import gives without a choice: the leaves (standards and components).
  await expect(choices.getByRole('status')).toContainText('17 sections, 194 groups and 474 statements', {
    timeout: 20_000,
  });
  await chooseGrade7Clusters(page, 9);
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  const card = page.getByRole('article', { name: 'Common Core State Standards for Mathematics' });
  await expect(card).toContainText('9 statements');

  await card.getByRole('link', { name: /^Start an assessment/ }).click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  const statements = page.locator('.statement');
  await statements.nth(0).getByRole('radio').nth(3).click();
  await statements.nth(1).getByRole('radio').nth(1).click();
  await expect.poll(() => answers(page)).toHaveLength(2);
  const rated = await answers(page);
  const questionnaire = page.url();

  // The newer package: a cluster not rated removed, another reworded, a later date.
  const pkg = JSON.parse(original) as Pkg;
  const removed = 'CCSS.Math.Content.7.SP.C';
  const reworded = 'CCSS.Math.Content.7.NS.A';
  expect(rated).not.toContain(removed);
  expect(rated).not.toContain(reworded);
  pkg.CFItems = pkg.CFItems.filter((i) => i.humanCodingScheme !== removed);
  const item = pkg.CFItems.find((i) => i.humanCodingScheme === reworded);
  if (item) item.fullStatement = 'Reworded in the newer version.';
  pkg.CFDocument.lastChangeDateTime = '2024-05-01T00:00:00';
  await page.goto('./?lng=en');
  await add(page, 'common-core-math-2024.json', JSON.stringify(pkg));
  // Chosen as the version in the library was: its statements (one removed), with nothing to do.
  await expect(page.getByText(/^Chosen as when you added version/)).toBeVisible({ timeout: 20_000 });
  await expectMade(page, 8);
  // Before anything is replaced: what changed, for the answers kept by statement.
  await expect(page.getByText(text('en', 'library:add.changed', { count: 1 }))).toBeVisible();
  await expect(page.getByText(text('en', 'library:add.gone', { count: 1 }))).toBeVisible();
  await page.getByRole('button', { name: /^Replace with version/ }).click();
  await expect(
    page.getByRole('article', { name: 'Common Core State Standards for Mathematics' }),
  ).toContainText('8 statements');

  await page.goto(questionnaire);
  await expect(page.locator('.statement').first()).toBeVisible();
  expect(await answers(page)).toEqual(rated);
  await expect(page.locator('.statement').nth(0).getByRole('radio').nth(3)).toBeChecked();
  await expect(page.locator('.statement').nth(1).getByRole('radio').nth(1)).toBeChecked();
});

test('the count follows a change at once on the 3.4 MB package (time from a click to the new count)', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await add(
    page,
    'smarter-balanced-math.json',
    readFileSync('tests/fixtures/case-real/smarter-balanced-math.json', 'utf8'),
  );
  test.slow(); // a 3.4 MB package, read in the worker on a shared machine
  const choices = page.getByRole('region', { name: text('en', 'caseChoice:heading') });
  await expect(choices.getByRole('status')).toContainText('420 statements', { timeout: 20_000 });
  const times: number[] = [];
  // Each of these grades has items of its own, so each click changes the count.
  for (const grade of ['03', '04', '05', '06', '07']) {
    // The time from a click to the painted count, measured in the page (no test driver between).
    times.push(
      await page.evaluate(
        (name) =>
          new Promise<number>((done) => {
            const status = document.querySelector('.case-choices [role="status"]');
            const box = [...document.querySelectorAll('.case-choices label')].find((l) =>
              l.textContent?.startsWith(`${name} (`),
            );
            const old = status?.textContent;
            const started = performance.now();
            box?.querySelector('input')?.click();
            const check = () => {
              if (status?.textContent !== old) requestAnimationFrame(() => done(performance.now() - started));
              else requestAnimationFrame(check);
            };
            check();
          }),
        grade,
      ),
    );
  }
  console.log(`count after a change, 3.4 MB package: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  // The best of five: the cost of a count without the noise of a shared machine (a count made from
  // the package's text, or in the worker, takes far longer: about a second on this package).
  expect(Math.min(...times)).toBeLessThan(100);
});

test('a CASE package under "Open a saved file" is said to be a framework and checked in the library', async ({
  page,
}) => {
  await page.goto('./?lng=en#/assessments');
  await page.getByLabel(text('en', 'assessments:import')).setInputFiles({
    name: 'smart-level.json',
    mimeType: 'application/json',
    buffer: readFileSync('tests/fixtures/case-real/opensalt-smart-level.json'),
  });
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(text('en', 'files:assessments.case', { file: 'smart-level.json' }));
  // Nothing was opened as assessments.
  await expect(page.getByRole('heading', { name: text('en', 'assessments:importHeading') })).toHaveCount(0);
  if (shots) await page.screenshot({ path: `${shots}/other-kind-en-${page.viewportSize()?.width}.png` });
  await notice.getByRole('button', { name: text('en', 'files:open.case') }).click();
  await expect(page.getByText(text('en', 'library:add.caseRead'))).toBeVisible();
  await expect(page.getByRole('article', { name: 'SmartLevel Test' })).toHaveCount(0);
});

test('a saved assessment file under "Open a workshop file" is said to be one and opened with the assessments', async ({
  page,
}) => {
  const saved = await savedAssessmentFile(page);

  await page.goto('./?lng=en#/workshops');
  await page.getByLabel(text('en', 'workshop:open.label')).setInputFiles({
    name: 'my-assessments.json',
    mimeType: 'application/json',
    buffer: Buffer.from(saved),
  });
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    text('en', 'files:workshop.assessment', { file: 'my-assessments.json' }),
  );
  await notice.getByRole('button', { name: text('en', 'files:open.assessment') }).click();
  await expect(page.getByRole('heading', { name: text('en', 'assessments:importHeading') })).toBeVisible();
});

test('a feedback result file under "Open a workshop file" is said to be one and sent to the feedback requests', async ({
  page,
}) => {
  await page.goto('./?lng=en#/workshops');
  await page.getByLabel(text('en', 'workshop:open.label')).setInputFiles({
    name: 'feedback-abc-1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'competency-feedback-result/1' })),
  });
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(text('en', 'files:workshop.feedback', { file: 'feedback-abc-1.json' }));
  await notice.getByRole('button', { name: text('en', 'files:open.feedback') }).click();
  // No request of this device is named in it: the user is taken to their assessments, where requests are made.
  await expect(page).toHaveURL(/#\/assessments$/);
});
