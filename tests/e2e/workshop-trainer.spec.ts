// The trainer's side of a workshop: an exercise created by deep link, five
// participants' codes collected (made here with the app's own domain
// functions, with known ratings), refusals, reload, CSV, the workshop file
// opened on another device, axe, and the pages looked at (screenshots, print).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
// @ts-expect-error: a plain ES module without types
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { localize } from '../../src/domain/framework/localize.ts';
import { statementLabel } from '../../src/domain/framework/statementLabel.ts';
import { type Exercise, layoutOf } from '../../src/domain/workshop/exercise.ts';
import { decodeJoin } from '../../src/domain/workshop/joinLink.ts';
import { encodeResult, groupCode, type Rating } from '../../src/domain/workshop/resultCode.ts';
import { exerciseOver, repoFramework } from '../../src/domain/workshop/workshop.testing.ts';
import { writeWorkshopFile } from '../../src/domain/workshop/workshopFile.ts';
import { expectLevelCounts, text } from './helpers.ts';
import { qrVideo } from './qrVideo.ts';

const fw = repoFramework('samenwerken.yaml');
const SHOTS = process.env.W1_SHOTS ?? 'test-results/workshop-trainer';

/** Participant i's ratings: every statement the same, current CURRENT[i], target TARGET[i]; the second one not applicable. */
const CURRENT = [1, 2, 2, 3, 4];
const TARGET = [3, 3, 4, 4, 4];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
}

/** Creates the exercise by deep link; returns its page URL and the exercise as the join link carries it. */
async function createByDeepLink(page: Page, language = 'en') {
  await page.goto(
    `./?lng=${language}#/workshop/new?framework=samenwerken&sections=informatie-delen,nope&level=basis&lng=fi`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'nope' })).toBeVisible();
  await page.getByLabel(text(language, 'workshop:create.title')).fill('Team day');
  await page.getByRole('button', { name: text(language, 'workshop:create.submit') }).click();
  return { exerciseUrl: page.url(), ...(await joinLinkOf(page, language)) };
}

/** The exercise shown, as its join link carries it. */
async function joinLinkOf(page: Page, language = 'en') {
  const link = page.getByRole('textbox', { name: text(language, 'workshop:handout.joinLink') });
  await expect(link).toHaveValue(/#\/join\?x=/);
  const url = await link.inputValue();
  const payload = await decodeJoin(new URL(url).hash.replace(/^#\/join\?x=/, ''));
  if (!payload) throw new Error('the join link does not decode');
  return { exercise: payload.exercise, joinUrl: url };
}

function codesFor(exercise: Exercise, currents = CURRENT): string[] {
  const layout = layoutOf(fw, exercise);
  return currents.map((current, p) => {
    const ratings: Rating[] = layout.itemIds.map((_, i) =>
      i === 1
        ? { current: null, target: null, notApplicable: true }
        : { current, target: TARGET[p] ?? null, notApplicable: false },
    );
    return encodeResult(exercise, layout, ratings, {}, `PART000${p}`) as string;
  });
}

const participants = (page: Page, count: number, language = 'en') =>
  page.getByText(text(language, 'groupPicture:participants', { count }), { exact: true });

async function paste(page: Page, codes: string, language = 'en') {
  await page.getByLabel(text(language, 'workshop:collect.codes')).fill(codes);
  await page.getByRole('button', { name: text(language, 'workshop:collect.add') }).click();
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

test('a trainer creates an exercise by deep link, collects five results, keeps and moves them', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const { exerciseUrl, exercise } = await createByDeepLink(page);
  // The deep link's lng names the exercise's language; the page stays in English.
  expect(exercise).toMatchObject({
    language: 'fi',
    sections: ['informatie-delen'],
    level: 'basis',
    threshold: 5,
    title: 'Team day',
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();

  const codes = codesFor(exercise);
  // Five participants, each their own browser context (their phone): each hands back a code.
  const handedBack: string[] = [];
  for (const code of codes) {
    const phone = await browser.newContext();
    const p = await phone.newPage();
    await p.goto('./?lng=en#/');
    handedBack.push(groupCode(code));
    await phone.close();
  }
  await paste(page, `${handedBack.slice(0, 2).join('\n')}\n${handedBack.slice(2, 4).join(', ')}`);
  const status = page.locator('.collect-messages');
  await expect(status).toContainText(text('en', 'workshop:collect.added', { number: 4 }));
  await expect(participants(page, 4)).toBeVisible();
  // Below the threshold of 5 no CSV gives one participant's answers a row; the page says why.
  const csvButton = page.getByRole('button', { name: text('en', 'workshop:keep.csv') });
  await expect(page.getByText(text('en', 'workshop:keep.csvTooFew', { count: 5 }))).toBeVisible();
  await expect(csvButton).toHaveCount(0);
  await paste(page, handedBack[4] ?? '');
  await expect(status).toContainText(text('en', 'workshop:collect.added', { number: 5 }));
  await expect(participants(page, 5)).toBeVisible();
  await expect(csvButton).toBeVisible();
  await expect(page.getByText(text('en', 'workshop:keep.csvTooFew', { count: 5 }))).toHaveCount(0);

  // A statement's data table: counts of current and target levels.
  const first = fw.sections.find((s) => s.id === 'informatie-delen')?.groups[0]?.items[0];
  const table = page.getByRole('table', { name: new RegExp(`^${first?.text.en?.slice(0, 20)}`) }).first();
  await expectLevelCounts(table, [0, 1, 2, 1, 1], [0, 0, 0, 2, 3]);

  // A duplicate and a code of another exercise are refused; the count stays 5.
  const other = { ...exercise, id: 'ZZZZZZZZ' };
  const foreign = codesFor(other)[0] as string;
  await paste(page, `${codes[0]}\n${foreign}\nNOT-A-CODE`);
  await expect(status).toContainText(text('en', 'workshop:collect.duplicate'));
  await expect(status).toContainText(
    text('en', 'workshop:collect.refused', {
      number: 2,
      reason: text('en', 'workshop:collect.problems.other-exercise'),
    }),
  );
  await expect(status).toContainText(text('en', 'workshop:collect.problems.not-a-code'));
  await expect(participants(page, 5)).toBeVisible();

  // The exercise and its results survive a reload.
  await page.reload();
  await expect(participants(page, 5)).toBeVisible();
  expect(page.url()).toBe(exerciseUrl);

  // The group CSV: a header and one row per result and statement, each named by id and text, no alias.
  const layout = layoutOf(fw, exercise);
  const section = fw.sections.find((s) => s.id === 'informatie-delen');
  const sectionName = `informatie-delen ${localize(section?.title ?? {}, 'en', fw.sourceLanguage).text}`;
  const named = (n: number) => {
    const group = section?.groups.find((g) => g.items.some((i) => i.id === layout.itemIds[n]));
    const item = group?.items.find((i) => i.id === layout.itemIds[n]);
    return group && item ? statementLabel(item, group, 'en', fw.sourceLanguage, (g, t) => `${g}: ${t}`) : '?';
  };
  const csv = await downloaded(page, text('en', 'workshop:keep.csv'));
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data;
  expect(rows[0]).toEqual([
    'exercise',
    'result id',
    'section',
    'statement id',
    'statement',
    'current',
    'target',
    'not applicable',
  ]);
  expect(rows).toHaveLength(1 + 5 * layout.itemIds.length);
  expect(rows[1]).toEqual([
    exercise.id,
    'PART0000',
    sectionName,
    layout.itemIds[0],
    named(0),
    '1',
    '3',
    'no',
  ]);
  expect(rows[2]).toEqual([exercise.id, 'PART0000', sectionName, layout.itemIds[1], named(1), '', '', 'yes']);
  expect(named(0)).not.toBe('?');

  // The workshop file opens on another device to the same group picture.
  const file = await downloaded(page, text('en', 'workshop:keep.file'));
  expect(JSON.parse(file)).toMatchObject({ format: 'competency-workshop/1', exercise: { id: exercise.id } });
  const other2 = await browser.newContext();
  const laptop = await other2.newPage();
  await laptop.goto('./?lng=en#/workshops');
  await laptop.getByLabel(text('en', 'workshop:open.label')).setInputFiles({
    name: 'team-day.workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(laptop.getByRole('heading', { level: 1, name: 'Team day' })).toBeVisible();
  await expect(participants(laptop, 5)).toBeVisible();
  // A file that is not a workshop file changes nothing and says why.
  await laptop.goto('./?lng=en#/workshops');
  await laptop.getByLabel(text('en', 'workshop:open.label')).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.replace(exercise.id, '<script>')),
  });
  await expect(laptop.getByRole('alert')).toContainText('bad.json');
  await expect(laptop.getByText(text('en', 'workshop:list.participants', { count: 5 }))).toBeVisible();
  await other2.close();
});

test('deleting an exercise can be undone; the copy button copies the join link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { joinUrl } = await createByDeepLink(page);
  await page.getByRole('button', { name: text('en', 'workshop:handout.copy') }).click();
  await expect(page.getByText(text('en', 'workshop:handout.copied'))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(joinUrl);

  await page
    .getByRole('navigation')
    .getByRole('link', { name: text('en', 'common:nav.workshops') })
    .click();
  await page
    .getByRole('button', { name: text('en', 'workshop:list.deleteNamed', { title: 'Team day' }) })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('en', 'workshop:list.confirm') })
    .click();
  await expect(page.getByText(text('en', 'workshop:list.empty'))).toBeVisible();
  await page.getByRole('button', { name: text('en', 'workshop:list.undo') }).click();
  await expect(page.getByRole('link', { name: 'Team day' })).toBeVisible();
});

test('the threshold is at least 3, said in words', async ({ page }) => {
  await page.goto('./?lng=en#/workshops');
  await page.getByLabel(text('en', 'workshop:create.threshold')).fill('2');
  await page.getByRole('button', { name: text('en', 'workshop:create.submit') }).click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'workshop:create.thresholdError', { min: 3 }));
  await expect(page.getByLabel(text('en', 'workshop:create.threshold'))).toBeFocused();
});

for (const language of ['en', 'fi']) {
  test(`axe finds nothing on the Workshops page and the exercise page in ${language}`, async ({ page }) => {
    test.setTimeout(90_000);
    const { exercise } = await createByDeepLink(page, language);
    await paste(page, codesFor(exercise).join('\n'), language);
    await expect(participants(page, 5, language)).toBeVisible();
    expect(await violations(page), 'exercise page').toEqual([]);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: text(language, 'common:nav.workshops') })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: text(language, 'workshop:heading') }),
    ).toBeVisible();
    expect(await violations(page), 'workshops page').toEqual([]);
  });
}

async function shoot(browser: Browser, language: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const { exercise } = await createByDeepLink(page, language);
  await paste(page, codesFor(exercise).join('\n'), language);
  await expect(participants(page, 5, language)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exercise-${language}-${width}.png`, fullPage: true });
  if (width === 1280 && language === 'en') {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/handout-print.png`, fullPage: true });
    await page.pdf({ path: `${SHOTS}/handout.pdf`, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  }
  await page.goto(`./?lng=${language}#/workshops`);
  await page.screenshot({ path: `${SHOTS}/workshops-${language}-${width}.png`, fullPage: true });
  await context.close();
}

test('screenshots: the pages at 1280 and 360 px in English and Swedish, and the printed handout', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const language of ['en', 'sv']) for (const width of [1280, 360]) await shoot(browser, language, width);
  // The handout is one A4 page.
  expect(readFileSync(`${SHOTS}/handout.pdf`).toString('latin1')).toMatch(/\/Count 1\b/);
});

test('running it again shows the two runs before and after: a statement’s counts and median in each', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const { exercise } = await createByDeepLink(page);
  await paste(page, codesFor(exercise).join('\n'));
  await page.getByRole('button', { name: text('en', 'workshop:keep.again') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team day (again)' })).toBeVisible();
  await expect(participants(page, 0)).toBeVisible();
  await expect(
    page.getByRole('link', { name: text('en', 'workshop:picture.previous', { title: 'Team day' }) }),
  ).toBeVisible();
  // The second run: every participant one level up (the fifth stays at 4).
  const again = (await joinLinkOf(page)).exercise;
  expect(again.id).not.toBe(exercise.id);
  await paste(page, codesFor(again, [2, 3, 3, 4, 4]).join('\n'));
  const region = page.getByRole('region', { name: text('en', 'groupPicture:beforeAfter.heading') });
  await expect(
    region.getByText(`${text('en', 'groupPicture:beforeAfter.before')}: 5 participants`),
  ).toBeVisible();
  await expect(
    region.getByText(`${text('en', 'groupPicture:beforeAfter.after')}: 5 participants`),
  ).toBeVisible();
  // The first statement: current levels 1, 2, 2, 3, 4 before and 2, 3, 3, 4, 4 after (counts for 0 to 4).
  const first = region.getByRole('table').first();
  await expect(first.getByRole('row', { name: /^Before/ }).getByRole('cell')).toHaveText([
    '0',
    '1',
    '2',
    '1',
    '1',
  ]);
  await expect(first.getByRole('row', { name: /^After/ }).getByRole('cell')).toHaveText([
    '0',
    '0',
    '1',
    '2',
    '2',
  ]);
  await expect(
    region
      .getByText(text('en', 'groupPicture:beforeAfter.median', { before: 2, after: 3, change: '+1' }))
      .first(),
  ).toBeVisible();
});

test('a result scanned with the camera is added to the exercise', async ({ baseURL }) => {
  test.setTimeout(60_000);
  const exercise = exerciseOver(
    fw,
    { sections: ['informatie-delen'], level: 'basis', title: 'Camera day' },
    Date.UTC(2026, 0, 5),
  );
  const [code] = codesFor(exercise);
  const video = join(mkdtempSync(join(tmpdir(), 'w1-camera-')), 'qr.y4m');
  writeFileSync(video, qrVideo(code as string));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({ baseURL: baseURL ?? '', permissions: ['camera'] });
  const page = await context.newPage();
  await page.goto('./?lng=en#/workshops');
  await page.getByLabel(text('en', 'workshop:open.label')).setInputFiles({
    name: 'camera-day.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeWorkshopFile(exercise, [])),
  });
  await expect(participants(page, 0)).toBeVisible();
  await page.getByRole('button', { name: text('en', 'workshop:collect.scan') }).click();
  await expect(page.locator('.collect-messages')).toContainText(
    text('en', 'workshop:collect.added', { number: 1 }),
    {
      timeout: 20_000,
    },
  );
  await expect(participants(page, 1)).toBeVisible();
  await browser.close();
});
