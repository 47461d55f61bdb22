declare module 'virtual:frameworks' {
  import type { Framework } from './domain/framework/schema';
  import type { FrameworkSummary } from './domain/framework/summary';
  /** A summary of every built-in framework, in file-name order. */
  export const catalog: FrameworkSummary[];
  /** Loads one built-in framework (its own chunk). */
  export const loaders: Record<string, () => Promise<Framework>>;
}
