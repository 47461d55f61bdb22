// Issue 17, item 6: a framework whose subject is an organisation (Navigator)
// speaks to the team in its results and questionnaire; a person's framework
// still speaks to the person.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { startAssessment, text } from './helpers.ts';

interface Fw {
  sections: { id: string; groups: { items: { id: string }[] }[] }[];
}
const itemIds = (file: string) =>
  (parse(readFileSync(`frameworks/${file}.yaml`, 'utf8')) as Fw).sections.flatMap((s) =>
    s.groups.flatMap((g) => g.items.map((i) => i.id)),
  );

/** Words that speak to one person, per language. */
const PERSON: Record<string, string[]> = {
  en: [
    'your strengths',
    'your largest',
    'your results',
    'where you are',
    'you want',
    'you rated',
    'your goal',
    'your mean gap',
  ],
  sv: [
    'Se dina',
    'Dina styrkor',
    'Dina största',
    'dina resultat',
    'där du är',
    'dit du vill',
    'Du har',
    'ditt mål',
    'du är nu',
  ],
};

/** Starts an assessment of the framework, rates it (the first half a gap of 2, the rest reached at 3), opens its results. */
async function ratedResults(page: Page, framework: string, language: string) {
  await startAssessment(page, `framework=${framework}`, language);
  const id = decodeURIComponent(/#\/assess\/([^?]+)/.exec(page.url())?.[1] ?? '');
  const ids = itemIds(framework);
  await page.evaluate(
    ({ id, ids }) => {
      const stored = JSON.parse(localStorage.getItem('csa.assessments') ?? '{}');
      const a = stored.state.assessments[id];
      ids.forEach((itemId, i) => {
        const [current, target] = i < ids.length / 2 ? [1, 3] : [3, 3];
        a.answers[itemId] = { current, target, notApplicable: false, note: '', updatedAt: Date.now() };
      });
      a.updatedAt = Date.now();
      localStorage.setItem('csa.assessments', JSON.stringify(stored));
    },
    { id, ids },
  );
  await page.goto(`./?lng=${language}#/results/${id}`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.summary-sentence').waitFor();
  return id;
}

/** Where to keep screenshots to look at (none unless set). */
const SHOTS = process.env.SHOTS_DIR;

const found = (body: string, words: string[]) =>
  words.filter((w) => body.toLowerCase().includes(w.toLowerCase()));

for (const language of ['en', 'sv']) {
  test(`Navigator results in ${language} speak to the team, not to a person`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const id = await ratedResults(page, 'navigator-criteria', language);
    const results = page.locator('article.results');
    await expect(results).toContainText(
      text(language, 'results:sentence.strengths_team', { list: '' }).slice(0, 12),
    );
    expect(found(await results.innerText(), PERSON[language] ?? [])).toEqual([]);
    // Item 18: a statement of one word is named with its group's title.
    const employment = language === 'sv' ? 'Sysselsättning' : 'Employment';
    await expect(
      results.getByRole('rowheader', { name: new RegExp(`Navigator.+: ${employment}$`) }),
    ).toBeVisible();
    await page.locator('.summary-sentence').scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/navigator-results-${language}-360.png` });
    await page
      .getByRole('heading', { name: text(language, 'results:strengths.heading') })
      .scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/navigator-strengths-${language}-360.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.summary-sentence').scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/navigator-results-${language}-1280.png` });
    // The questionnaire's link to the results names the team's results.
    await page.goto(`./?lng=${language}#/assess/${id}`);
    await expect(
      page.getByRole('link', { name: text(language, 'questionnaire:results_team') }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: text(language, 'questionnaire:results'), exact: true }),
    ).toHaveCount(0);
  });

  test(`a person's results in ${language} still speak to the person`, async ({ page }) => {
    await ratedResults(page, 'guidance-competences', language);
    const words = found(await page.locator('article.results').innerText(), PERSON[language] ?? []);
    expect(words.length).toBeGreaterThanOrEqual(3);
  });
}
