import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { scopedItemIds, scopeOf } from '../../domain/assessment/scope.ts';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useAssessments } from '../../store/appStores.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { TranslationToggle } from '../../ui/TranslationToggle.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import { CoverageContext } from './coverage.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { ScaleDescriptions } from './ScaleChoice.tsx';
import { ScaleHint } from './ScaleHint.tsx';
import { SectionNav, SUMMARY } from './SectionNav.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { VersionNotice } from './VersionNotice.tsx';
import './questionnaire.css';

function levelName(fw: Framework, id: string, ui: string): string {
  const level = fw.levels?.find((l) => l.id === id);
  return level ? localize(level.label, ui, fw.sourceLanguage).text : id;
}

interface Meta {
  title: string;
  subjectName: string;
  sections: string[];
  level: string | null;
}

/** Focuses the first choice still open in a statement (Now, else Goal), or its first choice. */
function focusStatement(itemId: string): boolean {
  const row = document.getElementById(`statement-${itemId}`);
  const groups = [
    ...(row?.querySelectorAll<HTMLFieldSetElement>('fieldset.scale-choice:not(:disabled)') ?? []),
  ];
  const open = groups.find((g) => !g.querySelector('input:checked'));
  const input = (open ?? groups[0])?.querySelector<HTMLInputElement>('input:checked, input');
  if (!row || !input) return false;
  row.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
  return true;
}

function Questionnaire({
  id,
  fw,
  meta,
  sectionId,
}: {
  id: string;
  fw: Framework;
  meta: Meta;
  sectionId: string | null;
}) {
  const { t, i18n } = useTranslation('questionnaire');
  const scope = useMemo(() => scopeOf(fw, meta), [fw, meta]);
  const covered = useMemo(() => scopedItemIds(scope), [scope]);
  useDocumentTitle(meta.title);
  const scale = useMemo(() => scaleOf(fw), [fw]);
  const [showOriginal, setShowOriginal] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  // The statement asked for, so that a long section shows the part that holds it.
  const [reveal, setReveal] = useState<{ itemId: string } | null>(null);
  const lastItem = useRef<string | null>(null);
  const content = useRef<HTMLDivElement>(null);
  // Remember the statement the user is at, so "next unrated" continues from there.
  useEffect(() => {
    const el = content.current;
    const onFocus = (e: FocusEvent) => {
      const row = (e.target as HTMLElement | null)?.closest('.statement');
      if (row) lastItem.current = row.id.replace(/^statement-/, '');
    };
    el?.addEventListener('focusin', onFocus);
    return () => el?.removeEventListener('focusin', onFocus);
  }, []);
  const firstRender = useRef(true);
  const index = scope.findIndex((s) => s.section.id === sectionId);
  const current = sectionId === SUMMARY ? SUMMARY : (scope[Math.max(0, index)]?.section.id ?? SUMMARY);
  const scoped = scope.find((s) => s.section.id === current);
  const position = scope.findIndex((s) => s.section.id === current);
  const ui = i18n.language;

  // A statement asked for ("next unrated") is focused once it has been rendered;
  // focusedIn keeps the section where that happened, so its heading does not take the focus back.
  const focusedIn = useRef<string | null>(null);
  const focusPending = () => {
    if (pendingFocus.current && focusStatement(pendingFocus.current)) {
      pendingFocus.current = null;
      focusedIn.current = current;
      setReveal(null);
    }
  };
  // Otherwise a new section moves focus to its heading; a statement asked for
  // elsewhere that this section does not hold is forgotten.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown section changes
  useEffect(() => {
    if (pendingFocus.current && !scoped?.itemIds.includes(pendingFocus.current)) {
      pendingFocus.current = null;
      setReveal(null);
    }
    if (!pendingFocus.current && focusedIn.current !== current && !firstRender.current) {
      document.getElementById('section-heading')?.focus();
    }
    focusedIn.current = null;
    firstRender.current = false;
  }, [current]);

  const goToStatement = (target: { sectionId: string; itemId: string }) => {
    lastItem.current = target.itemId;
    if (target.sectionId === current && focusStatement(target.itemId)) return;
    pendingFocus.current = target.itemId;
    setReveal({ itemId: target.itemId });
    if (target.sectionId !== current) navigate(hrefFor.assessment(id, target.sectionId));
  };

  return (
    <CoverageContext.Provider value={covered}>
      <div className="questionnaire">
        <header className="questionnaire-header">
          <h1>{meta.title}</h1>
          <p className="muted">
            <span lang={localize(fw.title, ui, fw.sourceLanguage).language}>
              {localize(fw.title, ui, fw.sourceLanguage).text}
            </span>
            {meta.level && <> · {t('levelBadge', { level: levelName(fw, meta.level, ui) })}</>}
            {meta.subjectName && <> · {t('subject', { name: meta.subjectName })}</>}
          </p>
          <p>
            <a href={hrefFor.results(id)}>{t('results')}</a>
          </p>
          <TranslationToggle fw={fw} checked={showOriginal} onChange={setShowOriginal} />
        </header>
        <VersionNotice assessmentId={id} fw={fw} />
        <ProgressBar assessmentId={id} scope={scope} onNext={goToStatement} after={() => lastItem.current} />
        <div className="questionnaire-layout">
          <SectionNav assessmentId={id} fw={fw} scope={scope} current={current} />
          <div className="questionnaire-content" ref={content}>
            {scoped ? (
              <SectionPanel
                key={scoped.section.id}
                onStatementsShown={focusPending}
                assessmentId={id}
                fw={fw}
                scoped={scoped}
                inScope={scope.map((s) => s.section.id)}
                scale={scale}
                showOriginal={showOriginal}
                level={meta.level}
                reveal={reveal}
              />
            ) : (
              <SummaryPanel assessmentId={id} fw={fw} scope={scope} />
            )}
            <div className="section-steps">
              {position > 0 && (
                <a href={hrefFor.assessment(id, scope[position - 1]?.section.id)}>← {t('previousSection')}</a>
              )}
              {position >= 0 && position < scope.length - 1 && (
                <a href={hrefFor.assessment(id, scope[position + 1]?.section.id)}>{t('nextSection')} →</a>
              )}
              {position === scope.length - 1 && (
                <a href={hrefFor.assessment(id, SUMMARY)}>{t('summary')} →</a>
              )}
            </div>
            <ScaleHint scale={scale} sourceLanguage={fw.sourceLanguage} within={content} />
          </div>
        </div>
        <ScaleDescriptions scale={scale} sourceLanguage={fw.sourceLanguage} />
      </div>
    </CoverageContext.Provider>
  );
}

export default function QuestionnairePage({ id, sectionId }: { id: string; sectionId: string | null }) {
  const { t } = useTranslation(['questionnaire', 'common']);
  const meta = useAssessments(
    useShallow((s) => {
      const a = s.assessments[id];
      return a
        ? {
            title: a.title,
            subjectName: a.subjectName,
            sections: a.sections,
            level: a.level,
            frameworkId: a.frameworkId,
            frameworkVersion: a.frameworkVersion,
          }
        : null;
    }),
  );
  const state = useFramework(meta?.frameworkId ?? '', meta?.frameworkVersion);
  if (!meta) {
    return (
      <>
        <h1>{t('common:status.notFound')}</h1>
        <p>{t('notFound')}</p>
        <p>
          <a href={hrefFor.assessments()}>{t('common:nav.assessments')}</a>
        </p>
      </>
    );
  }
  if (state.status === 'loading') return <p aria-busy="true">{t('common:status.loading')}</p>;
  if (state.status !== 'ready') return <p role="alert">{t('frameworkMissing')}</p>;
  return <Questionnaire id={id} fw={state.framework} meta={meta} sectionId={sectionId} />;
}
