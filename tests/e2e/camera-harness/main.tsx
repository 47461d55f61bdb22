// A page for the camera reader's browser test alone (built by the test, never
// part of the app): a button opens the reader; each code read is listed; the
// camera streams the page opened are kept so the test can see them stopped.
import i18next from 'i18next';
import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import join from '../../../locales/en/join.json';

const CameraScan = lazy(() => import('../../../src/ui/CameraScan.tsx'));
const streams: MediaStream[] = [];
const getUserMedia = navigator.mediaDevices?.getUserMedia.bind(navigator.mediaDevices);
if (getUserMedia)
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    streams.push(stream);
    return stream;
  };
Object.assign(window, {
  liveTracks: () => streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  openedStreams: () => streams.length,
});

function Harness() {
  const [open, setOpen] = useState(false);
  const [read, setRead] = useState<string[]>([]);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Scan with camera
      </button>
      {open && (
        <Suspense fallback={<p>Loading</p>}>
          <CameraScan onText={(text) => setRead((r) => [...r, text])} onClose={() => setOpen(false)} />
        </Suspense>
      )}
      <ul aria-label="Codes read">
        {read.map((code, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same code twice must show twice
          <li key={i}>{code}</li>
        ))}
      </ul>
    </main>
  );
}

await i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { join } },
  defaultNS: 'join',
  interpolation: { escapeValue: false },
});
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
