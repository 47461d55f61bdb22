// The guide page (#/guide) shows docs/framework-format.md: the page follows the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringGuide, type Guide, renderGuide } from '../../build/guide-plugin.ts';

const markdown = readFileSync('docs/framework-format.md', 'utf8');

/** The Markdown's headings (outside code blocks), as text without backticks. */
function markdownHeadings(text: string): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m?.[1] && m[2]) found.push({ level: m[1].length, text: m[2].replace(/`/g, '') });
  }
  return found;
}

const html = (guide: Guide) => guide.blocks.map((b) => b.html).join('');
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (s: string) => decode(s.replace(/<[^>]+>/g, ''));

describe('the guide page', () => {
  const guide = renderGuide(markdown);

  it('shows every heading of the Markdown, with an id, and lists those below the title', () => {
    const expected = markdownHeadings(markdown);
    expect(expected.length).toBeGreaterThan(5);
    const [first, ...rest] = expected;
    expect(guide.title).toBe(first?.text);
    expect(guide.headings.map(({ level, text }) => ({ level, text }))).toEqual(rest);
    const shown = [...html(guide).matchAll(/<h(\d) id="([^"]+)">([\s\S]*?)<\/h\d>/g)].map((m) => ({
      level: Number(m[1]),
      text: textOf(m[3] ?? ''),
    }));
    expect(shown).toEqual(expected);
    expect(new Set(guide.headings.map((h) => h.id)).size).toBe(guide.headings.length);
  });

  it('shows every code block and every table row of the Markdown', () => {
    const page = textOf(html(guide));
    const code = [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(code.length).toBeGreaterThan(0);
    for (const line of code.flatMap((block) => block.split('\n'))) expect(page).toContain(line.trim());
    const rows = markdown.split('\n').filter((l) => /^\|.*\|$/.test(l) && !/^\|[\s|:-]+\|$/.test(l));
    const tables = guide.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBe(markdown.split('\n').filter((l) => /^\|[\s|:-]+\|$/.test(l)).length);
    for (const row of rows) {
      const firstCell = row.split('|')[1]?.trim().replace(/`/g, '') ?? '';
      expect(textOf(tables.map((t) => t.html).join(''))).toContain(firstCell);
    }
  });

  it('names each table by the heading above it', () => {
    const titles = guide.blocks.flatMap((b) => (b.kind === 'table' ? [b.title] : []));
    expect(titles[0]).toBe('Field by field');
  });

  it('shows HTML in the Markdown as text, and links to a heading within the app', () => {
    const g = renderGuide(
      '# T\n\n## Part one\n\n<script>alert(1)</script> <b>x</b>\n\nSee [part one](#part-one).\n',
    );
    expect(html(g)).not.toContain('<script');
    expect(html(g)).not.toContain('<b>');
    expect(html(g)).toContain('&lt;script&gt;');
    expect(html(g)).toContain('href="#/guide?section=part-one"');
    expect(html(g)).toContain('<h2 id="part-one">');
  });

  it('writes no style attribute (the CSP allows none): an aligned column gets a class', () => {
    const g = renderGuide('# T\n\n| a | b |\n| :-: | --: |\n| 1 | 2 |\n');
    expect(html(g)).not.toContain('style=');
    expect(html(g)).toContain('<th class="align-center">a</th>');
    expect(html(g)).toContain('<td class="align-right">2</td>');
  });

  it('is built from the file as it is now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    const file = join(dir, 'guide.md');
    writeFileSync(file, '# A guide\n\n## A new kind of group\n\nText.\n');
    const plugin = authoringGuide(file);
    const call = <T>(hook: unknown, ...args: unknown[]) =>
      (hook as (this: unknown, ...a: unknown[]) => T).call({ addWatchFile() {} }, ...args);
    const id = call<string>(plugin.resolveId, 'virtual:guide');
    const code = call<string>(plugin.load, id);
    const json = /JSON\.parse\((".*")\)/.exec(code)?.[1] ?? '""';
    const built = JSON.parse(JSON.parse(json)) as Guide;
    expect(built.headings).toEqual([{ id: 'a-new-kind-of-group', text: 'A new kind of group', level: 2 }]);
  });
});
