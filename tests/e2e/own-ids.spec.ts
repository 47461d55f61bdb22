// A link naming an id that a plain object inherits (`__proto__`, `constructor`)
// finds no assessment: the page says so, as for any unknown id.
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

for (const [page_, id] of [
  ['plan', '__proto__'],
  ['results', '__proto__'],
  ['plan', 'constructor'],
  ['results', 'constructor'],
] as const) {
  test(`#/${page_}/${id} says nothing was found`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./?lng=en#/${page_}/${id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: text('en', 'common:status.notFound') }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(text('en', 'questionnaire:notFound'));
    expect(errors).toEqual([]);
  });
}

test('#/plan/__proto__ in Finnish says nothing was found, on a phone and a desktop', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?lng=fi#/plan/__proto__');
  await expect(
    page.getByRole('heading', { level: 1, name: text('fi', 'common:status.notFound') }),
  ).toBeVisible();
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/h11/proto-fi-${width}.png` });
  }
  expect(errors).toEqual([]);
});
