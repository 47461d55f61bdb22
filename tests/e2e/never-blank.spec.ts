// Issue 13, case 7: dates and links that cannot be read, and a page that
// breaks, give a message with the header still there and a way to keep the
// data, never a blank page.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';

// A page load must not be served by a service worker: the last test blocks a chunk.
test.use({ serviceWorkers: 'block' });

const KEY = 'csa.assessments';
/** Past what Intl can format (±8.64e15 ms), yet non-negative integers the schema accepts. */
const BEYOND = 8.64e15 + 1;
const LARGEST = Number.MAX_SAFE_INTEGER;

function assessment(
  id: string,
  title: string,
  times: { createdAt: number; updatedAt: number; completedAt: number | null },
) {
  return {
    id,
    frameworkId: 'samenwerken',
    frameworkVersion: '1',
    title,
    subjectName: '',
    sections: [],
    level: null,
    answers: {},
    metaUpdatedAt: times.createdAt,
    previousId: null,
    ...times,
  };
}

/**
 * The stored form (src/domain/assessment/persisted.ts), in one place: adapt
 * here when the storage format changes.
 */
function storedText(assessments: ReturnType<typeof assessment>[]): string {
  return JSON.stringify({
    state: {
      assessments: Object.fromEntries(assessments.map((a) => [a.id, a])),
      deleted: {},
      frameworks: {},
      removedFrameworks: {},
    },
    version: 2,
  });
}

/** Stores `value` under the key before the app's first load in this tab (not again on reload). */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, stored as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, value],
  );
}

/** The header (the app's name and the main navigation) is on the page: it is not blank. */
async function expectHeader(page: Page, language: string) {
  await expect(page.getByRole('link', { name: text(language, 'common:app.name') })).toBeVisible();
  const nav = page.getByRole('navigation', { name: text(language, 'common:nav.main') });
  await expect(nav.getByRole('link', { name: text(language, 'common:nav.assessments') })).toBeVisible();
}

// A time of this size is either shown as unknown, or, where the stored data is
// read with times bounded to what Intl can format, in the year 275760.
const unknownDate = (language: string) => new RegExp(`${text(language, 'errors:unknownDate')}|275760`);

const early = assessment('early', 'Far-future first round', {
  createdAt: BEYOND,
  updatedAt: LARGEST,
  completedAt: LARGEST,
});
const late = assessment('late', 'Far-future second round', {
  createdAt: LARGEST,
  updatedAt: BEYOND,
  completedAt: null,
});

for (const language of ['en', 'fi']) {
  test(`dates beyond what Intl can format show as unknown in the list and the results (${language})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await seed(page, storedText([early, late]));
    await page.goto(`./?lng=${language}#/assessments`);
    await expect(
      page.getByRole('heading', { level: 1, name: text(language, 'assessments:heading') }),
    ).toBeVisible();
    await expectHeader(page, language);
    for (const a of [early, late]) {
      const row = page.getByRole('listitem', { name: a.title });
      await expect(row.getByRole('link', { name: a.title, exact: true })).toBeVisible();
      await expect(row).toContainText(text(language, 'assessments:updated'));
      await expect(row).toContainText(unknownDate(language));
    }

    await page.goto(`./?lng=${language}#/results/late?compare=early`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(late.title) })).toBeVisible();
    await expectHeader(page, language);
    await expect(page.locator('.report-header')).toContainText(unknownDate(language));
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(early.title) })).toContainText(
      unknownDate(language),
    );
    expect(errors).toEqual([]);
  });
}

for (const hash of ['#/assess/%E0%A4%A', '#/results/%', '#/framework/%zz?lng=sv']) {
  test(`a link with a malformed percent-escape (${hash}) says it cannot be read, under the header`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./?lng=en${hash}`);
    await expect(
      page.getByRole('heading', { level: 1, name: text('en', 'errors:link.heading') }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(hash);
    await expectHeader(page, 'en');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('link', { name: text('en', 'errors:page.library') }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a page that cannot load shows the error with the header, and downloads the stored text byte for byte', async ({
  page,
}) => {
  // Stored data the app cannot read at all, beside data it can: both must come back as stored.
  const spring = Date.UTC(2025, 3, 1);
  const round = assessment('spring', 'Spring round', {
    createdAt: spring,
    updatedAt: spring,
    completedAt: null,
  });
  await seed(page, storedText([round]));
  await page.addInitScript(() => {
    if (!localStorage.getItem('csa.other')) localStorage.setItem('csa.other', '{"broken": \u2028 \uD800');
  });
  // The results page's code does not arrive (a deploy replaced it, the network dropped).
  await page.route(/ResultsPage-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./?lng=en#/assessments');
  await page
    .getByRole('link', { name: text('en', 'assessments:resultsNamed', { title: round.title }) })
    .click();

  const alert = page.getByRole('alert').filter({ hasText: text('en', 'errors:page.heading') });
  const heading = alert.getByRole('heading', { level: 1, name: text('en', 'errors:page.heading') });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expectHeader(page, 'en');
  await expect(page.getByRole('link', { name: text('en', 'errors:page.assessments') })).toBeVisible();
  await expect(page.getByRole('button', { name: text('en', 'errors:page.retry') })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'errors:download') }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^self-assessment-data-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const inBrowser = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('csa.'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
  // Byte for byte what the browser holds (the app may have rewritten its own key on load).
  expect(file.keys).toEqual(inBrowser);
  expect(Object.keys(file.keys)).toContain(KEY);
  expect(file.keys['csa.other']).toBe('{"broken": \u2028 \uD800');

  // Another route renders again: the list of assessments is back.
  await page.getByRole('link', { name: text('en', 'errors:page.assessments') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: text('en', 'assessments:heading') }),
  ).toBeVisible();
});
