// react-i18next imports `use-sync-external-store/shim`, a fallback for React
// before 18. React 19 has the hook itself; vite.config.ts points the import here.
export { useSyncExternalStore } from 'react';
