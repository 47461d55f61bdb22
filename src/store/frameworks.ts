// The frameworks the app knows: the built-in ones (validated and parsed at
// build time) and those the user added (kept as text in their stored data,
// parsed when first opened).

import { catalog, loaders } from 'virtual:frameworks';
import { useMemo } from 'react';
import { type AddedFramework, textOfVersion } from '../domain/framework/added.ts';
import type { Framework } from '../domain/framework/schema.ts';
import type { CatalogSummary } from '../domain/framework/summary.ts';
import { userDataStore, useUserData } from './appStores.ts';

export interface CatalogEntry {
  /** A built-in framework's has no section titles (ui/titledSections.ts gives them). */
  summary: CatalogSummary;
  origin: 'built-in' | 'added';
}

export function isBuiltIn(id: string): boolean {
  return Object.hasOwn(loaders, id);
}

function entries(added: Record<string, AddedFramework>): CatalogEntry[] {
  return [
    ...catalog.map((summary) => ({ summary, origin: 'built-in' as const })),
    ...Object.values(added)
      .filter((f) => !isBuiltIn(f.id))
      .map((f) => ({ summary: f.summary, origin: 'added' as const })),
  ];
}

/** Every framework, built-in first. */
export function useCatalog(): CatalogEntry[] {
  const added = useUserData((s) => s.frameworks);
  return useMemo(() => entries(added), [added]);
}

/** Ids of every framework the app knows now. */
export function allFrameworkIds(): string[] {
  return entries(userDataStore.getState().frameworks).map((e) => e.summary.id);
}

export function findSummary(id: string): CatalogSummary | undefined {
  return entries(userDataStore.getState().frameworks).find((e) => e.summary.id === id)?.summary;
}

/** A framework, or why there is none: the app does not have it, or its stored text no longer reads. */
export type FrameworkLoad = { ok: true; framework: Framework } | { ok: false; reason: 'missing' | 'invalid' };

const loaded = new Map<string, Promise<FrameworkLoad>>();

async function parseAdded(text: string, fileName: string): Promise<FrameworkLoad> {
  const { loadFramework } = await import('../domain/framework/loader.ts');
  const result = loadFramework(text, fileName);
  return result.ok ? { ok: true, framework: result.framework } : { ok: false, reason: 'invalid' };
}

/**
 * The whole framework, fetched or parsed once. With a version, the version an
 * assessment was made with, where it is still kept; otherwise the current one.
 * Rejects only when its code could not be fetched.
 */
export function loadFramework(id: string, version?: string): Promise<FrameworkLoad> {
  const added = isBuiltIn(id) ? undefined : userDataStore.getState().frameworks[id];
  const text = added && version ? (textOfVersion(added, version) ?? added.text) : added?.text;
  const key = `${id}@${added ? text?.length : 'built-in'}:${version && added ? version : ''}`;
  let promise = loaded.get(key);
  if (!promise) {
    const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
    if (load) promise = load().then((framework): FrameworkLoad => ({ ok: true, framework }));
    else if (added && text !== undefined) promise = parseAdded(text, added.fileName);
    else return Promise.resolve({ ok: false, reason: 'missing' });
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}
