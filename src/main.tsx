// Start-up in steps, each in its own task, so that no single task holds the
// page for long: stored answers, the UI strings, React's DOM renderer, the app.
// index.html names every step's code (build/preload-plugin.ts), so the browser
// fetches it with the page; only the chosen language's strings are fetched in
// their step (the service worker keeps all of it after the first visit).
// Its gain was within the bench's noise (docs/performance.md, row "Start-up in
// steps"): a candidate for removal, together with the preload plugin's prefetches.
// The first page's CSS, in index.html: the shell, the shared pieces, the library (the first page), print.
import './app/styles.css';
import './ui/ui.css';
import './features/library/library.css';
import './app/print.css';
import { startServiceWorker } from './store/appUpdate.ts';

/** Lets the browser paint and handle input before the next step, marked for the profiler. */
const nextTask = (step: string) =>
  new Promise<void>((resume) => {
    performance.mark(`start-up: ${step}`);
    setTimeout(resume, 0);
  });

const root = document.getElementById('root');
const { userDataStore, retrySaving, startPersistence } = await import('./store/appStores.ts');
startPersistence();
// The benchmark build reaches the store to time saving; other builds drop this.
if (__BENCH__) Object.assign(window, { __bench: { userDataStore, flush: retrySaving } });
startServiceWorker();
await nextTask('stored data read');
const { initI18n } = await import('./app/i18n.ts');
await initI18n();
await nextTask('UI strings loaded');
await import('react-dom/client');
await nextTask('React loaded');
const { renderApp } = await import('./app/renderApp.tsx');
if (root) renderApp(root);
performance.mark('start-up: rendering');
