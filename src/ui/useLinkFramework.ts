// The framework a link needs (a workshop's join link, a feedback link): on this
// device in the link's version, carried in the link (checked like any added
// file, added on Start), or neither (whoever sent the link hands out the file).
import { useEffect, useState } from 'react';
import type { Framework } from '../domain/framework/schema.ts';
import { useUserData } from '../store/appStores.ts';
import { checkFrameworkFile } from '../store/frameworkCheck.ts';
import { loadFramework } from '../store/frameworks.ts';

export type LinkFramework =
  | { kind: 'loading' }
  /** On this device; `otherVersion` when only another version is (the trainer may then refuse the result). */
  | { kind: 'here'; framework: Framework; otherVersion: string | null }
  /** From the link, checked; added to the library on Start. */
  | { kind: 'from-link'; framework: Framework; text: string; fileName: string }
  /** The link carries a framework that does not read, or is not the exercise's. */
  /** `other`: the framework the link carries, when it reads but is another one or another version. */
  | { kind: 'link-invalid'; reason: string; other?: Framework }
  | { kind: 'missing' };

/** `exercise`: whatever names the framework id and version (an exercise, a feedback request). */
export function useLinkFramework(
  exercise: { frameworkId: string; frameworkVersion: string },
  frameworkText: string | null,
): LinkFramework {
  const [state, setState] = useState<LinkFramework>({ kind: 'loading' });
  // Follows frameworks added meanwhile (here or in another tab).
  const added = useUserData((s) => s.frameworks[exercise.frameworkId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `added` changes when the framework is added meanwhile
  useEffect(() => {
    const controller = new AbortController();
    const { frameworkId: id, frameworkVersion: version } = exercise;
    const fileName = `${id}.yaml`;
    setState({ kind: 'loading' });
    async function resolve(): Promise<LinkFramework> {
      const load = await loadFramework(id, version).catch(() => null);
      if (load?.ok && load.framework.version === version)
        return { kind: 'here', framework: load.framework, otherVersion: null };
      if (frameworkText !== null) {
        const checked = await checkFrameworkFile(frameworkText, fileName, { signal: controller.signal });
        if ('unchecked' in checked) return { kind: 'link-invalid', reason: checked.unchecked };
        if (!checked.ok) return { kind: 'link-invalid', reason: checked.problems[0]?.message ?? '' };
        if (checked.framework.id !== id || checked.framework.version !== version)
          return {
            kind: 'link-invalid',
            reason: `${checked.framework.id} ${checked.framework.version}`,
            other: checked.framework,
          };
        return { kind: 'from-link', framework: checked.framework, text: checked.text, fileName };
      }
      if (load?.ok) return { kind: 'here', framework: load.framework, otherVersion: load.framework.version };
      return { kind: 'missing' };
    }
    resolve().then(
      (next) => controller.signal.aborted || setState(next),
      () => controller.signal.aborted || setState({ kind: 'missing' }),
    );
    return () => controller.abort();
  }, [exercise, frameworkText, added]);
  return state;
}
