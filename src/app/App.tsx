import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../features/library/LibraryPage.tsx';
import { StorageNotices } from '../features/storage/StorageNotices.tsx';
import { AppLogo } from '../ui/AppLogo.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { PageError, UnreadableLink } from '../ui/ErrorPanel.tsx';
import { hrefFor, type Route, useRoute } from '../ui/routes.ts';
import { DropAnywhere } from './DropAnywhere.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { useRouteFocus } from './useRouteFocus.ts';

// Each page but the first its own chunk and CSS: the first page stays at half the bytes
// (docs/performance.md, row "A chunk and CSS per page").
const FrameworkPreviewPage = lazy(() => import('../features/preview/FrameworkPreviewPage.tsx'));
const StartPage = lazy(() => import('../features/start/StartPage.tsx'));
const QuestionnairePage = lazy(() => import('../features/questionnaire/QuestionnairePage.tsx'));
const AssessmentListPage = lazy(() => import('../features/assessments/AssessmentListPage.tsx'));
const ResultsPage = lazy(() => import('../features/results/ResultsPage.tsx'));
const PlanPage = lazy(() => import('../features/plan/PlanPage.tsx'));
const KeptDataPage = lazy(() => import('../features/storage/KeptDataPage.tsx'));
const GuidePage = lazy(() => import('../features/guide/GuidePage.tsx'));
const WorkshopsPage = lazy(() => import('../features/workshop/WorkshopsPage.tsx'));
const ExercisePage = lazy(() => import('../features/workshop/ExercisePage.tsx'));
const PresentPage = lazy(() => import('../features/workshop/PresentPage.tsx'));
const JoinPage = lazy(() => import('../features/join/JoinPage.tsx'));
const AskPage = lazy(() => import('../features/feedback/AskPage.tsx'));
const RequestPage = lazy(() => import('../features/feedback/RequestPage.tsx'));
const GivePage = lazy(() => import('../features/feedback/GivePage.tsx'));

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'framework':
      return <FrameworkPreviewPage id={route.id} />;
    case 'start':
      // Another framework or scope is another form: its fields start from that link, not from the last one.
      return (
        <StartPage
          key={`${route.frameworkId}|${route.sections?.join(',') ?? ''}|${route.level ?? ''}`}
          frameworkId={route.frameworkId}
          sections={route.sections}
          level={route.level}
        />
      );
    case 'questionnaire':
      return <QuestionnairePage id={route.id} sectionId={route.section} />;
    case 'assessments':
      return <AssessmentListPage />;
    case 'kept-data':
      return <KeptDataPage />;
    case 'guide':
      return (
        <GuidePage section={route.section} links={{ library: hrefFor.library(), guide: hrefFor.guide }} />
      );
    case 'results':
      return <ResultsPage id={route.id} compareId={route.compare} />;
    case 'plan':
      return <PlanPage id={route.id} again={route.again} />;
    case 'join':
      return <JoinPage param={route.param} />;
    case 'give':
      return <GivePage param={route.param} />;
    case 'feedback-new':
      return <AskPage assessmentId={route.assessment} />;
    case 'feedback':
      return <RequestPage id={route.id} />;
    case 'workshops':
      return <WorkshopsPage link={null} />;
    case 'workshop-new':
      return <WorkshopsPage link={route} />;
    case 'workshop':
      return <ExercisePage id={route.id} />;
    case 'workshop-present':
      return <PresentPage id={route.id} />;
    case 'unreadable-link':
      return <UnreadableLink hash={route.hash} />;
    default:
      return (
        <>
          <h1>{t('status.notFound')}</h1>
          <p>
            <a href={hrefFor.library()}>{t('nav.library')}</a>
          </p>
        </>
      );
  }
}

export function App() {
  const { t } = useTranslation();
  const { route, pending } = useRoute();
  const main = useRef<HTMLElement>(null);
  useRouteFocus(route, main);
  return (
    <>
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('nav.skip')}
      </button>
      <header className="site-header">
        <a className="site-name" href={hrefFor.library()}>
          <AppLogo />
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.main')} className="site-nav">
          <a href={hrefFor.library()} aria-current={route.name === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </a>
          <a href={hrefFor.assessments()} aria-current={route.name === 'assessments' ? 'page' : undefined}>
            {t('nav.assessments')}
          </a>
          <a href={hrefFor.workshops()} aria-current={route.name.startsWith('workshop') ? 'page' : undefined}>
            {t('nav.workshops')}
          </a>
        </nav>
        <LanguageSelect />
      </header>
      <StorageNotices />
      <UpdatePrompt />
      <DropAnywhere />
      <main id="main" ref={main} tabIndex={-1} aria-busy={pending || undefined}>
        {pending && (
          <p className="route-pending" role="status">
            {t('status.loading')}
          </p>
        )}
        {/* A page that throws shows an error in its place; a new route tries again. */}
        <ErrorBoundary resetKey={route} fallback={(retry) => <PageError retry={retry} />}>
          <Suspense fallback={<p aria-busy="true">{t('status.loading')}</p>}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
      </footer>
    </>
  );
}
