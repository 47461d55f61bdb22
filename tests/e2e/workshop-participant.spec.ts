// A workshop's participant: joins by the trainer's link, rates, and hands back
// a result code (field, QR code, file) that reads back to exactly those ratings.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadFramework } from '../../src/domain/framework/loader.ts';
import type { Framework } from '../../src/domain/framework/schema.ts';
import { createExercise, type Exercise, layoutOf } from '../../src/domain/workshop/exercise.ts';
import { encodeJoin } from '../../src/domain/workshop/joinLink.ts';
import { decodeResult } from '../../src/domain/workshop/resultCode.ts';
import { RESULT_FILE_FORMAT, readResultFile } from '../../src/domain/workshop/resultFile.ts';
import { text } from './helpers.ts';

function framework(path: string): Framework {
  const loaded = loadFramework(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(path);
  return loaded.framework;
}
const guidance = framework('frameworks/guidance-competences.yaml');

const exerciseOf = (fw: Framework, patch: Partial<Exercise> = {}): Exercise => ({
  ...createExercise(
    {
      frameworkId: fw.id,
      frameworkVersion: fw.version,
      sections: ['C3.1'],
      level: null,
      language: 'en',
      title: 'Networking, morning session',
      instructions: 'Rate where you are now and where you want to be.',
    },
    Date.now(),
  ),
  ...patch,
});

async function joinUrl(exercise: Exercise, frameworkText: string | null = null, lng = 'en') {
  const { param } = await encodeJoin(exercise, frameworkText);
  return `./?lng=${lng}#/join?x=${param}`;
}

/** Ratings of the first four statements: the third one not applicable. */
const KNOWN = [{ current: 0, target: 1 }, { current: 1, target: 2 }, null, { current: 3, target: 4 }];
async function rateKnown(page: Page, itemIds: readonly string[], lng = 'en') {
  for (const [i, rating] of KNOWN.entries()) {
    const id = itemIds[i] ?? '';
    const row = page.locator('.statement').nth(i);
    if (rating === null) {
      await row.getByRole('checkbox', { name: text(lng, 'questionnaire:notApplicable') }).check();
      continue;
    }
    await page.locator(`input[name="${id}-current"][value="${rating.current}"]`).check();
    await page.locator(`input[name="${id}-target"][value="${rating.target}"]`).check();
  }
}

async function resultCode(page: Page): Promise<string> {
  const field = page.getByRole('textbox', { name: /Result code/ });
  await expect(field).toHaveAttribute('readonly', '');
  return field.inputValue();
}

test('a participant joins by link, rates, and the result code reads back to exactly those ratings', async ({
  page,
}) => {
  const exercise = exerciseOf(guidance);
  const layout = layoutOf(guidance, exercise);
  await page.goto(await joinUrl(exercise));
  await expect(page.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
  await expect(page.getByText(exercise.instructions)).toBeVisible();
  await expect(page.getByText(text('en', 'join:privacy'))).toBeVisible();
  await expect(page.getByText(text('en', 'join:statements', { count: 16 }))).toBeVisible();
  await page.getByLabel(text('en', 'join:alias')).fill('Kim, table 3');
  await page.getByRole('button', { name: text('en', 'join:start') }).click();
  await expect(page.getByText('Kim, table 3')).toBeVisible();
  await rateKnown(page, layout.itemIds);
  await expect(
    page.getByText(text('en', 'questionnaire:overallProgress', { rated: 4, total: 16 })),
  ).toBeVisible();

  await page.getByRole('link', { name: `${text('en', 'questionnaire:summary')} →` }).click();
  await expect(page.getByText(text('en', 'join:handBack.unrated', { count: 12 }))).toBeVisible();
  const code = await resultCode(page);
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  const back = decodeResult(code, exercise, layout);
  expect(back.ok).toBe(true);
  if (!back.ok) return;
  const none = { current: null, target: null, notApplicable: false };
  expect(back.result.ratings).toEqual([
    { current: 0, target: 1, notApplicable: false },
    { current: 1, target: 2, notApplicable: false },
    { current: null, target: null, notApplicable: true },
    { current: 3, target: 4, notApplicable: false },
    ...Array(12).fill(none),
  ]);
  // The QR code holds the code without dashes, in a small version (21 + 4 per version modules, plus border).
  const qr = page.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  const svg = decodeURIComponent((await qr.getAttribute('src'))?.replace('data:image/svg+xml,', '') ?? '');
  const size = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
  expect((size - 8 - 17) / 4).toBeLessThanOrEqual(4);

  // The result file holds the same code.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('en', 'join:handBack.download') }).click();
  const file = await download;
  const fileText = readFileSync((await file.path()) ?? '', 'utf8');
  expect(JSON.parse(fileText).format).toBe(RESULT_FILE_FORMAT);
  expect(readResultFile(fileText)).toEqual({ ok: true, code: code.replace(/-/g, '') });

  // A changed answer changes the code, under the same result id.
  await page.goto(page.url().replace(/\?section=.*$/, ''));
  await page.locator(`input[name="${layout.itemIds[4]}-current"][value="2"]`).check();
  await page
    .getByRole('link', { name: text('en', 'questionnaire:results') })
    .first()
    .click();
  const later = decodeResult(await resultCode(page), exercise, layout);
  expect(later.ok && later.result.resultId).toBe(back.result.resultId);
  expect(later.ok && later.result.ratings[4]).toEqual({ current: 2, target: null, notApplicable: false });

  // Joining again offers the earlier assessment, and continuing opens it.
  const assessmentUrl = page.url().replace('#/results/', '#/assess/');
  await page.goto(await joinUrl(exercise));
  await expect(page.getByRole('heading', { name: text('en', 'join:earlier.heading') })).toBeVisible();
  await expect(page.getByRole('button', { name: text('en', 'join:startAgain') })).toBeVisible();
  await page.getByRole('link', { name: text('en', 'join:earlier.continue') }).click();
  await expect(page).toHaveURL(assessmentUrl);
  await page.goto('./#/assessments');
  await expect(page.getByRole('heading', { name: exercise.title })).toHaveCount(1);
});

test('an unreadable link says so and offers the library; a missing framework says the trainer hands it out', async ({
  page,
}) => {
  await page.goto('./?lng=fi#/join?x=not-a-link');
  await expect(
    page.getByRole('heading', { level: 1, name: text('fi', 'join:unreadable.heading') }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: text('fi', 'join:unreadable.library') })).toBeVisible();
  const truncated = (await encodeJoin(exerciseOf(guidance), null)).param.slice(0, 40);
  await page.goto(`./?lng=en#/join?x=${truncated}`);
  await expect(page.getByRole('heading', { name: text('en', 'join:unreadable.heading') })).toBeVisible();

  const elsewhere = exerciseOf({ ...guidance, id: 'trainers-own', version: '2' });
  await page.goto(await joinUrl(elsewhere));
  await expect(
    page.getByRole('heading', { name: text('en', 'join:frameworkMissing.heading') }),
  ).toBeVisible();
  await expect(
    page.getByText(text('en', 'join:frameworkMissing.body', { id: 'trainers-own', version: '2' })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: text('en', 'join:frameworkMissing.add') })).toHaveAttribute(
    'href',
    '#/',
  );
});

test('an added framework that travels in the link is checked, added to the library, and rated', async ({
  page,
}) => {
  const yaml = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
  const minimal = framework('tests/fixtures/minimal.yaml');
  const exercise = exerciseOf(minimal, { sections: [], title: '' });
  const { withFramework } = await encodeJoin(exercise, yaml);
  expect(withFramework).toBe(true);
  await page.goto(await joinUrl(exercise, yaml));
  await expect(
    page.getByText(text('en', 'join:frameworkFromLink', { title: 'A minimal framework' })),
  ).toBeVisible();
  await page.getByRole('button', { name: text('en', 'join:start') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop: A minimal framework' })).toBeVisible();
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'A minimal framework' })).toBeVisible();
});

test('a participant who opened the app once joins with the network off', async ({ page, context }) => {
  await page.goto('./?lng=en');
  await expect(page.getByRole('article').first()).toBeVisible();
  const ready = () =>
    page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active !== null && navigator.serviceWorker.controller !== null;
    });
  await ready().catch(async () => {
    await page.reload();
    await ready();
  });
  const exercise = exerciseOf(guidance);
  const url = await joinUrl(exercise);
  await context.setOffline(true);
  try {
    // Later, with no network, the participant opens the trainer's link: a new page load.
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByRole('button', { name: text('en', 'join:start') }).click();
    const layout = layoutOf(guidance, exercise);
    await rateKnown(page, layout.itemIds);
    await page
      .getByRole('link', { name: text('en', 'questionnaire:results') })
      .first()
      .click();
    const back = decodeResult(await resultCode(page), exercise, layout);
    expect(back.ok && back.result.ratings[0]).toEqual({ current: 0, target: 1, notApplicable: false });
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

for (const lng of ['en', 'fi']) {
  test(`axe finds nothing on the join page and the hand-back panel (${lng})`, async ({ page }) => {
    const exercise = exerciseOf(guidance, { notes: true });
    await page.goto(await joinUrl(exercise, null, lng));
    await expect(page.getByRole('button', { name: text(lng, 'join:start') })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: text(lng, 'join:start') }).click();
    // "Your notes are in the code" only once a note is written.
    const first = page.locator('.statement').first();
    await first.locator('.secondary-controls button').click();
    await first.getByRole('textbox', { name: text(lng, 'questionnaire:note') }).fill('A note');
    await page
      .getByRole('link', { name: text(lng, 'questionnaire:results') })
      .first()
      .click();
    await expect(page.getByRole('img', { name: text(lng, 'join:handBack.qr') })).toBeVisible();
    await expect(page.getByText(text(lng, 'join:handBack.notesIncluded'))).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

for (const lng of ['en', 'nl']) {
  test(`at 360 px a participant’s phone shows the join page and the hand-back (${lng})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const exercise = exerciseOf(guidance);
    await page.goto(await joinUrl(exercise, null, lng));
    await expect(page.getByRole('button', { name: text(lng, 'join:start') })).toBeVisible();
    // Nothing in the page's content reaches past the screen's edge.
    const overflow = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main *')].some(
          (e) => e.getBoundingClientRect().right > window.innerWidth + 1,
        ),
      );
    expect(await overflow()).toBe(false);
    await page.screenshot({ path: `test-results/workshop-join-360-${lng}.png`, fullPage: true });
    await page.getByRole('button', { name: text(lng, 'join:start') }).click();
    await rateKnown(page, layoutOf(guidance, exercise).itemIds, lng);
    await page.getByRole('link', { name: `${text(lng, 'questionnaire:summary')} →` }).click();
    await expect(page.getByRole('img', { name: text(lng, 'join:handBack.qr') })).toBeVisible();
    expect(await overflow()).toBe(false);
    await page.getByRole('heading', { name: text(lng, 'join:handBack.heading') }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/workshop-handback-360-${lng}.png`, fullPage: true });
  });
}
