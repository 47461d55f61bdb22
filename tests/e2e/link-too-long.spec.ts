// A feedback request on too many listed sections: its link would be longer
// than a rater's app reads, so the request page says so, and what to do,
// instead of handing out a link that does not open.
import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

/** A framework of 500 sections (the most allowed) with long, hard-to-compress ids, one statement each. */
function manySections(): string {
  const lines = [
    'format: competency-framework/1',
    'id: many-sections',
    'version: "1"',
    'sourceLanguage: en',
    'subject: individual',
    'title: Many sections',
    'sections:',
  ];
  let seed = 11;
  const chars = () =>
    Array.from({ length: 60 }, () => {
      seed = (seed * 48271) % 2147483647;
      return (seed % 36).toString(36);
    }).join('');
  for (let i = 1; i <= 500; i++)
    lines.push(
      `  - id: S${chars()}`,
      `    title: ${i === 1 ? 'Alpha' : `Part ${i}`}`,
      '    groups:',
      `      - id: g${i}`,
      '        kind: skill',
      `        title: Group ${i}`,
      '        items:',
      `          - id: i${i}`,
      `            text: Statement ${i}`,
    );
  return `${lines.join('\n')}\n`;
}

test('a feedback request whose link would be too long says so, in words, with what to do', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./?lng=en');
  await page.getByLabel(text('en', 'library:add.file')).setInputFiles({
    name: 'many-sections.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(manySections()),
  });
  await page.getByRole('button', { name: text('en', 'library:add.confirm') }).click({ timeout: 60_000 });
  const url = await startAssessment(page, 'framework=many-sections');
  const id = decodeURIComponent(url.split('#/assess/')[1]?.split('?')[0] ?? '');
  await page.goto(`./?lng=en#/results/${encodeURIComponent(id)}`);
  await page.getByRole('link', { name: text('en', 'feedback:ask.action') }).click();
  // All but one section: 499 listed ids.
  await page.getByRole('checkbox', { name: /Alpha/ }).uncheck();
  await page.getByRole('button', { name: text('en', 'feedback:ask.create') }).click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'feedback:request.linkTooLong'));
  // No link that would not open: no field, no QR code.
  await expect(page.getByRole('textbox', { name: text('en', 'feedback:request.link') })).toHaveCount(0);
  await expect(page.getByRole('img', { name: text('en', 'feedback:request.qr') })).toHaveCount(0);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `/tmp/h12/too-long-en-${width}.png` });
  }
  await page.goto(page.url().replace('lng=en', 'lng=fi'));
  await expect(page.getByRole('alert')).toHaveText(text('fi', 'feedback:request.linkTooLong'));
  await page.screenshot({ path: '/tmp/h12/too-long-fi-1280.png' });
});
