import { useEffect, useState } from 'react';
import type { Framework } from '../domain/framework/schema.ts';
import { loadFramework } from '../store/frameworks.ts';

/** Several frameworks by id; those that cannot be loaded are simply absent. */
export function useFrameworks(ids: readonly string[]): Map<string, Framework> {
  const key = [...new Set(ids)].sort().join('\n');
  const [loaded, setLoaded] = useState(() => new Map<string, Framework>());
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n') : [];
    Promise.allSettled(wanted.map((id) => loadFramework(id))).then((results) => {
      if (!live) return;
      const map = new Map<string, Framework>();
      for (const r of results)
        if (r.status === 'fulfilled' && r.value.ok) map.set(r.value.framework.id, r.value.framework);
      setLoaded(map);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}
