import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

type Tree = { [key: string]: string | Tree };

/** A UI string as the user sees it: `text('sv', 'questionnaire:now')`. */
export function text(language: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.split(':') as [string, string];
  const tree = JSON.parse(readFileSync(`locales/${language}/${ns}.json`, 'utf8')) as Tree;
  const find = (p: string) => {
    let node: string | Tree | undefined = tree;
    for (const part of p.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  };
  let node = find(path);
  if (node === undefined && typeof values.count === 'number')
    node = find(`${path}_${values.count === 1 ? 'one' : 'other'}`);
  if (typeof node !== 'string') throw new Error(`no string ${language} ${key}`);
  // `{{count, number}}` is written as the app writes it, through Intl.
  return node.replace(/\{\{(\w+)(, number)?\}\}/g, (_, name: string, number?: string) => {
    const value = values[name] ?? '';
    return number && typeof value === 'number'
      ? new Intl.NumberFormat(language).format(value)
      : String(value);
  });
}

/** Presses Tab until the focused element satisfies `match` (by its name attribute or text). */
export async function tabTo(
  page: Page,
  match: (el: { name: string; text: string; type: string }) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { name: el?.name ?? '', text: el?.textContent?.trim() ?? '', type: el?.type ?? '' };
    });
    if (match(focused)) return;
  }
  throw new Error('focus never reached the wanted element');
}

/** Starts an assessment through the start form, by mouse. Returns its URL. */
export async function startAssessment(page: Page, query: string, language = 'en'): Promise<string> {
  await page.goto(`./?lng=${language}#/assess/new?${query}`);
  await page.getByRole('button', { name: text(language, 'start:submit') }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  return page.url();
}

/** A statement's data table in the group picture: participants per level, now and as the goal. */
export async function expectLevelCounts(table: Locator, now: number[], goal: number[]): Promise<void> {
  await expect(table.getByRole('row', { name: /^Now/ }).getByRole('cell')).toHaveText(now.map(String));
  await expect(table.getByRole('row', { name: /^Goal/ }).getByRole('cell')).toHaveText(goal.map(String));
}

/** Collects into `foreign` every request `page` makes to another origin (blob: and data: URLs are the page's own). */
export function watchOrigins(page: Page, origin: string, foreign: string[]): void {
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
}

/** On an assessment's feedback request form: asks as `name` (with or without a goal); returns the feedback link. */
export async function feedbackLink(page: Page, assessmentId: string, { goal = true } = {}): Promise<string> {
  await page.goto(`./?lng=en#/feedback/new?assessment=${encodeURIComponent(assessmentId)}`);
  await page.getByLabel(text('en', 'feedback:ask.name')).fill('Anna');
  if (!goal) await page.getByLabel(text('en', 'feedback:ask.goal')).uncheck();
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  const field = page.getByRole('textbox', { name: text('en', 'feedback:request.link') });
  await expect(field).toHaveValue(/#\/give\?x=/);
  return field.inputValue();
}

/** Chooses a level for a statement by its visible choice, as a person clicks it. */
export async function choose(page: Page, itemId: string, which: 'current' | 'target', value: number) {
  await page.locator(`label[for="${itemId}-${which}-${value}"]`).click();
}

/** Starts an assessment of the first framework, rates its first statement, and saves all as a file: its text. */
export async function savedAssessmentFile(page: Page): Promise<string> {
  await page.goto('./?lng=en');
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /^Start an assessment/ })
    .click();
  await page.getByRole('button', { name: text('en', 'start:submit') }).click();
  await page.locator('.statement').first().getByRole('radio').nth(2).click();
  await page.goto('./?lng=en#/assessments');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('en', 'assessments:exportAll') }).click();
  return readFileSync((await (await download).path()) ?? '', 'utf8');
}
