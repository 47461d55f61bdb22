// Reading QR codes of result codes with the laptop's camera (a workshop's participants, feedback raters): the stream shown
// with a frame, a few frames a second decoded (downscaled, so each decode stays
// short: cameraFrame.ts) by the bundled decoder, each new code handed on once. The stream
// stops, every track, when the view closes.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DecodeQR, readFrame } from './cameraFrame.ts';
import './cameraScan.css';

export interface CameraScanProps {
  onText(text: string): void;
  onClose(): void;
  /** What to hold up to the camera, where it is not a participant's code. */
  intro?: string;
}

type Problem = 'insecure' | 'no-camera' | 'denied' | 'busy' | 'failed';
type CameraState = 'starting' | 'scanning' | Problem;

const PROBLEM_TEXT = {
  insecure: 'camera.problem.insecure',
  'no-camera': 'camera.problem.noCamera',
  denied: 'camera.problem.denied',
  busy: 'camera.problem.busy',
  failed: 'camera.problem.failed',
} as const satisfies Record<Problem, string>;

/** Frames decoded per second. */
const FRAMES_PER_SECOND = 4;

/** What a getUserMedia refusal means for the user. */
export function cameraProblem(error: unknown): Problem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError')
    return 'no-camera';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

async function openCamera(): Promise<MediaStream> {
  const video = { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } };
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (error) {
    // A camera that cannot meet the wishes: any camera will do.
    if (cameraProblem(error) !== 'no-camera') throw error;
    return navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  }
}

function stop(stream: MediaStream | null) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

function CameraScan({ onText, onClose, intro }: CameraScanProps) {
  const { t } = useTranslation('join');
  const [state, setState] = useState<CameraState>('starting');
  const [read, setRead] = useState<string[]>([]);
  const video = useRef<HTMLVideoElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const callbacks = useRef({ onText, onClose });
  callbacks.current = { onText, onClose };
  const headingId = useId();

  // Escape closes; focus goes back to what opened the camera.
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        callbacks.current.onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const seen = new Set<string>();
    const canvas = document.createElement('canvas');
    async function start() {
      if (!window.isSecureContext) return setState('insecure');
      if (!navigator.mediaDevices?.getUserMedia) return setState('no-camera');
      const [opened, decoder] = await Promise.all([openCamera(), import('qr/decode.js')]);
      if (!live) return stop(opened);
      stream = opened;
      const player = video.current;
      if (!player) return;
      player.srcObject = opened;
      await player.play().catch(() => undefined);
      setState('scanning');
      const tick = () => {
        if (!live) return;
        const text = readFrame(
          player,
          player.videoWidth,
          player.videoHeight,
          canvas,
          decoder.default as DecodeQR,
        );
        if (text && !seen.has(text)) {
          seen.add(text);
          setRead((r) => [...r, text]);
          callbacks.current.onText(text);
        }
        timer = setTimeout(tick, 1000 / FRAMES_PER_SECOND);
      };
      tick();
    }
    start().catch((error: unknown) => live && setState(cameraProblem(error)));
    return () => {
      live = false;
      clearTimeout(timer);
      stop(stream);
      if (video.current) video.current.srcObject = null;
    };
  }, []);

  const problem = state !== 'starting' && state !== 'scanning' ? state : null;
  const last = read[read.length - 1];
  return (
    <section className="camera-scan" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('camera.heading')}</h2>
      {problem ? (
        <p role="alert" className="camera-problem">
          {t(PROBLEM_TEXT[problem])}
        </p>
      ) : (
        <>
          <p>{intro ?? t('camera.intro')}</p>
          <div className="camera-view">
            <video ref={video} muted playsInline aria-label={t('camera.video')} />
            <div className="camera-frame" aria-hidden="true" />
          </div>
        </>
      )}
      <p role="status" className="camera-status">
        {state === 'starting'
          ? t('camera.starting')
          : state === 'scanning'
            ? `${t('camera.read', { count: read.length })}${last ? ` ${t('camera.last', { code: last.slice(0, 12) })}` : ''}`
            : ''}
      </p>
      <p>
        <button
          ref={close}
          type="button"
          className="button secondary"
          onClick={() => callbacks.current.onClose()}
        >
          {t('camera.close')}
        </button>
      </p>
    </section>
  );
}

export default CameraScan;
