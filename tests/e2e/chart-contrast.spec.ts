// In light and in dark mode every chart text and bar can be read (a projector washes out
// pale shades): the results of an assessment with ratings and the workshop's group picture,
// each colour measured against what is behind it (text 4.5:1; bars, marks and legend
// swatches 3:1), the offending element named.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { chartElements, lowContrast } from './chartContrast.ts';
import { choose, startAssessment, text } from './helpers.ts';

// Rating eleven statements and reading every chart's colours on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`the results charts in ${scheme} mode: every text 4.5:1, every bar and swatch 3:1`, async ({
      page,
    }) => {
      await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
      const inScheme = (s: string) => matchMedia(`(prefers-color-scheme: ${s})`).matches;
      expect(await page.evaluate(inScheme, scheme)).toBe(true);
      // Every step of the scale is drawn somewhere: now 0..3, goals 1..4.
      const ids = [...['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'], ...['s1', 's2', 's3', 's4']].map(
        (k) => `C3.1-${k}`,
      );
      for (const [i, id] of ids.entries()) {
        await choose(page, id, 'current', i % 4);
        await choose(page, id, 'target', (i % 4) + 1);
      }
      await page
        .getByRole('link', { name: text('en', 'questionnaire:results') })
        .first()
        .click();
      // The results' chunk (with the chart library) may take a while to arrive on a loaded machine.
      await expect(page.getByRole('heading', { level: 1, name: /^Results:/ })).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.locator('main svg .recharts-rectangle').first()).toBeVisible();
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(page.locator('main svg .recharts-rectangle').first()).toBeVisible();
        const seen = await chartElements(page);
        expect(seen.texts).toBeGreaterThan(10);
        expect(seen.swatches).toBeGreaterThan(2);
        expect(await lowContrast(page), `at ${width} px`).toEqual([]);
      }
    });

    test(`the group picture in ${scheme} mode: every count 4.5:1, every bar segment and swatch 3:1`, async ({
      page,
    }) => {
      const seeded = JSON.parse(
        execFileSync('node_modules/.bin/tsx', ['tests/e2e/seedWorkshop.ts', '12'], { encoding: 'utf8' }),
      ) as { exerciseId: string; stored: string };
      await page.addInitScript((value) => {
        if (!localStorage.getItem('csa.assessments')) localStorage.setItem('csa.assessments', value);
      }, seeded.stored);
      await page.goto(`./?lng=en#/workshop/${seeded.exerciseId}`);
      await expect(page.locator('main .gp-seg').first()).toBeVisible();
      expect((await chartElements(page)).swatches).toBeGreaterThan(5);
      expect(await lowContrast(page), 'exercise page').toEqual([]);
      // This five-step scale draws five of the seven shades; a scale of four or seven steps
      // draws the others: each of the seven, with a count on it, in one of the page's bars.
      await page
        .locator('main .gp-bar')
        .first()
        .evaluate((bar) => {
          bar.replaceChildren(
            ...[0, 1, 2, 3, 4, 5, 6].map((shade) => {
              const seg = document.createElement('span');
              seg.className = `gp-seg gp-shade-${shade} gp-pattern-${shade % 4}`;
              seg.style.width = `${100 / 7}%`;
              seg.innerHTML = `<span class="gp-count">${shade + 10}</span>`;
              return seg;
            }),
          );
        });
      expect(await lowContrast(page), 'all seven shades').toEqual([]);
      // The projector view, screen by screen.
      await page.goto(`./?lng=en#/workshop/${seeded.exerciseId}/present`);
      const screen = page.getByText(/^Screen \d+ of \d+$/);
      const count = Number((await screen.textContent())?.match(/of (\d+)/)?.[1]);
      expect(count).toBeGreaterThan(3);
      let bars = 0;
      for (let i = 1; i <= count; i++) {
        await expect(screen).toHaveText(`Screen ${i} of ${count}`);
        bars += (await chartElements(page)).swatches;
        expect(await lowContrast(page), `presentation, screen ${i}`).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      expect(bars).toBeGreaterThan(5);
    });
  });
}
