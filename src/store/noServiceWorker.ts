// Stands in for vite-plugin-pwa's register module in the one-file build:
// service workers do not run from file://, so there is nothing to register.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
