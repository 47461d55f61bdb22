import { useEffect, useState } from 'react';
import type { Framework } from '../domain/framework/schema.ts';
import { loadBuiltInFramework } from '../store/frameworks.ts';

export type FrameworkState =
  | { status: 'loading' }
  | { status: 'ready'; framework: Framework }
  | { status: 'missing' }
  | { status: 'failed' };

export function useFramework(id: string): FrameworkState {
  const [state, setState] = useState<FrameworkState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadBuiltInFramework(id).then(
      (framework) => live && setState({ status: 'ready', framework }),
      (error: Error) =>
        live && setState({ status: error.message.startsWith('unknown') ? 'missing' : 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
