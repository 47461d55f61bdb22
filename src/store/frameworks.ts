// The frameworks the app knows: the built-in ones, validated and parsed at build time.
import { catalog, loaders } from 'virtual:frameworks';
import type { Framework } from '../domain/framework/schema.ts';
import type { FrameworkSummary } from '../domain/framework/summary.ts';

export const builtInCatalog: readonly FrameworkSummary[] = catalog;

export function findSummary(id: string): FrameworkSummary | undefined {
  return catalog.find((f) => f.id === id);
}

const loaded = new Map<string, Promise<Framework>>();

/** The whole framework (its own chunk, fetched once). Rejects for an unknown id. */
export function loadBuiltInFramework(id: string): Promise<Framework> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) return Promise.reject(new Error(`unknown framework ${id}`));
  let promise = loaded.get(id);
  if (!promise) {
    promise = load();
    promise.catch(() => loaded.delete(id));
    loaded.set(id, promise);
  }
  return promise;
}
