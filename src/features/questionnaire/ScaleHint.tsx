import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { ScaleStep } from '../../domain/framework/schema.ts';

/** How long the pointer rests on a choice before its description shows, as tooltips do. */
const REST_MS = 350;

interface Shown {
  value: string;
  /** Below the choice for the pointer; above it from the keyboard, clear of the next row. */
  above: boolean;
  top: number;
  left: number;
}

/**
 * One tooltip for the page with the description of the scale step under the
 * pointer (once it rests), under keyboard focus, or just tapped on a touch screen. It is the only one: the
 * choices carry no hidden copies to lay out, and a click on its way through
 * shows or lays out nothing. Screen readers get the description through
 * `aria-describedby` (see ScaleDescriptions); this copy is for the eye.
 * Measured against a hidden copy per choice: docs/performance.md, row "One
 * tooltip for the page".
 */
export function ScaleHint({
  scale,
  sourceLanguage,
  within,
}: {
  scale: ScaleStep[];
  sourceLanguage: string;
  within: RefObject<HTMLElement | null>;
}) {
  const { i18n } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const tip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const area = within.current;
    if (!area) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hovered: Element | null = null;
    let byKeyboard = false;
    // Whether a tooltip is up: the pointer's way across the page sets no state while none is.
    let showing = false;
    const place = (option: Element, above: boolean) => {
      const value = option.querySelector('input')?.value;
      if (!value) return;
      const box = option.getBoundingClientRect();
      const frame = area.getBoundingClientRect();
      byKeyboard = above;
      showing = true;
      setShown({
        value,
        above,
        top: (above ? box.top : box.bottom) - frame.top,
        left: box.left - frame.left,
      });
    };
    // The pointer's tooltip goes; one shown from the keyboard stays until focus moves on.
    const hide = () => {
      byKeyboard = false;
      clearTimeout(timer);
      if (showing) setShown(null);
      showing = false;
    };
    const dropPointerTip = () => {
      if (byKeyboard) clearTimeout(timer);
      else hide();
    };
    const onPointerOver = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const option = (e.target as Element).closest('.option');
      if (option === hovered) return;
      hovered = option;
      dropPointerTip();
      if (option) timer = setTimeout(() => place(option, false), REST_MS);
    };
    const onPointerLeave = () => {
      hovered = null;
      dropPointerTip();
    };
    const onFocusIn = (e: FocusEvent) => {
      const input = e.target as HTMLElement;
      const option = input.closest('.option');
      if (option && input.matches(':focus-visible')) place(option, true);
      else if (byKeyboard) hide();
    };
    const onFocusOut = () => {
      if (byKeyboard) hide();
    };
    // A touch screen has no hover: the step just tapped shows its description below it,
    // until the next touch (a press of a mouse still dismisses it).
    let touched = false;
    const onPointerDown = (e: PointerEvent) => {
      touched = e.pointerType === 'touch';
      dropPointerTip();
    };
    const onClick = (e: MouseEvent) => {
      const input = e.target as Element;
      const option = input.matches('input') ? input.closest('.option') : null;
      if (touched && option) place(option, false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    const listening = new AbortController();
    const options = { signal: listening.signal };
    area.addEventListener('pointerover', onPointerOver, options);
    area.addEventListener('pointerleave', onPointerLeave, options);
    // A press dismisses the tooltip, and the pointer has to move on to bring it back.
    area.addEventListener('pointerdown', onPointerDown, options);
    area.addEventListener('click', onClick, options);
    area.addEventListener('focusin', onFocusIn, options);
    area.addEventListener('focusout', onFocusOut, options);
    document.addEventListener('keydown', onKeyDown, options);
    // A new width moves the choices: the tooltip would point at nothing.
    window.addEventListener('resize', hide, options);
    return () => {
      listening.abort();
      clearTimeout(timer);
    };
  }, [within]);

  // Kept inside the questionnaire's width: a choice near the right edge moves its tooltip left.
  useLayoutEffect(() => {
    const el = tip.current;
    const area = within.current;
    if (!el || !area || !shown) return;
    const room = Math.max(0, area.clientWidth - el.offsetWidth);
    el.style.left = `${Math.min(shown.left, room)}px`;
  }, [shown, within]);

  const step = shown && scale.find((s) => String(s.value) === shown.value);
  if (!shown || !step?.description) return null;
  const description = localize(step.description, i18n.language, sourceLanguage);
  return (
    <div
      ref={tip}
      className={`scale-hint ${shown.above ? 'above' : 'below'}`}
      aria-hidden="true"
      lang={description.language}
      style={{ top: shown.top, left: shown.left }}
    >
      {description.text}
    </div>
  );
}
