// Issue 18 item 5: a development plan from the largest gaps of C3.1, its
// calendar reminder, printed on one A4 page, kept over a reload, and carried
// into "rate again", whose results show what moved.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { choose, startAssessment, text } from './helpers.ts';

const K1 = 'various parallel perspectives and background factors that are affecting guidance situations';
const K2 = 'different concepts used by different organisations to describe guidance work';
const S1 = 'examine client situations from multiple perspectives';
const K3 = 'guidance as a continuum and a networked service';
const K5 =
  'the responsibilities, resources, competency areas and tasks of different career professionals in local collaborative networks';
const K6 =
  'their role and position in networking at different phases of the guidance process for individuals or groups';

/** Gaps: k1 4, k2 3, s1 3 (a tie, framework order), k5 2, k3 1, k6 1; k4 none. */
async function rateGaps(page: Page) {
  const rows: [string, number, number][] = [
    ['C3.1-k1', 0, 4],
    ['C3.1-k2', 1, 4],
    ['C3.1-k3', 2, 3],
    ['C3.1-k4', 3, 3],
    ['C3.1-k5', 0, 2],
    ['C3.1-k6', 1, 2],
    ['C3.1-s1', 1, 4],
  ];
  for (const [id, now, goal] of rows) {
    await choose(page, id, 'current', now);
    await choose(page, id, 'target', goal);
  }
}

// A long journey (rate, plan, calendar, print, reload, rate again), on a machine others share.
test.describe.configure({ timeout: 120_000 });

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a plan from the largest gaps: calendar file, one printed A4 page, kept on reload, carried into rate again', async ({
  page,
}, testInfo) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const assessmentId = /#\/assess\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await rateGaps(page);
  await page
    .getByRole('link', { name: text('en', 'questionnaire:results') })
    .first()
    .click();
  await page.getByRole('link', { name: 'Make a development plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Development plan:/ })).toBeVisible();
  expect(page.url()).toContain(`#/plan/${assessmentId}`);

  // Suggested: the largest gaps first, ties in framework order; at most five may be picked.
  const areas = page.getByRole('group', { name: 'Your largest development areas' });
  const boxes = areas.getByRole('checkbox');
  await expect(boxes).toHaveCount(6);
  const labels = await areas.locator('label').allInnerTexts();
  expect(labels.map((l) => l.split(' (')[0])).toEqual([K1, K2, S1, K5, K3, K6]);
  await expect(areas.getByText('Pick up to 5.')).toBeVisible();
  const box = (name: string) => areas.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  for (const name of [K1, K2, S1]) await box(name).check();
  await expect(areas.getByRole('status')).toHaveText('3 of 5 picked');
  for (const name of [K5, K3]) await box(name).check();
  await expect(areas.getByRole('status')).toHaveText(
    '5 of 5 picked, the most one plan holds: unpick one to choose another.',
  );
  await expect(box(K6)).toBeDisabled();

  const first = page.getByRole('region', { name: new RegExp(`^1\\. ${K1}`) });
  await first.getByLabel('What I will do').fill('Shadow a colleague in two network meetings; take notes');
  await first.getByLabel('Who or what can support me').fill('My supervisor, Anna');
  await first.getByLabel('By when').fill('2027-02-15');
  await first.getByLabel('How I will know it worked').fill('I can name three perspectives in a case');
  await page.getByRole('region', { name: /^2\./ }).getByLabel('What I will do').fill('Read the glossary');
  // A full plan (every field of five statements written) still prints on one page.
  for (const n of [3, 4, 5]) {
    const region = page.getByRole('region', { name: new RegExp(`^${n}\\.`) });
    await region
      .getByLabel('What I will do')
      .fill('Ask two colleagues from partner organisations how they work, and write it down');
    await region.getByLabel('Who or what can support me').fill('The regional network coordinator');
    await region.getByLabel('By when').fill('2027-02-20');
    await region.getByLabel('How I will know it worked').fill('A client case planned with a partner');
  }
  await page.getByLabel('Review date').fill('2027-03-01');

  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: testInfo.outputPath('plan-360-en.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('plan-1280-en.png'), fullPage: true });

  // "Add to calendar": an .ics made here, RFC 5545 lines, that a calendar parser reads back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  // The title's words whole, then the word for the review: never cut inside a word.
  expect(download.suggestedFilename()).toMatch(/^[\p{L}\p{N}-]+-review\.ics$/u);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270301\r\n');
  expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
  );
  expect(event.summary).toMatch(/^Review my development plan: /);
  expect(event.description).toContain(`${K1}: Shadow a colleague in two network meetings; take notes`);
  const againUrl = String(event.component.getFirstPropertyValue('url'));
  expect(againUrl).toMatch(new RegExp(`#/plan/${assessmentId}/again$`));

  // Printed on its own: one A4 page, the plan only.
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: testInfo.outputPath('plan-print.png'), fullPage: true });
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  // page.pdf() lays the page out for print unless screen media is emulated.
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(testInfo.outputPath('plan.pdf'), pdf);
  expect(pdfPages(pdf)).toBe(1);

  // Kept: a reload shows the same plan.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${S1}`) })).toBeChecked();
  await expect(
    page.getByRole('region', { name: new RegExp(`^1\\. ${K1}`) }).getByLabel('Who or what can support me'),
  ).toHaveValue('My supervisor, Anna');
  await expect(page.getByLabel('Review date')).toHaveValue('2027-03-01');

  // The report holds the plan.
  await page.getByRole('link', { name: 'Back to results' }).click();
  const inReport = page.getByRole('region', { name: 'Development plan' });
  await expect(inReport.getByText('Read the glossary')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change the plan' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await inReport.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('results-plan-360.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('results-top-1280.png') });

  // The reminder's link: rate again, and the planned statements show what was planned.
  await page.goto(againUrl);
  await page.getByRole('button', { name: 'Rate again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Rate again/);
  const row = page.locator('#statement-C3\\.1-k1');
  const planned = row.locator('details.planned');
  await expect(planned.locator('summary')).toHaveText('In your plan Earlier 0, goal 4: what you planned');
  await planned.locator('summary').click();
  await expect(planned.getByText('Shadow a colleague in two network meetings; take notes')).toBeVisible();
  await expect(planned.getByText('February 15, 2027')).toBeVisible();
  await expect(page.locator('#statement-C3\\.1-k6 details.planned')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('rate-again-planned.png') });

  await choose(page, 'C3.1-k1', 'current', 4);
  await choose(page, 'C3.1-k2', 'current', 2);
  await page
    .getByRole('link', { name: text('en', 'questionnaire:results') })
    .first()
    .click();
  const moved = page.getByRole('region', { name: 'Your plan: what moved' });
  await expect(moved.getByRole('row', { name: new RegExp(`^${K1}`) }).getByRole('cell')).toHaveText([
    '0',
    '4',
    '4',
    '+4',
    'Goal reached',
  ]);
  await expect(moved.getByRole('row', { name: new RegExp(`^${K2}`) }).getByRole('cell')).toHaveText([
    '1',
    '2',
    '4',
    '+1',
    'Not yet',
  ]);
  await expect(moved.getByRole('row', { name: new RegExp(`^${S1}`) }).getByRole('cell')).toHaveText([
    '1',
    '–',
    '4',
    '–',
    'Not rated yet',
  ]);
  await moved.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('moved-1280.png') });
});

test('the plan page at 360 px in Swedish, by keyboard', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1', 'sv');
  const assessmentId = /#\/assess\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await rateGaps(page);
  await page.goto(`./?lng=sv#/plan/${assessmentId}`);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: new RegExp(`^${text('sv', 'plan:heading', { title: '' })}`),
    }),
  ).toBeVisible();
  const first = page
    .getByRole('group', { name: text('sv', 'plan:pick.legend') })
    .getByRole('checkbox')
    .first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page
    .getByRole('region', { name: /^1\./ })
    .getByLabel(text('sv', 'plan:fields.action'))
    .fill('Gå bredvid en kollega');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath('plan-360-sv.png'), fullPage: true });
});

test('for a team (Navigator) it is the team’s action plan, worded for an organisation', async ({
  page,
}, testInfo) => {
  await startAssessment(page, 'framework=navigator-criteria&sections=identifiera');
  const assessmentId = /#\/assess\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await choose(page, 'nav-gemensamt-arbete', 'current', 0);
  await choose(page, 'nav-gemensamt-arbete', 'target', 2);
  await page.goto(`./#/results/${assessmentId}`);
  await page.getByRole('link', { name: "Make our team's action plan" }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Our team's action plan:/ })).toBeVisible();
  await page
    .getByRole('group', { name: "Your team's largest development areas" })
    .getByRole('checkbox')
    .first()
    .check();
  const first = page.getByRole('region', { name: /^1\./ });
  await expect(first.getByLabel('What our team will do')).toBeVisible();
  await expect(first.getByLabel('Who or what can support us')).toBeVisible();
  await expect(first.getByLabel('How we will know it worked')).toBeVisible();
  await expect(page.getByText(/\b(you will|yourself|support you)\b/)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('plan-team-1280.png'), fullPage: true });
});
