// Hash routes, so the app works from any path on any static host, and from a file.
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'framework'; id: string }
  | { name: 'start'; frameworkId: string; sections: string[] | null; level: string | null }
  | { name: 'questionnaire'; id: string; section: string | null }
  | { name: 'assessments' }
  | { name: 'kept-data' }
  /** The authoring guide (docs/framework-format.md), at one of its headings. */
  | { name: 'guide'; section: string | null }
  | { name: 'results'; id: string; compare: string | null }
  /** An assessment's development plan; `again`: the reminder's link to rate it again. */
  | { name: 'plan'; id: string; again: boolean }
  | { name: 'workshops' }
  | {
      name: 'workshop-new';
      framework: string | null;
      sections: string[] | null;
      level: string | null;
      language: string | null;
    }
  | { name: 'workshop'; id: string }
  | { name: 'workshop-present'; id: string }
  /** A participant's join link: the exercise packed in `x` (src/domain/workshop/joinLink.ts). */
  | { name: 'join'; param: string }
  /** Feedback from others: asking (from an assessment), a request's page, a rater's link (src/domain/feedback). */
  | { name: 'feedback-new'; assessment: string }
  | { name: 'feedback'; id: string }
  | { name: 'give'; param: string }
  | { name: 'not-found'; hash: string }
  /** A link whose percent-escapes do not decode (`#/assess/%E0%A4%A`). */
  | { name: 'unreadable-link'; hash: string };

function listParam(value: string | null): string[] | null {
  if (value === null) return null;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : null;
}

/** A percent-encoded part of a link, decoded; null where an escape is malformed (`%E0%A4%A`, `%`). */
function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The route a hash names. Never throws: a link that cannot be decoded is a route of its own. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const path = pathPart.replace(/\/+$/, '');
  const params = new URLSearchParams(query);
  if (path === '' || path === '/') return { name: 'library' };
  if (path === '/assessments') return { name: 'assessments' };
  if (path === '/kept-data') return { name: 'kept-data' };
  if (path === '/guide') return { name: 'guide', section: params.get('section') };
  if (path === '/join') return { name: 'join', param: params.get('x') ?? '' };
  if (path === '/give') return { name: 'give', param: params.get('x') ?? '' };
  if (path === '/feedback/new') return { name: 'feedback-new', assessment: params.get('assessment') ?? '' };
  const feedback = /^\/feedback\/([^/]+)$/.exec(path);
  if (feedback?.[1]) {
    const id = decode(feedback[1]);
    return id === null ? { name: 'unreadable-link', hash } : { name: 'feedback', id };
  }
  if (path === '/assess/new') {
    return {
      name: 'start',
      frameworkId: params.get('framework') ?? '',
      sections: listParam(params.get('sections')),
      level: params.get('level'),
    };
  }
  if (path === '/workshops') return { name: 'workshops' };
  if (path === '/workshop/new') {
    return {
      name: 'workshop-new',
      framework: params.get('framework'),
      sections: listParam(params.get('sections')),
      level: params.get('level'),
      language: params.get('lng'),
    };
  }
  const workshop = /^\/workshop\/([^/]+)(\/present)?$/.exec(path);
  if (workshop?.[1]) {
    const id = decode(workshop[1]);
    if (id === null) return { name: 'unreadable-link', hash };
    return { name: workshop[2] ? 'workshop-present' : 'workshop', id };
  }
  const plan = /^\/plan\/([^/]+)(\/again)?$/.exec(path);
  if (plan?.[1]) {
    const id = decode(plan[1]);
    return id === null ? { name: 'unreadable-link', hash } : { name: 'plan', id, again: !!plan[2] };
  }
  const match = /^\/(framework|assess|results)\/([^/]+)$/.exec(path);
  const kind = match?.[1];
  const id = match?.[2] ? decode(match[2]) : undefined;
  if (id === null) return { name: 'unreadable-link', hash };
  if (kind === 'results' && id) return { name: 'results', id, compare: params.get('compare') };
  if (kind === 'framework' && id) return { name: 'framework', id };
  if (kind === 'assess' && id) return { name: 'questionnaire', id, section: params.get('section') };
  return { name: 'not-found', hash };
}

const enc = encodeURIComponent;

export const hrefFor = {
  library: () => '#/',
  framework: (id: string) => `#/framework/${enc(id)}`,
  start: (frameworkId: string) => `#/assess/new?framework=${enc(frameworkId)}`,
  assessment: (id: string, section?: string) =>
    `#/assess/${enc(id)}${section ? `?section=${enc(section)}` : ''}`,
  assessments: () => '#/assessments',
  keptData: () => '#/kept-data',
  guide: (section?: string) => `#/guide${section ? `?section=${enc(section)}` : ''}`,
  join: (param: string) => `#/join?x=${enc(param)}`,
  give: (param: string) => `#/give?x=${enc(param)}`,
  feedbackNew: (assessmentId: string) => `#/feedback/new?assessment=${enc(assessmentId)}`,
  feedback: (id: string) => `#/feedback/${enc(id)}`,
  results: (id: string, compare?: string | null) =>
    `#/results/${enc(id)}${compare ? `?compare=${enc(compare)}` : ''}`,
  plan: (id: string) => `#/plan/${enc(id)}`,
  rateAgain: (id: string) => `#/plan/${enc(id)}/again`,
  workshops: () => '#/workshops',
  workshop: (id: string) => `#/workshop/${enc(id)}`,
  workshopPresent: (id: string) => `#/workshop/${enc(id)}/present`,
};

export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  const hash = href.replace(/^#/, '');
  // `replace`: the new page takes the place of this one in the history (a form that has
  // done its work, which Back should not show again).
  if (replace) window.location.replace(`#${hash}`);
  else window.location.hash = hash;
}

/**
 * The current route, and whether a new one is still on its way. A change
 * renders as a transition: React renders the new page in slices, so the page
 * keeps answering input, and the old page stays until the new one is ready
 * (`pending` meanwhile, for a loading indicator).
 */
export function useRoute(): { route: Route; pending: boolean } {
  const [hash, setHash] = useState(() => window.location.hash);
  const shown = useRef(hash);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const follow = () => {
      if (window.location.hash === shown.current) return;
      shown.current = window.location.hash;
      startTransition(() => setHash(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const route = useMemo(() => parseRoute(hash), [hash]);
  return { route, pending };
}
