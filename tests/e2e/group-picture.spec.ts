// The group picture on the trainer's exercise page and the presentation view,
// over an exercise and twelve results seeded into storage (codes made with the
// domain's own functions): counts in a statement's data table, a statement
// hidden below the threshold, the projector view at 1920x1080 stepped by
// keyboard in light and dark, and axe on both.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;
const PARTICIPANTS = 12;
const seeded = JSON.parse(
  execFileSync('node_modules/.bin/tsx', ['tests/e2e/seedWorkshop.ts', String(PARTICIPANTS)], {
    encoding: 'utf8',
  }),
) as { exerciseId: string; title: string; statements: Record<string, string>[]; stored: string };
const exercise = { id: seeded.exerciseId, title: seeded.title };
const stored = seeded.stored;
const [first, second] = seeded.statements;

// axe on a long page takes a while on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

async function seed(page: Page) {
  await page.addInitScript((value) => {
    if (!localStorage.getItem('csa.assessments')) localStorage.setItem('csa.assessments', value);
  }, stored);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
}

for (const language of ['en', 'fi']) {
  test(`the exercise page's group picture in ${language}: counts, a hidden statement, axe`, async ({
    page,
  }) => {
    await seed(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lng=${language}#/workshop/${exercise.id}`);
    await expect(
      page.getByText(text(language, 'groupPicture:participants', { count: PARTICIPANTS })),
    ).toBeVisible();
    const statement = first?.[language] ?? first?.en ?? '';
    const table = page.getByRole('table', {
      name: new RegExp(`^${statement.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
    const now = table.getByRole('row', { name: new RegExp(`^${text(language, 'groupPicture:now')}`) });
    // Now of the first statement: (p % 4) over twelve participants, three on each of 0..3.
    await expect(now.getByRole('cell')).toHaveText(['3', '3', '3', '3', '0']);
    const hiddenText = second?.[language] ?? second?.en ?? '';
    const hidden = page.locator('.gp-statement', { has: page.getByRole('heading', { name: hiddenText }) });
    await expect(hidden.getByText(text(language, 'groupPicture:hidden', { count: 5 }))).toBeVisible();
    await expect(hidden.getByRole('table')).toHaveCount(0);
    expect(await violations(page), 'exercise page').toEqual([]);
    if (SHOTS) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, where] of [
          ['top', page.getByRole('heading', { level: 2, name: text(language, 'groupPicture:heading') })],
          ['kinds', page.getByRole('heading', { name: text(language, 'groupPicture:byKind.heading') })],
          ['statements', page.locator('.gp-group').first()],
        ] as const) {
          await where.evaluate((el) => el.scrollIntoView());
          await page.screenshot({ path: `${SHOTS}/picture-${language}-${width}-${name}.png` });
        }
      }
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the presentation view at 1920x1080 in ${colorScheme}: keys step, Escape leaves, axe`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, colorScheme });
    const page = await context.newPage();
    await seed(page);
    await page.goto(`./?lng=en#/workshop/${exercise.id}/present`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Networking workshop');
    await expect(heading).toBeFocused();
    expect(await violations(page), 'overview').toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${colorScheme}-1.png` });
    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(text('en', 'groupPicture:disagreement.heading'));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${colorScheme}-2.png` });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText(/^C3\.1 /);
    await expect(heading).toBeFocused();
    await expect(page.getByText(/^Screen 4 of \d+$/)).toBeAttached();
    expect(await violations(page), 'statements').toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${colorScheme}-4.png` });
    await page.keyboard.press('PageUp');
    await expect(heading).toHaveText(text('en', 'groupPicture:byKind.heading'));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${colorScheme}-3.png` });
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/workshop/${exercise.id}$`));
    await context.close();
  });
}
