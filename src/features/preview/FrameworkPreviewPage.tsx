import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { Intro } from '../../ui/Intro.tsx';
import { Localized } from '../../ui/LocalizedText.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { TranslationToggle } from '../../ui/TranslationToggle.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import { FrameworkExport } from './FrameworkExport.tsx';
import { SectionView } from './SectionView.tsx';
import './preview.css';

function Preview({ fw }: { fw: Framework }) {
  const { t, i18n } = useTranslation('preview');
  const [showOriginal, setShowOriginal] = useState(false);
  const toggleId = useId();
  const ui = i18n.language;
  useDocumentTitle(localize(fw.title, ui, fw.sourceLanguage).text);
  return (
    <article className="preview">
      <p>
        <a href={hrefFor.library()}>{t('back')}</a>
      </p>
      <h1>
        <Localized text={fw.title} sourceLanguage={fw.sourceLanguage} />
      </h1>
      <TranslationToggle fw={fw} checked={showOriginal} onChange={setShowOriginal} />
      <FrameworkExport fw={fw} />
      {fw.intro && <Intro text={fw.intro} fw={fw} showOriginal={showOriginal} />}
      <section aria-labelledby={`${toggleId}-scale`} className="scale-preview">
        <h2 id={`${toggleId}-scale`}>{t('scale')}</h2>
        <ol>
          {scaleOf(fw).map((step) => (
            <li key={step.value} value={step.value}>
              <strong>
                <Localized text={step.label} sourceLanguage={fw.sourceLanguage} />
              </strong>
              {step.description && (
                <>
                  {' – '}
                  <Localized text={step.description} sourceLanguage={fw.sourceLanguage} />
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      {fw.sections.map((section) => (
        <SectionView key={section.id} fw={fw} section={section} showOriginal={showOriginal} />
      ))}
    </article>
  );
}

export default function FrameworkPreviewPage({ id }: { id: string }) {
  const { t } = useTranslation('common');
  const state = useFramework(id);
  if (state.status === 'loading') return <p aria-busy="true">{t('status.loading')}</p>;
  if (state.status === 'ready') return <Preview fw={state.framework} />;
  return (
    <>
      <h1>{t(state.status === 'missing' ? 'status.notFound' : 'status.loadFailed')}</h1>
      <p>
        <a href={hrefFor.library()}>{t('nav.library')}</a>
      </p>
    </>
  );
}
