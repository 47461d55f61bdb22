// Start-up: stored data, the UI strings, then the app. Imported statically, so
// the browser fetches all of it with the page (index.html names it as module
// preloads, build/preload-plugin.ts) instead of one step after another: start-up
// in steps measured seconds slower with network latency (docs/performance.md,
// row "Start-up in steps", removed). Only the chosen language's strings are
// fetched after the entry (the service worker keeps all of it after the first visit).
// The first page's CSS, in index.html: the shell, the shared pieces, the library (the first page), print.
import './app/styles.css';
import './ui/ui.css';
import './features/library/library.css';
import './app/print.css';
import { initI18n } from './app/i18n.ts';
import { renderApp } from './app/renderApp.tsx';
import { retrySaving, startPersistence, userDataStore } from './store/appStores.ts';
import { startServiceWorker } from './store/appUpdate.ts';

const root = document.getElementById('root');
startPersistence();
// The benchmark build reaches the store to time saving; other builds drop this.
if (__BENCH__) Object.assign(window, { __bench: { userDataStore, flush: retrySaving } });
startServiceWorker();
await initI18n();
if (root) renderApp(root);
