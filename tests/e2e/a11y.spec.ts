import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

const LANGUAGES = ['en', 'fi', 'sv', 'nl', 'nb'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
}

// Four pages, each analysed whole by axe: longer than one page's test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const language of LANGUAGES) {
  test(`axe finds no violations on the library, questionnaire, results and assessment list in ${language}`, async ({
    page,
  }) => {
    await page.goto(`./?lng=${language}`);
    await expect(page.getByRole('article')).toHaveCount(4);
    expect(await violations(page), 'library').toEqual([]);

    await startAssessment(page, 'framework=samenwerken&level=plus2', language);
    await page.locator('.statement').first().locator('.scale-choice').first().locator('label').nth(1).click();
    await page.locator('.statement').first().locator('.scale-choice').last().locator('label').nth(3).click();
    await page.locator('.statement').first().locator('button.link').click();
    // The rating counts (now and goal given) before the results are opened.
    await expect(
      page.getByRole('progressbar', { name: text(language, 'questionnaire:overall') }),
    ).toHaveAttribute('value', '1', { timeout: 15_000 });
    expect(await violations(page), 'questionnaire').toEqual([]);

    await page
      .getByRole('link', { name: text(language, 'questionnaire:results') })
      .first()
      .click();
    // The results' chunk holds the chart library: on a loaded machine it may take a while.
    await expect(page.getByRole('figure').first()).toBeVisible({ timeout: 30_000 });
    expect(await violations(page), 'results').toEqual([]);

    await page.getByRole('link', { name: text(language, 'common:nav.assessments') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: text(language, 'assessments:heading') }),
    ).toBeVisible();
    expect(await violations(page), 'assessment list').toEqual([]);
  });
}
