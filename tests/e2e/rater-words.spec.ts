// A rater (someone who opened a feedback link) rates another person: their form,
// its default scale and their results speak of that person, by the name the
// request gave, not of the rater themselves; and offer no plan and no asking for
// feedback on someone else's rating (en and nb, phone and desktop).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Anna's assessment and her request for feedback; returns the link. */
async function annasLink(page: Page): Promise<string> {
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`./?lng=en#/feedback/new?assessment=${encodeURIComponent(id)}`);
  await page.getByLabel(text('en', 'feedback:ask.name')).fill('Anna');
  await page.getByLabel(text('en', 'feedback:ask.message')).fill('Thank you for your view!');
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  return field.inputValue();
}

/** The first words of a string before its {{list}}. */
const before = (language: string, key: string) =>
  text(language, key, { who: 'Anna', list: '§' }).split('§')[0] ?? '';

async function rateAsRater(browser: Browser, baseURL: string, link: string, language: string, width: number) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(link.replace('#/give', `?lng=${language}#/give`));
  // The landing page names Anna, says something new under the heading, and asks about her, not "them".
  await expect(
    page.getByRole('heading', { name: text(language, 'feedback:give.heading', { name: 'Anna' }) }),
  ).toBeVisible();
  await expect(page.getByText(text(language, 'feedback:give.lead', { name: 'Anna' }))).toBeVisible();
  await expect(page.getByText(text(language, 'feedback:give.to', { name: 'Anna' }))).toHaveCount(0);
  await expect(page.getByText(text(language, 'feedback:give.messageFrom', { name: 'Anna' }))).toBeVisible();
  await expect(page.getByText(text(language, 'feedback:give.goalYesNamed', { name: 'Anna' }))).toBeVisible();
  await shot(page, `rater-landing-${language}-${width}`);
  await page.getByRole('button', { name: text(language, 'feedback:give.start') }).click();
  const row = page.locator('.statement').first();
  // The form: "Now (where you see Anna now)", "Goal (where you think Anna should be)", the scale about her.
  await expect(row).toContainText(text(language, 'questionnaire:nowHidden_rater', { who: 'Anna' }));
  await expect(row).toContainText(text(language, 'questionnaire:goalHidden_rater', { who: 'Anna' }));
  await expect(row).not.toContainText(text(language, 'questionnaire:nowHidden'));
  await expect(row.getByText(text(language, 'scale:rater.0.label')).first()).toBeVisible();
  await expect(row.getByText(text(language, 'scale:default.0.label'))).toHaveCount(0);
  for (const n of [0, 1]) {
    const choices = page.locator('.statement').nth(n).locator('.scale-choice');
    await choices
      .nth(0)
      .getByRole('radio')
      .nth(n + 1)
      .check();
    await choices.nth(1).getByRole('radio').nth(4).check();
  }
  await shot(page, `rater-form-${language}-${width}`);
  if (SHOTS) await row.screenshot({ path: `${SHOTS}/rater-row-${language}-${width}.png` });
  await page
    .getByRole('link', { name: text(language, 'questionnaire:results_rater') })
    .first()
    .click();
  // The results: as the rater sees Anna; no plan, no asking for feedback.
  await expect(page.getByText(before(language, 'results:sentence.areas_rater'))).toBeVisible();
  await expect(page.getByText(before(language, 'results:sentence.areas'), { exact: false })).toHaveCount(0);
  const overall = text(language, 'results:sentence.overall_rater', { who: 'Anna', rated: 2, total: 0 });
  await expect(page.getByText(overall.split(' 0')[0] ?? overall).first()).toBeAttached();
  await expect(page.getByRole('link', { name: text(language, 'plan:summary.make') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: text(language, 'feedback:ask.action') })).toHaveCount(0);
  await expect(
    page.getByText(text(language, 'results:series.current_rater', { who: 'Anna' })).first(),
  ).toBeVisible();
  await shot(page, `rater-results-${language}-${width}`);
  if (SHOTS) {
    await page
      .locator('.results > .toolbar')
      .first()
      .screenshot({ path: `${SHOTS}/rater-toolbar-${language}-${width}.png` });
    await page
      .locator('.summary-sentence')
      .screenshot({ path: `${SHOTS}/rater-sentence-${language}-${width}.png` });
  }
  // The hand-back summary: no "your notes are in the code" while no note is written.
  await page.goto(`${page.url().replace('#/results/', '#/assess/')}?section=_summary`);
  await expect(page.getByRole('textbox', { name: text(language, 'join:handBack.code') })).toBeVisible();
  await expect(page.getByText(text(language, 'join:handBack.notesIncluded'))).toHaveCount(0);
  await shot(page, `rater-summary-${language}-${width}`);
  await context.close();
}

for (const [language, width] of [
  ['en', 360],
  ['nb', 360],
  ['en', 1280],
  ['nb', 1280],
] as const) {
  test(`a rater's form and results speak of the person rated (${language}, ${width} px)`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const link = await annasLink(page);
    await rateAsRater(browser, baseURL ?? '', link, language, width);
  });
}

test('the person’s results tell feedback requests apart; one with no results is deleted and stays deleted', async ({
  page,
  context,
}) => {
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  for (const n of [1, 2]) {
    await page.goto(`./?lng=en#/feedback/new?assessment=${encodeURIComponent(id)}`);
    await page.getByLabel(text('en', 'feedback:ask.name')).fill(`Anna ${n}`);
    await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
    await expect(page.getByRole('textbox', { name: text('en', 'feedback:request.link') })).toBeVisible();
  }
  const results = `./?lng=en#/results/${encodeURIComponent(id)}`;
  await page.goto(results);
  const links = page.getByRole('link', {
    name: /^Add the feedback you received: asked on .+, 0 results so far$/,
  });
  await expect(links).toHaveCount(2);
  // Asked in the same minute: each says its time and a number, so the two read differently.
  const [one, two] = await links.allTextContents();
  expect(one).not.toBe(two);
  await shot(page, 'requests-en-1280');
  // Another tab holds the request and writes after the deletion.
  const other = await context.newPage();
  await other.goto(`./?lng=en#/assess/${encodeURIComponent(id)}`);
  await links.first().click();
  await page.getByRole('button', { name: text('en', 'feedback:request.delete') }).click();
  const dialog = page.getByRole('dialog', { name: text('en', 'feedback:request.deleteHeading') });
  await expect(dialog).toBeVisible();
  await shot(page, 'request-delete-en-1280');
  await dialog.getByRole('button', { name: text('en', 'feedback:request.deleteConfirm') }).click();
  await expect(page).toHaveURL(/#\/results\//);
  await expect(links).toHaveCount(1);
  await other
    .locator('.statement')
    .first()
    .locator('.scale-choice')
    .first()
    .getByRole('radio')
    .nth(2)
    .check();
  await other.waitForTimeout(500);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(links).toHaveCount(1);
  await other.reload();
  await other.goto(results);
  await expect(other.getByRole('link', { name: /^Add the feedback you received/ })).toHaveCount(1);
});

test('a rater of a team’s framework, and of an unnamed request, reads of the one they rate (nb)', async ({
  page,
}) => {
  // A team's framework, its own scale as written: the rows and the results speak of the team by its name.
  await startAssessment(page, 'framework=navigator-criteria');
  const team = decodeURIComponent(page.url().split('#/assess/')[1]?.split('?')[0] ?? '');
  // An unnamed request: "personen" where a name would stand.
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const person = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  for (const [id, name, who] of [
    [team, 'Senter Nord', 'Senter Nord'],
    [person, '', text('nb', 'feedback:rated.unnamed')],
  ] as const) {
    await page.goto(`./?lng=en#/feedback/new?assessment=${encodeURIComponent(id)}`);
    if (name) await page.getByLabel(text('en', 'feedback:ask.nameTeam')).fill(name);
    await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
    const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
    await expect(field).toHaveValue(/#\/give\?x=/);
    await page.goto((await field.inputValue()).replace('#/give', '?lng=nb#/give'));
    await page.getByRole('button', { name: text('nb', 'feedback:give.start') }).click();
    const row = page.locator('.statement').first();
    await expect(row).toContainText(text('nb', 'questionnaire:nowHidden_rater', { who }));
    const choices = row.locator('.scale-choice');
    await choices.nth(0).getByRole('radio').nth(1).check();
    await choices.nth(1).getByRole('radio').nth(3).check();
    await page
      .getByRole('link', { name: text('nb', 'questionnaire:results_rater') })
      .first()
      .click();
    await expect(
      page.getByText(before('nb', 'results:sentence.areas_rater').replace('Anna', who)),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /handlingsplan|utviklingsplan/ })).toHaveCount(0);
    await shot(page, `rater-results-nb-${name ? 'team' : 'unnamed'}-1280`);
  }
});
