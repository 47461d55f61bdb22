// Feedback travels with "Save all as a file": a person who collected a named
// rater's feedback saves all as a file, opens it in a fresh browser (another
// device), and sees the others' view in the results again. The preview says how
// many others' feedback comes with the assessment; the delete dialog says the
// feedback goes with it, and that the plan and earlier levels go from the
// assessment that rated it again. Both exports say the file holds each rater's
// own answers, once there is feedback. A device that holds the request already
// (from a file saved before the feedback came) is told the feedback is added to
// it, and told why it is left out where the file's request asks for something else.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { choose, feedbackLink, startAssessment, text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;

test('feedback collected on one device comes back from the saved file on another', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const id = decodeURIComponent(/#\/assess\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  await choose(page, 'C3.1-k1', 'current', 1);
  await choose(page, 'C3.1-k1', 'target', 4);
  const link = await feedbackLink(page, id);

  // Saved before any feedback came: the request travels, and nothing is said of raters' answers.
  const saveAll = async () => {
    await page.goto('./?lng=en#/assessments');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text('en', 'assessments:exportAll') }).click();
    // Named in the page's language with the day it was saved, so that two saves are told apart.
    expect((await download).suggestedFilename()).toMatch(/^assessments-\d{4}-\d\d-\d\d\.json$/);
    return readFileSync((await (await download).path()) ?? '', 'utf8');
  };
  const note = (lng: string) => text(lng, 'assessments:exportFeedbackNote', { min: 3 });
  const requestPage = page.url();
  const before = await saveAll();
  await expect(page.getByText(note('en'))).toHaveCount(0);
  await page.goto(requestPage);

  // A named rater, in a browser of their own.
  const raterContext = await browser.newContext({ baseURL: baseURL ?? '' });
  const rater = await raterContext.newPage();
  await rater.goto(link.replace('#/give', '?lng=en#/give'));
  await rater.getByLabel(text('en', 'feedback:give.rater')).fill('Supervisor');
  await rater.getByRole('button', { name: text('en', 'feedback:give.start') }).click();
  await choose(rater, 'C3.1-k1', 'current', 3);
  await rater.goto(`${rater.url().split('?section')[0]}?section=_summary`);
  const code = rater.getByRole('textbox', { name: text('en', 'join:handBack.code') });
  await expect(code).toHaveValue(/^1/);
  const value = await code.inputValue();
  await raterContext.close();

  await page.getByRole('textbox', { name: /Result codes/ }).fill(value);
  await page.getByRole('button', { name: text('en', 'feedback:collect.add') }).click();
  await expect(page.getByText(text('en', 'feedback:request.received', { count: 1 }))).toBeVisible();

  // A development plan, and a follow-up that shows it: what the delete dialog speaks of.
  await page.goto(`./?lng=en#/plan/${encodeURIComponent(id)}`);
  await page
    .getByRole('group', { name: text('en', 'plan:pick.legend') })
    .getByRole('checkbox')
    .first()
    .check();
  await page.goto('./?lng=en#/assessments');
  await page.getByRole('button', { name: /^Rate again/ }).click();
  await expect(page).toHaveURL(/#\/assess\//);

  const file = await saveAll();
  // Now it holds a rater's code: both exports say what that gives away.
  const exportAll = page.getByRole('button', { name: text('en', 'assessments:exportAll') });
  await expect(exportAll).toHaveAccessibleDescription(note('en'));
  if (SHOTS)
    for (const [lng, width] of [
      ['en', 1280],
      ['en', 360],
      ['nb', 360],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?lng=${lng}#/assessments`);
      await expect(page.getByText(note(lng))).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/export-note-list-${lng}-${width}.png` });
      await page.goto(`./?lng=${lng}#/results/${encodeURIComponent(id)}`);
      await expect(page.getByRole('button', { name: text(lng, 'results:exportJson') })).toBeVisible();
      await expect(page.getByText(note(lng))).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/export-note-results-${lng}-${width}.png` });
    }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  await expect(
    page.getByRole('button', { name: text('en', 'results:exportJson') }),
  ).toHaveAccessibleDescription(note('en'));

  // A device that got the request from the file saved before the feedback came.
  const laptopContext = await browser.newContext({ baseURL: baseURL ?? '' });
  const laptop = await laptopContext.newPage();
  const open = async (lng: string, content: string) => {
    await laptop.goto(`./?lng=${lng}#/assessments`);
    await laptop.getByLabel(text(lng, 'assessments:import')).setInputFiles({
      name: 'assessments.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    return laptop.locator('.import-panel .notice');
  };
  await expect((await open('en', before)).getByRole('listitem')).toHaveCount(1);
  await laptop.getByRole('button', { name: text('en', 'assessments:importConfirm') }).click();
  await expect(laptop.getByText(text('en', 'assessments:importDone', { count: 1 }))).toBeVisible();
  // The same request asking for no goal: its codes would be read otherwise, so they stay out.
  const changed = JSON.parse(file) as { feedbackRequests: { goal: boolean }[] };
  for (const r of changed.feedbackRequests) r.goal = false;
  const otherAsk = await open('en', JSON.stringify(changed));
  await expect(otherAsk).toContainText(text('en', 'assessments:importFeedbackRefused', { count: 1 }));
  await expect(otherAsk).not.toContainText(text('en', 'assessments:importFeedback', { count: 1 }));
  if (SHOTS) await laptop.screenshot({ path: `${SHOTS}/import-refused-en-1280.png`, fullPage: true });
  await laptop.getByRole('button', { name: text('en', 'assessments:importCancel') }).click();
  // The file saved with the feedback: it is added to the request kept here, which keeps its assessment.
  for (const [lng, width] of SHOTS
    ? ([
        ['nb', 360],
        ['en', 360],
        ['en', 1280],
      ] as const)
    : ([['en', 1280]] as const)) {
    await laptop.setViewportSize({ width, height: 900 });
    const joins = await open(lng, file);
    await expect(joins).toContainText(text(lng, 'assessments:importFeedbackJoins', { count: 1 }));
    await expect(joins).not.toContainText(text(lng, 'assessments:importFeedback', { count: 1 }));
    if (SHOTS)
      await laptop.screenshot({ path: `${SHOTS}/import-kept-request-${lng}-${width}.png`, fullPage: true });
    if (lng !== 'en' || width !== 1280)
      await laptop.getByRole('button', { name: text(lng, 'assessments:importCancel') }).click();
  }
  await laptop.getByRole('button', { name: text('en', 'assessments:importConfirm') }).click();
  await laptop.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  const onLaptop = laptop.getByRole('region', { name: text('en', 'feedback:others.heading') });
  await expect(onLaptop.getByText(text('en', 'feedback:others.raters', { count: 1 }))).toBeVisible();
  await expect(onLaptop).toContainText('Supervisor');
  await laptopContext.close();

  // Another device: a fresh browser with nothing stored.
  const device = async (lng: string, width: number) => {
    const context = await browser.newContext({ baseURL: baseURL ?? '', viewport: { width, height: 900 } });
    const other = await context.newPage();
    await other.goto(`./?lng=${lng}#/assessments`);
    await expect(other.getByText(text(lng, 'assessments:empty'))).toBeVisible();
    await other.getByLabel(text(lng, 'assessments:import')).setInputFiles({
      name: 'assessments.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    const preview = other.locator('.import-panel .notice');
    await expect(preview.getByRole('listitem')).toHaveCount(2);
    await expect(preview).toContainText(text(lng, 'assessments:importFeedback', { count: 1 }));
    if (SHOTS)
      await other.screenshot({ path: `${SHOTS}/import-preview-${lng}-${width}.png`, fullPage: true });
    await other.getByRole('button', { name: text(lng, 'assessments:importConfirm') }).click();
    await expect(other.getByText(text(lng, 'assessments:importDone', { count: 2 }))).toBeVisible();
    return { context, other };
  };
  const { context, other } = await device('en', 1280);
  await other.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  const others = other.getByRole('region', { name: text('en', 'feedback:others.heading') });
  await expect(others.getByText(text('en', 'feedback:others.raters', { count: 1 }))).toBeVisible();
  await expect(others).toContainText('Supervisor');

  // Deleting it says what goes with it.
  const deleteDialog = async (page: Page, lng: string, width: number) => {
    await page.goto(`./?lng=${lng}#/assessments`);
    // The row of the first assessment: not the follow-up, which names the one it follows up.
    const followUpOf = text(lng, 'assessments:followUpOf', { title: '\0' }).split('\0')[0] ?? '';
    const row = page.locator('.assessment-list > li').filter({ hasNotText: followUpOf });
    await row.getByRole('button', { name: new RegExp(`^${text(lng, 'assessments:delete')}`) }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(text(lng, 'assessments:confirmFeedback', { count: 1 }));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/delete-dialog-${lng}-${width}.png` });
    return dialog;
  };
  const dialog = await deleteDialog(other, 'en', 1280);
  // Both were started today with the same title: each is named by when it was started.
  await expect(dialog).toContainText(
    /^Delete this assessment\?“[^”]+ \(started [^”]+\)”, all its answers and its development plan will be deleted/,
  );
  await expect(dialog).toContainText(
    /development plan and earlier levels also show in “[^”]+ \(started [^”]+\)”, where/,
  );
  await dialog.getByRole('button', { name: text('en', 'assessments:confirm') }).click();
  // The notice names the one that went as the list did, not by the title both share.
  await expect(other.getByRole('status').filter({ hasText: /was deleted/ })).toContainText(
    /^“[^”]+ \(started [^”]+\)” was deleted\./,
  );
  await other.getByRole('button', { name: text('en', 'assessments:undo') }).click();
  await other.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  await expect(others.getByText(text('en', 'feedback:others.raters', { count: 1 }))).toBeVisible();
  if (SHOTS)
    for (const [lng, width] of [
      ['en', 360],
      ['fi', 360],
      ['fi', 1280],
    ] as const) {
      const shot = await device(lng, width);
      await deleteDialog(shot.other, lng, width);
      await shot.context.close();
    }
  await context.close();
});
