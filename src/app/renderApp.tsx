import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { AppError } from '../ui/ErrorPanel.tsx';
import { App } from './App.tsx';

/** Renders the app into `root`; as a transition, React renders it in slices rather than one long task. */
export function renderApp(root: HTMLElement): void {
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        {/* The last resort: even an error outside a page (the header) leaves a message and the data. */}
        <ErrorBoundary fallback={() => <AppError />}>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
