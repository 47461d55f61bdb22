// The data-loss paths an adversarial test found, each as a user meets it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page, test } from '@playwright/test';
// @ts-expect-error: a plain ES module without types
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startAssessment, text } from './helpers.ts';

const KEY = 'csa.assessments';
const HOUR = 3_600_000;
const example = readFileSync('public/example-framework.yaml', 'utf8');

type Stored = {
  state: {
    assessments: Record<
      string,
      { id: string; answers: Record<string, { current: number | null; updatedAt: number }> }
    >;
  };
};
const stored = async (page: Page): Promise<Stored> =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
const checked = (page: Page, name: string) => page.locator(`input[name="${name}"]:checked`);
const rate = (page: Page, item: string, label: string) =>
  page
    .locator(`#statement-${item.replace('.', '\\.')}`)
    .getByRole('radio', { name: label })
    .first()
    .click();

/** Opens a saved-assessments file on the list page, replacing the one here. */
async function importReplacing(page: Page, file: object) {
  await page.goto('./?lng=en#/assessments');
  await page.getByLabel(text('en', 'assessments:import')).setInputFiles({
    name: 'from-another-device.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('radio', { name: text('en', 'assessments:replace') }).check();
  await page.getByRole('button', { name: text('en', 'assessments:importConfirm') }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 assessment added.' })).toBeVisible();
}

/** The stored assessment as a file from a device whose clock runs an hour ahead, with other answers. */
async function fileFromClockAhead(page: Page) {
  const [a] = Object.values((await stored(page)).state.assessments);
  if (!a) throw new Error('no assessment stored');
  const ahead = Date.now() + HOUR;
  const answers = {
    'C3.1-k1': { current: 2, target: null, notApplicable: false, note: '', updatedAt: ahead },
  };
  return {
    id: a.id,
    file: { format: 'competency-assessment/1', assessments: [{ ...a, answers, updatedAt: ahead }] },
  };
}

test('an edit after importing a file from a clock an hour ahead is saved, and survives a reload', async ({
  page,
}) => {
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rate(page, 'C3.1-k1', '1 Aware of it');
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  const { file } = await fileFromClockAhead(page);
  await importReplacing(page, file);
  await page.goto(url);
  await expect(checked(page, 'C3.1-k1-current')).toHaveValue('2');
  await rate(page, 'C3.1-k1', '4 Can support colleagues in it');
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  await page.reload();
  await expect(checked(page, 'C3.1-k1-current')).toHaveValue('4');
});

test('"Replace the one here" replaces, and stays replaced after a reload', async ({ page }) => {
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rate(page, 'C3.1-k1', '1 Aware of it');
  await rate(page, 'C3.1-k2', '3 Can do it independently');
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  const { file } = await fileFromClockAhead(page);
  await importReplacing(page, file);
  await page.goto('about:blank');
  await page.goto(url);
  await expect(checked(page, 'C3.1-k1-current')).toHaveValue('2');
  await expect(checked(page, 'C3.1-k2-current')).toHaveCount(0);
});

test('an answer off the framework’s scale in a file is refused with the reason', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const { file } = await fileFromClockAhead(page);
  const [a] = file.assessments;
  const bad = { ...file, assessments: [{ ...a, answers: { 'C3.1-k1': { current: 999 } } }] };
  await page.goto('./?lng=en#/assessments');
  await page.getByLabel(text('en', 'assessments:import')).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file “bad.json” could not be used. Nothing was changed.');
  await expect(alert).toContainText(
    'the rating 999 is not on the scale of the framework "guidance-competences" (0, 1, 2, 3, 4)',
  );
});

async function addFramework(page: Page, name: string, yaml: string) {
  await page.goto('./?lng=en');
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name,
    mimeType: 'application/yaml',
    buffer: Buffer.from(yaml),
  });
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
}

test('an assessment of a framework with a 600-character title is kept across reloads', async ({ page }) => {
  const title = `Our practice ${'x'.repeat(600)}`;
  await addFramework(
    page,
    'long-title.yaml',
    example.replace('  en: Our guidance practice', `  en: ${title}`),
  );
  await page
    .getByRole('article', { name: title })
    .getByRole('link', { name: /^Start an assessment/ })
    .click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await page.locator('label[for="S1-1-current-1"]').click();
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  await page.reload();
  await page.reload();
  await expect(checked(page, 'S1-1-current')).toHaveValue('1');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a framework whose language code is longer than 20 characters is still there after a reload', async ({
  page,
}) => {
  const tag = 'sr-Latn-RS12345-abcdefgh';
  const yaml = example
    .replace('sourceLanguage: en', `sourceLanguage: ${tag}`)
    .replaceAll(/^( *)en: /gm, `$1${tag}: `);
  await addFramework(page, 'long-tag.yaml', yaml);
  await expect(page.getByRole('article', { name: 'Our guidance practice' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article', { name: 'Our guidance practice' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('one bad answer in stored data sets aside that answer, not the assessment', async ({ page }) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  await rate(page, 'C3.1-k1', '1 Aware of it');
  await rate(page, 'C3.1-k2', '2 Can do it with support');
  await expect(page.getByText(text('en', 'common:save.saved'))).toBeVisible();
  await page.evaluate((key) => {
    const data = JSON.parse(localStorage.getItem(key) ?? '');
    const a = Object.values(data.state.assessments)[0] as { answers: Record<string, unknown> };
    a.answers['C3.1-k2'] = { current: 'two' };
    localStorage.setItem(key, JSON.stringify(data));
  }, KEY);
  await page.reload();
  await expect(checked(page, 'C3.1-k1-current')).toHaveValue('1');
  await expect(checked(page, 'C3.1-k2-current')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText(text('en', 'common:storage.kept.notice', { count: 1 }));
});

test('each answer is written right after the paint, and closing the browser at once keeps all 32', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'csa-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      ...(baseURL ? { baseURL } : {}),
    });
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  const url = await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const radios = page.locator('.statement').getByRole('radio', { name: /^2 / });
  await expect(radios).toHaveCount(32);
  for (let i = 0; i < 32; i++) await radios.nth(i).click();
  // Written right after the next paint, not after a delay the closing page may not have.
  const written = await page.evaluate(
    (key) =>
      new Promise<number>((done) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const a = Object.values(JSON.parse(localStorage.getItem(key) ?? '{}').state.assessments)[0];
            const answers = Object.values((a as { answers: object }).answers) as Record<string, unknown>[];
            done(
              answers.filter((x) => x.current !== null).length +
                answers.filter((x) => x.target !== null).length,
            );
          }, 0),
        ),
      ),
    KEY,
  );
  expect(written).toBe(32);
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await expect(page.locator('.statement input[type="radio"]:checked')).toHaveCount(32);
  await context.close();
});
