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
      (load) => {
        if (!live) return;
        // Rendering a whole section is a transition: it yields to input while it runs.
        if (load.ok) startTransition(() => setState({ status: 'ready', framework: load.framework }));
        else setState({ status: load.reason === 'missing' ? 'missing' : 'failed' });
      },
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
