import { startTransition, useEffect, useState } from 'react';
import type { Framework } from '../domain/framework/schema.ts';
import { loadFramework } from '../store/frameworks.ts';

export type FrameworkState =
  | { status: 'loading' }
  | { status: 'ready'; framework: Framework }
  | { status: 'missing' }
  | { status: 'failed' };

/** A framework by id; with a version, the one an assessment was made with where it is kept. */
export function useFramework(id: string, version?: string): FrameworkState {
  const [state, setState] = useState<FrameworkState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadFramework(id, version).then(
      // Rendering a whole section is a transition: it yields to input while it runs.
      (framework) => live && startTransition(() => setState({ status: 'ready', framework })),
      (error: Error) =>
        live && setState({ status: error.message.startsWith('unknown') ? 'missing' : 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
