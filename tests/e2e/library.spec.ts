import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The four framework titles in each UI language, as the frameworks carry them.
const TITLES: Record<string, RegExp[]> = {
  en: [/Competence descriptions for career professionals/, /Navigator/, /Collaboration/, /Partnership/i],
  fi: [/osaamis/i, /Ohjaamo/, /Yhteistyö/, /kumppanuus/i],
  sv: [/kompetens/i, /Navigatorn/, /Samverkan/, /Partnerskap/],
  nl: [/competentie/i, /Navigator/, /Samenwerken/, /Partnerschap/],
  nb: [/kompetanse/i, /Navigator/, /Samarbeid/, /Partnerskap for karriereveiledning/],
};

const HEADINGS: Record<string, string> = {
  en: 'Frameworks',
  fi: 'Osaamiskuvaukset',
  sv: 'Ramverk',
  nl: 'Competentiekaders',
  nb: 'Rammeverk',
};

for (const [language, titles] of Object.entries(TITLES)) {
  test(`the library in ${language} shows all four frameworks and no raw keys`, async ({ page }) => {
    const heading = HEADINGS[language];
    if (!heading) throw new Error(`no heading for ${language}`);
    await page.goto(`./?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const cards = page.getByRole('article');
    await expect(cards).toHaveCount(4);
    for (const title of titles) {
      await expect(cards.getByRole('heading', { level: 2, name: title })).toHaveCount(1);
    }
    // Raw i18next keys look like "library.heading" or "common:app.name".
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(
      /\b[a-z]+:[a-z]+(\.[a-zA-Z_]+)+\b|\b(common|library|preview|scale|nav|status|subject|content)\.[a-zA-Z_.]+\b/,
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

test('each card tells who is assessed, the source, the original language and the statement count', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  const navigator = page.getByRole('article', { name: /Navigator/ });
  await expect(navigator).toContainText('Assesses a team or centre');
  await expect(navigator).toContainText('45 statements');
  await expect(navigator).toContainText('Swedish');
  await expect(navigator).toContainText('Translation from Swedish');
  const samenwerken = page.getByRole('article', { name: /Collaboration/ });
  await expect(samenwerken).toContainText('Assesses a person');
  await expect(samenwerken).toContainText('19 statements');
  await expect(samenwerken).toContainText('Basic variant');
  const guidance = page.getByRole('article', { name: /Competence descriptions/ });
  await expect(guidance).toContainText('38 statements');
  await expect(guidance).not.toContainText('Translation from');
});

test('the language selector switches the language and the choice is remembered', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Ramverk' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('sv');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ramverk' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('?lng= overrides and replaces the remembered language', async ({ page }) => {
  await page.goto('./?lng=fi');
  await expect(page.getByRole('heading', { level: 1, name: 'Osaamiskuvaukset' })).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Osaamiskuvaukset' })).toBeVisible();
});

test('the statements of a framework can be read, with the original beside the translation', async ({
  page,
}) => {
  await page.goto('./?lng=en');
  await page.getByRole('link', { name: /See the statements: .*Navigator/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Navigator/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'IDENTIFY' })).toBeVisible();
  const original = page.locator('[lang="sv"]', {
    hasText: 'Sektorsövergripande karriärvägledning ska separeras från',
  });
  await expect(original).toHaveCount(0);
  await page.getByLabel('Show the original text beside the translation').check();
  await expect(original).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a cross-reference to a loaded section is a link; to another section, plain text', async ({ page }) => {
  await page.goto('./?lng=en#/framework/guidance-competences');
  await expect(page.getByRole('heading', { level: 2, name: /Multiprofessional networking/ })).toBeVisible();
  await expect(page.getByText('section A1.2 (not included in this framework)')).toBeVisible();
});

test('index.html names all the first page’s code, so no module waits for another to arrive first; other pages stay lazy', async ({
  request,
}) => {
  const html = await (await request.get('./')).text();
  const named = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect(named.has(entry)).toBe(true);
  const missing: string[] = [];
  const lazy = new Set<string>();
  for (const file of named) {
    const code = await (await request.get(`./assets/${file}`)).text();
    const staticImports = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
    for (const dep of staticImports) if (dep && !named.has(dep)) missing.push(`${file} -> ${dep}`);
    for (const m of code.matchAll(/import\(`\.\/([^`]+\.js)`\)/g)) if (m[1]) lazy.add(m[1]);
  }
  expect(named.size).toBeGreaterThan(5);
  expect(missing).toEqual([]);
  // The pages opened later (and each language's strings) are not named: they load when asked for.
  const pages = [...lazy].filter((f) => /^(QuestionnairePage|ResultsPage|StartPage|en_pages)-/.test(f));
  expect(pages).toHaveLength(4);
  expect(pages.filter((f) => named.has(f))).toEqual([]);
});
