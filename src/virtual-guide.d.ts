declare module 'virtual:guide' {
  export type { GuideBlock } from '../build/guide-plugin.ts';
  /** docs/framework-format.md as HTML, made at build time (build/guide-plugin.ts). */
  export const guide: import('../build/guide-plugin.ts').Guide;
}
