import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Assessment } from '../../domain/assessment/model.ts';
import { asksGoal, scopedItemIds, scopeOf } from '../../domain/assessment/scope.ts';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useUserData } from '../../store/appStores.ts';
import { FeedbackBanner } from '../../ui/FeedbackBanner.tsx';
import { AnswersRemoved, removedHere } from '../../ui/RemoveAnswers.tsx';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { useSpokenTo } from '../../ui/spokenTo.ts';
import { TranslationToggle } from '../../ui/TranslationToggle.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import { CoverageContext, GoalContext, SpokenContext } from './coverage.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { PlannedContext, usePlanned } from './planned.ts';
import { ScaleDescriptions } from './ScaleChoice.tsx';
import { ScaleHint } from './ScaleHint.tsx';
import { SectionNav, SUMMARY } from './SectionNav.tsx';
import { SectionPanel } from './SectionPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { useStatementFocus } from './useStatementFocus.ts';
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
  /** Whether a goal is asked beside the current level (`asksGoal`). */
  goal: boolean;
  /** A rater's: whom they rate (`useSpokenTo`). */
  feedback: Assessment['feedback'];
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
  const spoken = useSpokenTo(fw, meta);
  const scale = useMemo(() => scaleOf(fw, spoken.context), [fw, spoken.context]);
  const [showOriginal, setShowOriginal] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  const index = scope.findIndex((s) => s.section.id === sectionId);
  const current = sectionId === SUMMARY ? SUMMARY : (scope[Math.max(0, index)]?.section.id ?? SUMMARY);
  const scoped = scope.find((s) => s.section.id === current);
  const position = scope.findIndex((s) => s.section.id === current);
  const ui = i18n.language;

  const planned = usePlanned(id);
  const focus = useStatementFocus({
    current,
    itemIds: scoped?.itemIds,
    content,
    open: (sectionId) => navigate(hrefFor.assessment(id, sectionId)),
  });

  return (
    <CoverageContext.Provider value={covered}>
      <GoalContext.Provider value={meta.goal}>
        <SpokenContext.Provider value={spoken}>
          <PlannedContext.Provider value={planned}>
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
                  <a href={hrefFor.results(id)}>{t('results', spoken)}</a>
                </p>
                <TranslationToggle fw={fw} checked={showOriginal} onChange={setShowOriginal} />
              </header>
              <VersionNotice assessmentId={id} fw={fw} />
              <FeedbackBanner assessmentId={id} fw={fw} />
              <ProgressBar
                assessmentId={id}
                scope={scope}
                audience={spoken}
                onNext={focus.goTo}
                after={focus.lastItem}
              />
              <div className="questionnaire-layout">
                <SectionNav assessmentId={id} fw={fw} scope={scope} current={current} />
                <div className="questionnaire-content" ref={content}>
                  {scoped ? (
                    <SectionPanel
                      key={scoped.section.id}
                      onStatementsShown={focus.statementsShown}
                      assessmentId={id}
                      fw={fw}
                      scoped={scoped}
                      inScope={scope.map((s) => s.section.id)}
                      scale={scale}
                      showOriginal={showOriginal}
                      level={meta.level}
                      reveal={focus.reveal}
                    />
                  ) : (
                    <SummaryPanel assessmentId={id} fw={fw} scope={scope} />
                  )}
                  <div className="section-steps">
                    {position > 0 && (
                      <a href={hrefFor.assessment(id, scope[position - 1]?.section.id)}>
                        ← {t('previousSection')}
                      </a>
                    )}
                    {position >= 0 && position < scope.length - 1 && (
                      <a href={hrefFor.assessment(id, scope[position + 1]?.section.id)}>
                        {t('nextSection')} →
                      </a>
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
          </PlannedContext.Provider>
        </SpokenContext.Provider>
      </GoalContext.Provider>
    </CoverageContext.Provider>
  );
}

export default function QuestionnairePage({ id, sectionId }: { id: string; sectionId: string | null }) {
  const { t } = useTranslation(['questionnaire', 'common']);
  const meta = useUserData(
    useShallow((s) => {
      const a = s.assessments[id];
      return a
        ? {
            title: a.title,
            subjectName: a.subjectName,
            sections: a.sections,
            level: a.level,
            goal: asksGoal(a),
            feedback: a.feedback,
            frameworkId: a.frameworkId,
            frameworkVersion: a.frameworkVersion,
          }
        : null;
    }),
  );
  const state = useFramework(meta?.frameworkId ?? '', meta?.frameworkVersion);
  const removed = meta ? null : removedHere(id);
  if (removed) return <AnswersRemoved page {...removed} />;
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
