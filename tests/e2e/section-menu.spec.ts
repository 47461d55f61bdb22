// On a phone the questionnaire's section list is a menu that opens: a disclosure with its
// arrow and its state, naming the section shown; a choice folds it and the chosen section's
// heading takes the focus.
import { expect, type Page, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

// Starting an assessment and opening its questionnaire on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

/** The menu's summary, its state and the angle of its arrow (down folded, up open). */
async function menuState(page: Page) {
  return page.locator('.section-menu').evaluate((details: HTMLDetailsElement) => {
    const summary = details.querySelector('summary');
    const arrow = summary ? getComputedStyle(summary, '::after') : null;
    return {
      open: details.open,
      arrow:
        arrow && arrow.content !== 'none' && arrow.borderRightStyle === 'solid' ? arrow.transform : 'none',
      label: summary?.textContent ?? '',
    };
  });
}

for (const language of ['en', 'fi']) {
  test(`at 360 px the section menu opens, names the section shown, folds after a choice (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await startAssessment(page, 'framework=guidance-competences', language);
    const nav = page.getByRole('navigation', { name: text(language, 'questionnaire:sections') });
    const summary = nav.locator('summary');
    const first =
      language === 'fi' ? 'B3.3 Asiakaslähtöinen ohjausprosessi' : 'B3.3 Client-centered guidance process';
    const second =
      language === 'fi' ? 'C3.1 Moniammatillinen verkostoyhteistyö' : 'C3.1 Multiprofessional networking';

    const folded = await menuState(page);
    expect(folded.open).toBe(false);
    expect(folded.label).toBe(`${text(language, 'questionnaire:sections')}${first}`);
    expect(folded.arrow).not.toBe('none');
    await expect(nav.getByRole('link', { name: new RegExp(second) })).toBeHidden();

    await summary.click();
    const opened = await menuState(page);
    expect(opened.open).toBe(true);
    expect(opened.arrow).not.toBe(folded.arrow);
    await page.screenshot({ path: test.info().outputPath(`section-menu-${language}-360.png`) });

    await nav.getByRole('link', { name: new RegExp(second) }).click();
    const heading = page.getByRole('heading', { level: 2, name: second });
    await expect(heading).toBeFocused();
    const after = await menuState(page);
    expect(after.open).toBe(false);
    expect(after.label).toBe(`${text(language, 'questionnaire:sections')}${second}`);
    expect(after.arrow).toBe(folded.arrow);
  });
}

test('at 1280 px the section list is open beside the statements, its arrow pointing up', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences');
  const nav = page.getByRole('navigation', { name: text('en', 'questionnaire:sections') });
  await expect(nav.getByRole('link', { name: /C3\.1 Multiprofessional networking/ })).toBeVisible();
  const state = await menuState(page);
  expect(state.open).toBe(true);
  expect(state.arrow).not.toBe('none');
  await expect(nav.locator('.section-menu-current')).toBeHidden();
});
