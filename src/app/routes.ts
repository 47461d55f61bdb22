// Hash routes, so the app works from any path on any static host, and from a file.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'framework'; id: string }
  | { name: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const path = (hash.replace(/^#/, '').split('?')[0] ?? '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const framework = /^\/framework\/([^/]+)$/.exec(path);
  if (framework?.[1]) return { name: 'framework', id: decodeURIComponent(framework[1]) };
  return { name: 'not-found', hash };
}

export const hrefFor = {
  library: () => '#/',
  framework: (id: string) => `#/framework/${encodeURIComponent(id)}`,
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
