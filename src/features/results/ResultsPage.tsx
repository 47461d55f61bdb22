import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { own } from '../../domain/assessment/own.ts';
import { othersSummary } from '../../domain/feedback/othersView.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { statementLabels } from '../../domain/framework/statementLabel.ts';
import { assessmentResults } from '../../domain/results/gaps.ts';
import { useUserData } from '../../store/appStores.ts';
import { AssessmentGate } from '../../ui/AssessmentGate.tsx';
import { HandBack } from '../../ui/HandBack.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';
import { useSpokenTo } from '../../ui/spokenTo.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CompareChoice } from './CompareChoice.tsx';
import { CompareSection } from './CompareSection.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { AskLink, OthersSection } from './OthersSection.tsx';
import { PlanPart } from './PlanPart.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ResultsBody } from './ResultsBody.tsx';
import { useOthersView } from './useOthersView.ts';
import './results.css';

function Results({ a, fw, compare }: { a: Assessment; fw: Framework; compare: Assessment | undefined }) {
  const { t, i18n } = useTranslation(['results', 'plan']);
  const ui = i18n.language;
  const results = useMemo(() => assessmentResults(fw, a), [fw, a]);
  const feedback = useOthersView(a, fw);
  // A rater's results are their view of another: spoken of as such, with no plan or feedback of their own to ask.
  const spoken = useSpokenTo(fw, a);
  const rater = spoken.context === 'rater';
  useDocumentTitle(t('heading', { title: a.title }));
  const scale = scaleOf(fw);
  const min = scale[0]?.value ?? 0;
  const max = scale[scale.length - 1]?.value ?? 4;
  // A statement of a word or two is named with its group's title wherever it stands alone.
  const labels = useMemo(
    () => statementLabels(fw, ui, (group, text) => t('statementInGroup', { group, text })),
    [fw, ui, t],
  );
  const textOf = (id: string) => labels.get(id) ?? id;
  const titleOf = (id: string) => {
    const s = fw.sections.find((x) => x.id === id);
    return s ? sectionTitle(s, ui, fw.sourceLanguage) : id;
  };
  const others = useUserData((s) => s.assessments);
  const candidates = Object.values(others)
    .filter((o) => o.id !== a.id && o.frameworkId === a.frameworkId)
    .sort((x, y) => y.updatedAt - x.updatedAt);
  return (
    <article className="results">
      <h1>{t('heading', { title: a.title })}</h1>
      <ReportHeader a={a} fw={fw} />
      <ExportButtons a={a} fw={fw} />
      <HandBack assessmentId={a.id} fw={fw} />
      <p className="actions toolbar">
        <a href={hrefFor.assessment(a.id)}>{t('backToRating')}</a>
        <AskLink a={a} fw={fw} />
        {!rater && (
          <a className="button" href={hrefFor.plan(a.id)}>
            {t(a.plan?.items.length ? 'plan:summary.edit' : 'plan:summary.make', { context: audienceOf(fw) })}
          </a>
        )}
        <CompareChoice candidates={candidates} a={a} compare={compare} />
      </p>
      <ResultsBody
        fw={fw}
        results={results}
        others={othersSummary(feedback.view)}
        min={min}
        max={max}
        textOf={textOf}
        titleOf={titleOf}
        spoken={spoken}
      />
      <OthersSection a={a} fw={fw} min={min} max={max} textOf={textOf} titleOf={titleOf} others={feedback} />
      <PlanPart a={a} fw={fw} textOf={textOf} />
      {compare && (
        <CompareSection
          fw={fw}
          before={compare}
          after={a}
          min={min}
          max={max}
          textOf={textOf}
          sectionTitle={titleOf}
        />
      )}
    </article>
  );
}

export default function ResultsPage({ id, compareId }: { id: string; compareId: string | null }) {
  const compare = useUserData((s) => (compareId ? own(s.assessments, compareId) : undefined));
  return <AssessmentGate id={id}>{(a, fw) => <Results a={a} fw={fw} compare={compare} />}</AssessmentGate>;
}
