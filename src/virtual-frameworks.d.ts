declare module 'virtual:frameworks' {
  import type { Framework } from './domain/framework/schema.ts';
  import type { FrameworkSummary } from './domain/framework/summary.ts';
  /** A summary of every built-in framework, in file-name order. */
  export const catalog: FrameworkSummary[];
  /** Loads one built-in framework (its own chunk). */
  export const loaders: Record<string, () => Promise<Framework>>;
}
