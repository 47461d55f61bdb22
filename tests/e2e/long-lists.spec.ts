// Very long sections and very long lists stay responsive: 10,000 statements in
// one section, 10,000 stored assessments. Long tasks are heard inside the page
// (tests/e2e/longTasks.ts, which fails when none can be); the bound is generous, machines vary.
import { expect, type Page, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';
import { busySince, longestTaskSince, longTasksHeard, recordLongTasks } from './longTasks.ts';

const BOUND_MS = 1000;
const STORAGE_KEY = 'csa.assessments';

/** One section of `total` statements (L1 … L<total>) in groups of 2000, the most a group may hold. */
function longSection(total: number): string {
  const lines = [
    'format: competency-framework/1',
    'id: long-section',
    'version: "1"',
    'sourceLanguage: en',
    'subject: individual',
    'title: One very long section',
    'sections:',
    '  - id: L',
    '    title: Everything',
    '    groups:',
  ];
  for (let g = 0; g * 2000 < total; g++) {
    lines.push(
      `      - id: g${g + 1}`,
      '        kind: skill',
      `        title: Group ${g + 1}`,
      '        items:',
    );
    for (let i = g * 2000 + 1; i <= Math.min(total, (g + 1) * 2000); i++)
      lines.push(`          - id: L${i}`, `            text: Statement number ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The stored form of these assessments (src/domain/assessment/persisted.ts: adapt here if it changes). */
function storedForm(assessments: Record<string, unknown>): string {
  return JSON.stringify({
    state: { assessments, deleted: {}, frameworks: {}, removedFrameworks: {} },
    version: 2,
  });
}

/** `n` assessments, stored in a shuffled order; "Assessment 0" is the newest, "Assessment 1" the next. */
function manyAssessments(n: number, now: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const rank = (i * 7919) % n;
    out[`a${i}`] = {
      id: `a${i}`,
      frameworkId: 'guidance-competences',
      frameworkVersion: '1',
      title: `Assessment ${rank}`,
      subjectName: '',
      sections: ['C3.1'],
      level: null,
      answers: {},
      createdAt: now - rank * 60_000,
      metaUpdatedAt: now,
      updatedAt: now,
      completedAt: null,
      previousId: null,
    };
  }
  return out;
}

/** One statement's stored answer, in whichever assessment holds it. */
const storedAnswer = (page: Page, itemId: string) =>
  page.evaluate(
    ({ key, id }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
      const all = Object.values(stored?.state?.assessments ?? {}) as { answers?: Record<string, unknown> }[];
      return all.find((a) => a.answers?.[id])?.answers?.[id] ?? null;
    },
    { key: STORAGE_KEY, id: itemId },
  );

test('a rating in a section of 10,000 statements paints at once, is saved, and the page keeps answering', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await recordLongTasks(page);
  await page.goto('./?lng=en');
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name: 'long-section.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(longSection(10_000)),
  });
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click({ timeout: 60_000 });
  await startAssessment(page, 'framework=long-section');
  await expect(page.getByText('Statements 1–100 of 10,000')).toBeVisible();
  await expect(page.locator('#statement-L100')).toBeAttached({ timeout: 30_000 });

  // A rating clicked as a slow phone would take it (4x slower CPU), the pointer left over the page.
  const label = page.locator('label[for="L50-current-3"]');
  await label.scrollIntoViewIfNeeded();
  await longTasksHeard(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const paint = page.evaluate(
    () =>
      new Promise<{ at: number; ms: number }>((done) => {
        addEventListener(
          'click',
          (e) => {
            const loop = () =>
              document.querySelector('input[name="L50-current"][value="3"]:checked')
                ? requestAnimationFrame(() =>
                    setTimeout(() => done({ at: e.timeStamp, ms: performance.now() - e.timeStamp })),
                  )
                : requestAnimationFrame(loop);
            loop();
          },
          { capture: true, once: true },
        );
      }),
  );
  await label.click();
  const { at, ms } = await paint;
  expect(ms).toBeLessThan(BOUND_MS);
  await page.waitForTimeout(6000);
  expect(await longestTaskSince(page, at)).toBeLessThan(BOUND_MS);
  // Then it settles: from two seconds after the click, hardly any time goes to long tasks.
  expect(await busySince(page, at + 2000)).toBeLessThan(BOUND_MS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect.poll(() => storedAnswer(page, 'L50')).toMatchObject({ current: 3 });

  // The next hundred: focus on the line that says which are shown; the first hundred are gone.
  await page.getByRole('button', { name: 'Next 100 statements' }).click();
  await expect(page.getByText('Statements 101–200 of 10,000')).toBeFocused();
  await expect(page.locator('#statement-L1')).toHaveCount(0);
  await page.locator('label[for="L150-target-4"]').click();
  await expect.poll(() => storedAnswer(page, 'L150')).toMatchObject({ target: 4 });
  await page.getByRole('button', { name: 'Previous 100 statements' }).click();
  await expect(page.locator('input[name="L50-current"]:checked')).toHaveValue('3', { timeout: 30_000 });

  // "Next unrated" finds a statement in another part and shows that part.
  await page.locator('#statement-L100 input').first().focus({ timeout: 30_000 });
  await page.getByRole('button', { name: text('en', 'questionnaire:nextUnrated') }).click();
  await expect(page.getByText('Statements 101–200 of 10,000')).toBeVisible();
  await expect(page.locator('#statement-L101 input').first()).toBeFocused();
});

test('a list of 10,000 assessments shows its newest first, fifty at a time, without long tasks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stored = storedForm(manyAssessments(10_000, Date.now()));
  await page.addInitScript(
    ({ key, value }) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    { key: STORAGE_KEY, value: stored },
  );
  await recordLongTasks(page);
  await page.goto('./?lng=en#/assessments');
  const titles = page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .getByRole('heading', { level: 2 });
  await expect(titles.first()).toHaveText('Assessment 0');
  await expect(page.getByText('50 of 10,000 assessments shown')).toBeVisible();
  expect(await titles.allTextContents()).toEqual(Array.from({ length: 50 }, (_, i) => `Assessment ${i}`));
  await page.waitForTimeout(1000);
  // Every task of the load, as the record heard it (the probe after it shows it hears).
  const loading = await longestTaskSince(page, 0);
  await longTasksHeard(page);
  expect(loading).toBeLessThan(BOUND_MS);

  // "Show more" says how many are left; the first one it adds takes the focus.
  const since = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: text('en', 'assessments:showMore', { count: 9950 }) }).click();
  await expect(page.getByRole('link', { name: 'Assessment 50', exact: true })).toBeFocused();
  await expect(titles).toHaveCount(100);
  // By keyboard too.
  await page.getByRole('button', { name: text('en', 'assessments:showMore', { count: 9900 }) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Assessment 100', exact: true })).toBeFocused();
  await expect(page.getByText('150 of 10,000 assessments shown')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await longestTaskSince(page, since)).toBeLessThan(BOUND_MS);

  // An entry shown by "Show more" is deleted and brought back, and takes the focus again.
  await page.getByRole('button', { name: 'Delete Assessment 120', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('en', 'assessments:confirm') })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Assessment 120', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: text('en', 'assessments:undo') }).click();
  await expect(page.getByRole('link', { name: 'Assessment 120', exact: true })).toBeFocused();

  // In another language, the count is written the way that language writes numbers.
  await page.goto('./?lng=fi#/assessments');
  await expect(
    page.getByRole('button', { name: text('fi', 'assessments:showMore', { count: 9950 }) }),
  ).toBeVisible();
});
