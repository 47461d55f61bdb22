// The authoring guide (#/guide): docs/framework-format.md, made HTML at build time
// (build/guide-plugin.ts), with a table of contents and the files to start from.

import { type GuideBlock, guide } from 'virtual:guide';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../ui/download.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import './guide.css';

async function downloadExample() {
  const { default: text } = await import('../../../public/example-framework.yaml?raw');
  downloadText('example-framework.yaml', text, 'application/yaml');
}

async function downloadSchema() {
  const { default: text } = await import('../../../public/competency-framework.schema.json?raw');
  downloadText('competency-framework.schema.json', text, 'application/schema+json');
}

/** HTML made at build time from the project's own Markdown, with HTML in it disabled (shown as text). */
function Html({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built from docs/framework-format.md by markdown-it with html: false
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

function Block({ block }: { block: GuideBlock }) {
  if (block.kind === 'table') return <TableRegion html={block.html} title={block.title} />;
  return (
    <div lang="en">
      <Html html={block.html} />
    </div>
  );
}

/**
 * The links the page makes (hrefFor.library, hrefFor.guide), handed in by the app: importing
 * routes.ts here would split it from the first page's chunk into one of its own (+0.24 KB gzip
 * on the first page, which is at its budget).
 */
interface Links {
  library: string;
  guide(section: string): string;
}

export default function GuidePage({ section, links }: { section: string | null; links: Links }) {
  const { t } = useTranslation('guide');
  useDocumentTitle(t('title'));
  const body = useRef<HTMLDivElement>(null);
  // A link to a heading (the table of contents, a shared link) brings it into view with the focus.
  useEffect(() => {
    if (!section) return;
    const heading = body.current?.querySelector<HTMLElement>(`[id="${CSS.escape(section)}"]`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [section]);
  const [first, ...rest] = guide.blocks;
  return (
    <div className="guide" ref={body}>
      {first && <Block block={first} />}
      <Aside links={links} />
      {rest.map((block, i) => (
        // The blocks are fixed at build time: their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Block key={i} block={block} />
      ))}
      <p>
        <a href={links.library}>{t('back')}</a>
      </p>
    </div>
  );
}

/** The contents and the downloads, after the title and the first paragraphs. */
function Aside({ links }: { links: Links }) {
  const { t, i18n } = useTranslation('guide');
  return (
    <div className="guide-aside">
      {i18n.language !== 'en' && (
        <p className="notice guide-language" role="note">
          {t('inEnglish')}
        </p>
      )}
      <section aria-labelledby="guide-files" className="guide-files">
        <h2 id="guide-files">{t('files')}</h2>
        <p className="actions">
          <button type="button" onClick={() => void downloadExample()}>
            {t('example')}
          </button>
          <button type="button" onClick={() => void downloadSchema()}>
            {t('schema')}
          </button>
        </p>
      </section>
      <nav aria-labelledby="guide-contents" className="guide-contents">
        <h2 id="guide-contents">{t('contents')}</h2>
        <ol>
          {guide.headings.map((h) => (
            <li key={h.id} className={h.level > 2 ? 'sub' : undefined} lang="en">
              <a href={links.guide(h.id)}>{h.text}</a>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

function TableRegion({ html, title }: { html: string; title: string }) {
  const { t } = useTranslation('guide');
  return (
    <>
      <p className="hint table-hint">{t('tableHint')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways takes the focus so a keyboard can scroll it */}
      <section className="guide-table" aria-label={t('table', { title })} tabIndex={0} lang="en">
        <Html html={html} />
      </section>
    </>
  );
}
