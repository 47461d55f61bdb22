// A very large framework file is checked off the main thread: the page shows
// that checking is under way, keeps answering, and ends with a clear refusal;
// a small file still adds as before. In the served build and the one-file build.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { text } from './helpers.ts';
import { longestTaskSince, longTasksHeard } from './longTasks.ts';

const ITEMS = 85_000;
const SINGLE = pathToFileURL(resolve('dist-single/index.html')).href;

/** 85,000 statements in one group, one short flow mapping a line: under the 2 MB limit, slow to parse. */
function heavyFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'heavy-')), 'heavy.yaml');
  const items = Array.from({ length: ITEMS }, (_, i) => ` {id: i${i}, text: t},`);
  const head = 'format: competency-framework/1\nid: heavy\nversion: "1"\nsourceLanguage: en\n';
  const body =
    'subject: individual\ntitle: Heavy\nsections: [{id: s, title: S, groups: [{id: g, kind: skill, items: [\n';
  writeFileSync(path, `${head}${body}${items.join('\n')}\n ]}]}]\n`);
  return path;
}

async function refusesHeavyFile(page: Page) {
  const path = heavyFile();
  await page.getByRole('heading', { name: text('en', 'library:add.heading') }).waitFor();
  // Long tasks from here on, once the page has shown that it reports them.
  const since = await longTasksHeard(page);
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles(path);
  const checking = page
    .getByRole('status')
    .filter({ hasText: text('en', 'library:add.checking', { file: 'heavy.yaml' }) });
  await expect(checking).toBeVisible({ timeout: 2000 });
  // While the file is checked, the page answers: the paste box opens at once.
  await page.locator('summary', { hasText: text('en', 'library:add.paste') }).click();
  await expect(page.getByRole('textbox', { name: text('en', 'library:add.paste') })).toBeVisible({
    timeout: 500,
  });
  await expect(checking).toBeVisible();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(text('en', 'library:add.invalid', { count: 1, file: 'heavy.yaml' }), {
    timeout: 20_000,
  });
  await expect(refusal).toContainText(`has ${ITEMS} entries; at most 2000 are allowed`);
  await expect(checking).toBeHidden();
  expect(await longestTaskSince(page, since)).toBeLessThan(200);
}

async function addsSmallFile(page: Page) {
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles('tests/fixtures/minimal.yaml');
  await expect(page.getByText(text('en', 'library:add.valid'))).toBeVisible();
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click();
  await expect(
    page.getByText(text('en', 'library:add.added', { title: 'A minimal framework' })),
  ).toBeVisible();
  await expect(page.getByRole('article', { name: 'A minimal framework' })).toBeVisible();
}

test('a very large framework file is checked off the main thread, then refused; a small one adds', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await refusesHeavyFile(page);
  await addsSmallFile(page);
});

test.describe(() => {
  // Served straight from the network, where the test stands in for the worker's code.
  test.use({ serviceWorkers: 'block' });

  test('a check that runs over its time limit is stopped, and the user is told which file', async ({
    page,
  }) => {
    // A hostile file, as the worker meets it: its check never ends (the worker's code replaced by a busy loop).
    await page.route(/frameworkCheck\.worker-[^/]+\.js$/, async (route) => {
      const original = await (await route.fetch()).text();
      if (original.includes('new Worker')) return route.continue(); // the module that starts it
      await route.fulfill({
        contentType: 'text/javascript',
        body: "postMessage({ kind: 'ready' }); onmessage = () => { for (;;) {} };",
      });
    });
    await page.goto('./?lng=fi');
    await page.getByLabel(text('fi', 'library:add.file')).setInputFiles('tests/fixtures/minimal.yaml');
    const checking = text('fi', 'library:add.checking', { file: 'minimal.yaml' });
    await expect(page.getByRole('status').filter({ hasText: checking })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      text('fi', 'library:add.tooSlow', { count: 10, file: 'minimal.yaml' }),
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => localStorage.getItem('csa.assessments') ?? '')).not.toContain('minimal');
    // The next file is checked by a worker of its own.
    await page.unrouteAll();
    await page.getByLabel(text('fi', 'library:add.file')).setInputFiles('tests/fixtures/minimal.yaml');
    await expect(page.getByText(text('fi', 'library:add.valid'))).toBeVisible();
  });
});

test('the one-file build, opened from disk under its strict policy, checks in a worker too', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`${SINGLE}?lng=en`);
  await refusesHeavyFile(page);
  expect(workers).toEqual([expect.stringMatching(/^blob:/)]);
  await addsSmallFile(page);
  expect(errors).toEqual([]);
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync('dist-single/index.html', 'utf8'),
  )?.[1];
  expect(policy).toContain('worker-src blob:');
});
