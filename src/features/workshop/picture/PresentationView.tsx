// The group picture for a projector (#/workshop/<id>/present): large type, one
// screen at a time (arrow keys, Page Up/Down, Home/End), Escape to leave, full
// screen on request. The heading of each screen takes focus and the step is
// announced. The same anonymity rules as the group picture.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Legend } from './Distribution.tsx';
import { Slide } from './Slide.tsx';
import { slidesOf } from './slides.ts';
import { usePictureTexts } from './texts.ts';
import { type PictureProps, usePicture } from './usePicture.ts';
import './picture.css';
import './present.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function useFullScreen(element: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const changed = () => setOn(document.fullscreenElement === element.current && element.current !== null);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, [element]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void element.current?.requestFullscreen?.().catch(() => {});
  }, [element]);
  return { on, toggle, available: typeof document !== 'undefined' && document.fullscreenEnabled === true };
}

export function PresentationView({ onExit, ...props }: PictureProps & { onExit(): void }) {
  const { t } = useTranslation('groupPicture');
  const picture = usePicture(props);
  const texts = usePictureTexts(props.fw, props.layout);
  const slides = slidesOf(picture, props.layout);
  const [at, setAt] = useState(0);
  const index = Math.min(at, slides.length - 1);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fullScreen = useFullScreen(root);
  const step = useCallback(
    (by: number) => setAt((i) => Math.max(0, Math.min(slides.length - 1, i + by))),
    [slides.length],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
      if (NEXT.has(e.key)) step(1);
      else if (PREVIOUS.has(e.key)) step(-1);
      else if (e.key === 'Home') setAt(0);
      else if (e.key === 'End') setAt(slides.length - 1);
      else if (e.key === 'Escape' && !document.fullscreenElement) onExit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, onExit, slides.length]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step
  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  const slide = slides[index] ?? { kind: 'too-few' as const };
  const position = t('present.step', { n: index + 1, total: slides.length });
  return (
    <div className="presentation group-picture" ref={root}>
      <nav className="present-controls" aria-label={t('present.label')}>
        <button type="button" onClick={() => step(-1)} disabled={index === 0}>
          {t('present.previous')}
        </button>
        <span className="present-position" aria-hidden="true">
          {index + 1} / {slides.length}
        </span>
        <button type="button" onClick={() => step(1)} disabled={index === slides.length - 1}>
          {t('present.next')}
        </button>
        {fullScreen.available && (
          <button type="button" onClick={fullScreen.toggle} aria-pressed={fullScreen.on}>
            {t('present.fullScreen')}
          </button>
        )}
        <button type="button" onClick={onExit}>
          {t('present.exit')}
        </button>
        <span className="present-keys">{t('present.keys')}</span>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {position}
      </p>
      <div className="present-slide">
        <Slide
          slide={slide}
          picture={picture}
          exercise={props.exercise}
          texts={texts}
          heading={heading}
          legend={<Legend texts={texts} />}
        />
      </div>
    </div>
  );
}
