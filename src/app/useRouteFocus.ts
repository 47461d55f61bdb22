// A new page takes the focus and starts at the top, as a page load would: its h1 (made
// focusable) or, until it has one, the main element. Not on the first load (the browser
// starts there already), and not when only a part of the same page changes (the
// questionnaire's section, the results' comparison): those pages move focus themselves.
import { type RefObject, useEffect, useRef } from 'react';
import type { Route } from '../ui/routes.ts';

/** What makes a route another page: its name and what it shows, not a section or a comparison. */
export function pageKey(route: Route): string {
  switch (route.name) {
    case 'questionnaire':
    case 'results':
    case 'framework':
    case 'workshop':
    case 'workshop-present':
      return `${route.name}|${route.id}`;
    case 'start':
      return `start|${route.frameworkId}|${route.sections?.join(',') ?? ''}|${route.level ?? ''}`;
    default:
      return route.name;
  }
}

/** How long a page that loads its data may take to show its heading before focus stays on main. */
const WAIT_MS = 3000;

export function useRouteFocus(route: Route, main: RefObject<HTMLElement | null>): void {
  const key = pageKey(route);
  const shown = useRef(key);
  // Where focus was while the last page was shown: a new page that focused something of its
  // own as it mounted (a form's heading, a highlighted row) keeps that.
  const before = useRef<Element | null>(null);
  if (shown.current !== key) before.current = document.activeElement;
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const root = main.current;
    if (!root) return;
    const active = document.activeElement;
    if (active && active !== before.current && active !== root && root.contains(active)) return;
    window.scrollTo(0, 0);
    const focusHeading = () => {
      const h1 = root.querySelector<HTMLElement>('h1');
      if (!h1) return false;
      if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    root.focus({ preventScroll: true });
    // A page still loading its data gets its heading later: it takes the focus then,
    // unless the user has moved on inside the page meanwhile.
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      if (active !== root && active !== document.body) return observer.disconnect();
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [key, main]);
}
