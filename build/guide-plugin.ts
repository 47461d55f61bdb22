// Vite plugin: the authoring guide (docs/framework-format.md) as a page of the app, one
// text for the repository and the app. The Markdown becomes HTML at build time (markdown-it,
// HTML in the Markdown disabled, so it is shown as text), so the page's chunk holds HTML
// and no Markdown parser:
//   import { guide } from 'virtual:guide'
//     guide.title, guide.headings (for the table of contents), guide.blocks (HTML and tables)
// Headings get ids; a link to `#id` in the Markdown becomes the app's own link to it
// (`#/guide?section=id`), since the app's routes live in the hash.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import type { Plugin } from 'vite';

const ID = 'virtual:guide';

export interface GuideHeading {
  id: string;
  text: string;
  level: number;
}

/** HTML to show as it is (the first: the title and intro; then one per section), or a table (shown in a region of its own that scrolls sideways). */
export type GuideBlock = { kind: 'html'; html: string } | { kind: 'table'; html: string; title: string };

export interface Guide {
  title: string;
  /** The headings below the title, in order (level 2 and 3). */
  headings: GuideHeading[];
  blocks: GuideBlock[];
}

/** An id from a heading's text: lower-case letters and digits joined by dashes. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

/** The guide's Markdown as the page shows it. Pure: the unit test checks it against the file. */
export function renderGuide(markdown: string): Guide {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const tokens = md.parse(markdown, {});
  const headings: GuideHeading[] = [];
  const taken = new Set<string>();
  let title = '';
  let lastHeading = '';
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const text = tokens[i + 1]?.children?.map((c) => c.content).join('') ?? '';
      const level = Number(token.tag.slice(1));
      let id = slug(text);
      for (let n = 2; taken.has(id); n++) id = `${slug(text)}-${n}`;
      taken.add(id);
      token.attrSet('id', id);
      if (level === 1 && !title) title = text;
      else headings.push({ id, text, level });
      lastHeading = text;
    }
    if (token.type === 'table_open') token.meta = { title: lastHeading };
    // An aligned column as a class: the CSP allows no style attribute.
    const align = /^text-align:(\w+)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
    if (align) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${align}`);
    }
    for (const child of token.children ?? []) {
      const href = child.type === 'link_open' ? child.attrGet('href') : null;
      if (typeof href === 'string' && href.startsWith('#'))
        child.attrSet('href', `#/guide?section=${encodeURIComponent(href.slice(1))}`);
    }
  });
  // Code blocks scroll sideways on a narrow screen; focusable, so a keyboard can scroll them.
  md.renderer.rules.fence = (all, i) => {
    const token = all[i] as Token;
    const language = token.info.trim().split(/\s+/)[0] ?? '';
    const code = md.utils.escapeHtml(token.content);
    const className = language ? ` class="language-${md.utils.escapeHtml(language)}"` : '';
    return `<pre tabindex="0"><code${className}>${code}</code></pre>\n`;
  };
  const blocks: GuideBlock[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const html = md.renderer.render(tokens.slice(start, end), md.options, {});
    if (html.trim()) blocks.push({ kind: 'html', html });
  };
  tokens.forEach((token, i) => {
    // A block per section, so the page can put its own parts after the title and intro.
    if (token.type === 'table_open' || (token.type === 'heading_open' && token.tag === 'h2')) {
      flush(i);
      start = i;
    }
    if (token.type === 'table_close') {
      const open = tokens[start] as Token;
      const html = md.renderer.render(tokens.slice(start, i + 1), md.options, {});
      blocks.push({ kind: 'table', html, title: (open.meta as { title: string }).title });
      start = i + 1;
    }
  });
  flush(tokens.length);
  return { title, headings, blocks };
}

export function authoringGuide(file = 'docs/framework-format.md'): Plugin {
  const path = resolve(file);
  return {
    name: 'authoring-guide',
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(path);
      const guide = renderGuide(readFileSync(path, 'utf8'));
      return `export const guide = JSON.parse(${JSON.stringify(JSON.stringify(guide))});\n`;
    },
  };
}
