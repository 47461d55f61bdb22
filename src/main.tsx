import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './app/i18n.ts';
import { assessmentsStore, retrySaving, startPersistence } from './store/appStores.ts';
import { startServiceWorker } from './store/appUpdate.ts';
import './app/styles.css';

startPersistence();
// The benchmark build reaches the store to time saving; other builds drop this.
if (__BENCH__) Object.assign(window, { __bench: { assessmentsStore, flush: retrySaving } });
startServiceWorker();
const root = document.getElementById('root');
if (root) {
  initI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
