// Issue 17: results and the questionnaire's edges read right, on a phone, on
// paper, in dark mode and in every language.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { startAssessment, text } from './helpers.ts';

interface Fw {
  sections: { id: string; groups: { items: { id: string }[] }[] }[];
}
const guidance = parse(readFileSync('frameworks/guidance-competences.yaml', 'utf8')) as Fw;
const itemIds = (fw: Fw, section?: string) =>
  fw.sections
    .filter((s) => !section || s.id === section)
    .flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));

type Rating = { current: number | null; target: number | null; notApplicable?: boolean; note?: string };

/** Writes answers into the stored assessment open in the page (by the id in its URL), then reloads. */
async function seedAnswers(page: Page, answers: Record<string, Rating>) {
  const id = decodeURIComponent(/#\/assess\/([^?]+)/.exec(page.url())?.[1] ?? '');
  await page.evaluate(
    ({ id, answers }) => {
      const stored = JSON.parse(localStorage.getItem('csa.assessments') ?? '{}');
      const a = stored.state.assessments[id];
      for (const [itemId, r] of Object.entries(answers))
        a.answers[itemId] = { notApplicable: false, note: '', updatedAt: Date.now(), ...r };
      a.updatedAt = Date.now();
      localStorage.setItem('csa.assessments', JSON.stringify(stored));
    },
    { id, answers },
  );
  return id;
}

/** Both sections of the guidance framework rated (C3.1 a gap of 2, B3.3 of 1), one statement not applicable, one 0 of 0. */
async function ratedGuidance(page: Page, language: string) {
  await startAssessment(page, 'framework=guidance-competences', language);
  const answers: Record<string, Rating> = {};
  for (const id of itemIds(guidance, 'C3.1')) answers[id] = { current: 1, target: 3 };
  for (const id of itemIds(guidance, 'B3.3')) answers[id] = { current: 3, target: 4 };
  answers['B3.3-k1'] = { current: 0, target: 0 };
  answers['B3.3-k2'] = { current: 3, target: 3, note: 'Done this for years' };
  answers['B3.3-k3'] = { current: null, target: null, notApplicable: true };
  const id = await seedAnswers(page, answers);
  await page.goto(`./?lng=${language}#/results/${id}`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return id;
}

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

for (const width of [320, 360]) {
  test(`at ${width} px no page scrolls sideways (results in Finnish)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('./?lng=fi#/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await noSidewaysScroll(page);
    await page.goto('./?lng=fi#/assess/new?framework=samenwerken');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await noSidewaysScroll(page);
    const id = await ratedGuidance(page, 'fi');
    await noSidewaysScroll(page);
    // The statements reflow as cards; the note stays in view.
    const note = page.getByText('Done this for years').first();
    await note.scrollIntoViewIfNeeded();
    await expect(note).toBeInViewport();
    await page.goto(`./?lng=fi#/assess/${id}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await noSidewaysScroll(page);
    await page.goto('./?lng=fi#/assessments');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await noSidewaysScroll(page);
  });
}

test('the charts name every section, the gap is shown, a 0 of 0 is no strength and not applicable is named', async ({
  page,
}) => {
  await ratedGuidance(page, 'en');
  const bySection = page.getByRole('figure', { name: /by section/ }).first();
  const chartText = await bySection.locator('svg').textContent();
  for (const s of guidance.sections) expect(chartText).toContain(s.id);
  // Every step of the 0-4 scale has its tick, written as the whole number it is.
  await expect(bySection.locator('.recharts-xAxis-tick-labels text')).toHaveText(['0', '1', '2', '3', '4']);
  const gaps = page.getByRole('figure', { name: /gap between goal and now/ });
  // Largest first: C3.1 (2.0) before B3.3.
  await expect(gaps.getByRole('row').nth(1)).toContainText('C3.1');
  await expect(gaps.getByRole('row', { name: /C3\.1/ }).getByRole('cell')).toHaveText(['1.0', '3.0', '2.0']);
  await expect(
    page.getByText(/Your mean gap \(goal − now\) is 1\.\d\. It is largest in C3\.1/),
  ).toBeVisible();

  const strengths = page.getByRole('table', { name: 'Strengths' });
  await expect(strengths.getByRole('row')).toHaveCount(2);
  // A single rating is the whole number it is.
  await expect(strengths.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '3',
    '3',
    '0',
    'Done this for years',
  ]);
  const textOf = (id: string) => {
    const section = parse(readFileSync('frameworks/guidance-competences.yaml', 'utf8')) as {
      sections: { groups: { items: { id: string; text: { en: string } }[] }[] }[];
    };
    const item = section.sections.flatMap((s) => s.groups.flatMap((g) => g.items)).find((i) => i.id === id);
    return item?.text.en ?? id;
  };
  await expect(strengths).not.toContainText(textOf('B3.3-k1'));
  const na = page.getByRole('region', { name: text('en', 'results:notApplicable.heading', { count: 1 }) });
  await expect(na).toContainText(textOf('B3.3-k3'));
});

test('the CSV in Finnish opens in columns: semicolons, a byte order mark, section names', async ({
  page,
}) => {
  await ratedGuidance(page, 'fi');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('fi', 'results:exportCsv') }).click();
  const path = await (await download).path();
  const csv = readFileSync(path, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';', newline: '\r\n' });
  expect(rows.errors).toEqual([]);
  expect(rows.data[0]?.[0]).toBe(text('fi', 'results:csv.framework'));
  expect(rows.data).toHaveLength(1 + 38);
  expect(rows.data.every((r) => r.length === 10)).toBe(true);
  const c31 = rows.data.find((r) => r[3] === 'C3.1-k1');
  expect(c31?.slice(1, 3)).toEqual(['C3.1 Moniammatillinen verkostoyhteistyö', expect.stringMatching(/\w/)]);
  expect(c31?.slice(5, 8)).toEqual(['1', '3', '2']);
});

test('screenshots: results at 360 px in Finnish, printed, dark mode, desktop English', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await ratedGuidance(page, 'fi');
  await page.screenshot({ path: 'test-results/h17/results-fi-360.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/h17/results-fi-360-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: 'test-results/h17/results-fi-print.png', fullPage: true });
  await page.pdf({ path: 'test-results/h17/results-fi.pdf', format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(page.url().replace('lng=fi', 'lng=en'));
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: 'test-results/h17/results-en-1280.png', fullPage: true });
});

test('a start that would include no statement is refused with the reason, and nothing is created', async ({
  page,
}) => {
  // Samenwerken, basic variant, only its second part: no statement at that level.
  await page.goto('./?lng=en#/assess/new?framework=samenwerken&sections=afspraken-maken&level=basis');
  await expect(page.getByText(text('en', 'start:total', { count: 0 }))).toBeVisible();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'start:noStatements'));
  await expect(page).toHaveURL(/#\/assess\/new/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('csa.assessments') ?? '{}'));
  expect(Object.keys(stored.state?.assessments ?? {})).toEqual([]);
});

test('an exercise that would include no statement is refused with the reason, and nothing is created', async ({
  page,
}) => {
  await page.goto('./?lng=en#/workshop/new?framework=samenwerken&sections=afspraken-maken&level=basis');
  await page.getByRole('button', { name: text('en', 'workshop:create.submit') }).click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'workshop:create.noStatements'));
  await expect(page).toHaveURL(/#\/workshop/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('csa.assessments') ?? '{}'));
  expect(Object.keys(stored.state?.exercises ?? {})).toEqual([]);
});
