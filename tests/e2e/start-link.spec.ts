// Issue 17, item 11: a start link with values the app does not know says what it
// ignored and why; the start form offers a link with the settings chosen, which
// opens the same choice.
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;

test('an unknown level, section and language are named in a notice, and the rest of the link is kept', async ({
  page,
}) => {
  await page.goto(
    './?lng=fi#/assess/new?framework=samenwerken&level=plus3&sections=c3.1,afspraken-maken&lng=de',
  );
  const notice = page.getByRole('status').filter({ hasText: 'plus3' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('”plus3”');
  await expect(notice).toContainText('”c3.1”');
  await expect(notice).toContainText('”de”');
  await expect(notice).not.toContainText('”afspraken-maken”');
  // The level falls back to the lowest, as the notice says; the known section is kept.
  await expect(page.getByRole('radio').first()).toBeChecked();
  const sections = page.getByRole('group', { name: text('fi', 'start:sections') }).getByRole('checkbox');
  await expect(sections.nth(0)).not.toBeChecked();
  await expect(sections.nth(1)).toBeChecked();
  await page.getByText(text('fi', 'start:link.heading')).click();
  await expect(page.getByLabel(text('fi', 'start:link.label'))).toHaveValue(/framework=samenwerken/);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-ignored-fi-${width}.png`, fullPage: true });
  }
});

test('a framework without levels says a level in the link is ignored, and a good link says nothing', async ({
  page,
}) => {
  await page.goto('./?lng=en#/assess/new?framework=guidance-competences&level=plus3');
  await expect(page.getByRole('status').filter({ hasText: 'plus3' })).toContainText(
    text('en', 'start:link.ignoredLevelNone', { value: 'plus3' }),
  );
  await page.goto('./?lng=en#/assess/new?framework=guidance-competences&sections=C3.1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('were ignored')).toHaveCount(0);
});

test('the copied link opens the same choice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lng=nl#/assess/new?framework=samenwerken');
  const sections = page.getByRole('group', { name: text('nl', 'start:sections') }).getByRole('checkbox');
  await expect(sections).toHaveCount(2);
  await sections.nth(0).uncheck();
  const levels = page.getByRole('radio');
  await levels.nth(1).check();
  const chosenLevel = await levels.nth(1).getAttribute('value');
  await page.getByText(text('nl', 'start:link.heading')).click();
  await page.getByRole('button', { name: text('nl', 'start:link.copy') }).click();
  await expect(page.getByText(text('nl', 'start:link.copied'))).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByLabel(text('nl', 'start:link.label'))).toHaveValue(link);
  expect(link).toContain('lng=nl');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(text('nl', 'start:heading'));
  const again = other.getByRole('group', { name: text('nl', 'start:sections') }).getByRole('checkbox');
  await expect(again.nth(0)).not.toBeChecked();
  await expect(again.nth(1)).toBeChecked();
  await expect(other.locator(`input[type=radio][value="${chosenLevel}"]`)).toBeChecked();
  await expect(other.getByText('genegeerd')).toHaveCount(0);
});
