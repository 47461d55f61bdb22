// Issue 17, item 10: entries that would read the same are told apart, in the
// list of assessments and in "Compare with", and the person assessed is named.
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;

for (const language of ['en', 'fi']) {
  test(`two assessments of one day with one title are told apart (${language})`, async ({ page }) => {
    await page.goto(`./?lng=${language}#/assess/new?framework=guidance-competences`);
    await page.getByLabel(text(language, 'start:subjectName.individual')).fill('Anna Virtanen');
    await page.getByRole('button', { name: text(language, 'start:submit') }).click();
    await page.waitForURL(/#\/assess\/(?!new)/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await page.goto(`./?lng=${language}#/assessments`);
    // "Rate again" on the same day makes a second assessment with the same title.
    await page.getByRole('button', { name: text(language, 'assessments:rateAgainNamed', { title }) }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.goto(`./?lng=${language}#/assessments`);
    const headings = page.locator('.assessment-list h2');
    await expect(headings).toHaveCount(2);
    const names = await headings.allInnerTexts();
    expect(new Set(names).size, names.join(' | ')).toBe(2);
    for (const name of names) expect(name.startsWith(`${title} (`)).toBe(true);
    // Each entry's buttons name the entry as it is told apart.
    await expect(
      page.getByRole('button', {
        name: text(language, 'assessments:deleteNamed', { title: names[0] ?? '' }),
      }),
    ).toHaveCount(1);
    await expect(page.locator('.assessment-list')).toContainText('Anna Virtanen');
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      if (SHOTS)
        await page.screenshot({
          path: `${SHOTS}/assessments-same-day-${language}-${width}.png`,
          fullPage: true,
        });
    }
    // "Compare with" names the earlier one with its person and date.
    await page
      .getByRole('link', { name: text(language, 'assessments:resultsNamed', { title: names[0] ?? '' }) })
      .click();
    const choice = page.getByLabel(text(language, 'results:compareWith'));
    await expect(choice.locator('option')).toHaveCount(2);
    await expect(choice.locator('option').nth(1)).toContainText(`${title}: Anna Virtanen (`);
  });
}
