import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startAssessment, tabTo, text } from './helpers.ts';

const C31 = [
  'C3.1-k1',
  'C3.1-k2',
  'C3.1-k3',
  'C3.1-k4',
  'C3.1-k5',
  'C3.1-k6',
  'C3.1-k7',
  'C3.1-s1',
  'C3.1-s2',
  'C3.1-s3',
  'C3.1-s4',
  'C3.1-s5',
  'C3.1-s6',
  'C3.1-s7',
  'C3.1-s8',
  'C3.1-s9',
];

test('C3.1 in Swedish, completed by keyboard alone, and every answer is there after a reload', async ({
  page,
}) => {
  await page.goto('./?lng=sv#/assess/new?framework=guidance-competences&sections=C3.1');
  await expect(page.getByRole('heading', { level: 1, name: text('sv', 'start:heading') })).toBeVisible();
  await tabTo(page, (el) => el.text === text('sv', 'start:submit'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Multiprofessionell/i })).toBeVisible();

  for (const [i, id] of C31.entries()) {
    const now = i % 5; // 0..4
    const goal = Math.min(4, now + 1);
    await tabTo(page, (el) => el.name === `${id}-current`);
    await page.keyboard.press('Space');
    for (let k = 0; k < now; k++) await page.keyboard.press('ArrowRight');
    await tabTo(page, (el) => el.name === `${id}-target`);
    await page.keyboard.press('Space');
    for (let k = 0; k < goal; k++) await page.keyboard.press('ArrowRight');
  }
  const total = text('sv', 'questionnaire:overallProgress', { rated: 16, total: 16 });
  await expect(page.getByText(total)).toBeVisible();
  await expect(page.getByText(text('sv', 'questionnaire:allRated'))).toBeVisible();
  await expect(page.getByText(text('sv', 'common:save.saved'))).toBeVisible();

  await page.reload();
  await expect(page.getByText(total)).toBeVisible();
  for (const [i, id] of C31.entries()) {
    await expect(page.locator(`input[name="${id}-current"]:checked`)).toHaveValue(String(i % 5));
    await expect(page.locator(`input[name="${id}-target"]:checked`)).toHaveValue(
      String(Math.min(4, (i % 5) + 1)),
    );
  }
  // The radio groups are named by statement and by what they ask.
  const group = page.getByRole('group', { name: /olika parallella perspektiv.*Nu/i });
  await expect(group.getByRole('radio', { name: /^0 / })).toBeChecked();
});

test('a trainer’s deep link starts Samenwerken at Plus 1, in Dutch, with the cumulative statements', async ({
  page,
}) => {
  await page.goto('./#/assess/new?framework=samenwerken&level=plus1&lng=nl');
  await expect(page.getByRole('radio', { name: 'Plusvariant 1' })).toBeChecked();
  await page.getByRole('button', { name: text('nl', 'start:submit') }).click();
  await expect(
    page.getByText(text('nl', 'questionnaire:overallProgress', { rated: 0, total: 15 })),
  ).toBeVisible();
  await expect(
    page.getByText(text('nl', 'questionnaire:levelBadge', { level: 'Basisvariant' })).first(),
  ).toBeVisible();
});

test('next unrated, not applicable, notes, goal presets and sections', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences');
  const first = page.locator('.statement').first();
  await first.getByLabel(text('en', 'questionnaire:notApplicable')).check();
  await expect(page.getByText('1 of 38 statements rated')).toBeVisible();
  await page.getByRole('button', { name: /Add a note: the individual background/ }).click();
  await page
    .getByRole('textbox', { name: /Note \(evidence, plans\): the individual background/ })
    .fill('Asked my supervisor');

  await page.getByText(text('en', 'questionnaire:presets')).click();
  await page.getByLabel(text('en', 'questionnaire:setAllTargets')).selectOption('3');
  await page.getByRole('button', { name: text('en', 'questionnaire:apply'), exact: true }).click();
  await expect(page.getByText('Goal set for 22 statements.')).toBeVisible();

  await page.getByRole('button', { name: text('en', 'questionnaire:nextUnrated') }).click();
  await expect(page.locator('input[name="B3.3-k2-current"]').first()).toBeFocused();

  await page.getByRole('link', { name: /Multiprofessional networking/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Multiprofessional networking/ })).toBeFocused();
  await page
    .getByRole('link', { name: text('en', 'questionnaire:summary') })
    .first()
    .click();
  await expect(page.getByText('Client-centered guidance process: 21 statements left')).toBeVisible();

  await page.reload();
  await page
    .getByRole('link', { name: /Client-centered guidance process/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: /the individual background/ })).toHaveValue(
    'Asked my supervisor',
  );
  await expect(page.locator('input[name="B3.3-s16-target"]:checked')).toHaveValue('3');
});

test('switching the language changes the texts, never the answers', async ({ page }) => {
  await startAssessment(page, 'framework=navigator-criteria&sections=genomfor');
  await page.locator('.statement').first().getByRole('radio', { name: '3 Implemented' }).first().click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(page.locator('.statement').first().locator('input[name$="-current"]:checked')).toHaveValue(
    '3',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'GENOMFÖR' })).toBeVisible();
});

test('"next unrated" reaches a statement that a long section renders in a later step, and focuses it', async ({
  page,
}) => {
  // Everything rated but one statement far down the first section; the page opens on the second.
  const ids = [
    ...['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((k) => `B3.3-${k}`),
    ...Array.from({ length: 16 }, (_, i) => `B3.3-s${i + 1}`),
    ...C31,
  ];
  const answer = { current: 2, target: 3, notApplicable: false, note: '', updatedAt: 1 };
  const answers = Object.fromEntries(ids.filter((id) => id !== 'B3.3-s14').map((id) => [id, answer]));
  const assessment = {
    id: 'a1',
    frameworkId: 'guidance-competences',
    frameworkVersion: '1',
    title: 'Almost done',
    answers,
    createdAt: 1,
    metaUpdatedAt: 1,
    updatedAt: 1,
  };
  await page.addInitScript(
    (stored) => {
      if (!localStorage.getItem('csa.assessments')) localStorage.setItem('csa.assessments', stored);
    },
    JSON.stringify({ state: { assessments: { a1: assessment } }, version: 2 }),
  );
  await page.goto('./?lng=en#/assess/a1?section=C3.1');
  await expect(page.getByText('37 of 38 statements rated')).toBeVisible();
  await page.getByRole('button', { name: text('en', 'questionnaire:nextUnrated') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /Client-centered guidance process/ }),
  ).toBeVisible();
  await expect(page.locator('input[name="B3.3-s14-current"]').first()).toBeFocused();
  await expect(page.locator('.statement')).toHaveCount(22);
});

test('a choice’s description shows once the pointer rests on it, and from the keyboard; a click or Escape dismisses it', async ({
  page,
}) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const scale = JSON.parse(readFileSync('locales/en/scale.json', 'utf8')).default;
  const tooltip = page.locator('.scale-hint');
  const canGuide = page.getByRole('radio', { name: '4 Can support colleagues in it' }).first();
  await canGuide.hover();
  await expect(tooltip).toHaveText(scale['4'].description);
  const box = await page.locator('label[for="C3.1-k1-current-4"]').boundingBox();
  const tip = await tooltip.boundingBox();
  expect(tip && box && tip.y >= box.y + box.height).toBe(true); // below the choice
  await page.mouse.down();
  await expect(tooltip).toHaveCount(0);
  await page.mouse.up();

  // From the keyboard: above the focused choice, and Escape hides it.
  await page.mouse.move(0, 0);
  await canGuide.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: /^3 / }).first()).toBeFocused();
  await expect(tooltip).toHaveText(scale['3'].description);
  const focused = await page.locator('label[for="C3.1-k1-current-3"]').boundingBox();
  const above = await tooltip.boundingBox();
  expect(above && focused && above.y + above.height <= focused.y).toBe(true);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('at 320 px wide (400 % zoom) every choice fits inside its statement', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await expect(page.locator('.statement')).toHaveCount(16);
  const cut = await page
    .locator('.statement')
    .evaluateAll((rows) => rows.filter((row) => row.scrollWidth > row.clientWidth).length);
  expect(cut).toBe(0);
});

test('at 1280, 1100 and 900 px no choice runs into the one beside it', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1&lng=en');
  await expect(page.locator('.statement')).toHaveCount(16);
  for (const width of [1280, 1100, 900]) {
    await page.setViewportSize({ width, height: 800 });
    const choices = page.locator('.statement').first().locator('.option label');
    await expect(choices).toHaveCount(10);
    const overlaps = await choices.evaluateAll(
      (labels) =>
        labels
          .map((l) => l.getBoundingClientRect())
          .filter((box, i, all) => {
            const next = all[i + 1];
            return next !== undefined && next.top === box.top && next.left < box.right;
          }).length,
    );
    expect(overlaps, `at ${width} px`).toBe(0);
  }
});

test('a start link for another framework, followed in the same page, starts from that link', async ({
  page,
}) => {
  await page.goto('./?lng=en#/assess/new?framework=samenwerken');
  await expect(page.getByLabel(text('en', 'start:title'))).toHaveValue(/^Collaboration/);
  await page.evaluate(() => {
    window.location.hash = '#/assess/new?framework=guidance-competences&sections=C3.1';
  });
  await expect(page.getByLabel(text('en', 'start:title'))).toHaveValue(/^Competence descriptions/);
  await expect(page.getByRole('checkbox', { name: /^C3\.1/ })).toBeChecked();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: /C3\.1/ })).toBeVisible();
});
