// The service worker: everything is cached for offline use, and when a new
// version is deployed the user is told and chooses when to reload.
import { create } from 'zustand';

interface AppUpdateState {
  /** A new version is waiting. */
  needRefresh: boolean;
  /** Everything is cached: the app works offline from now on. */
  offlineReady: boolean;
  dismiss(): void;
}

export const useAppUpdate = create<AppUpdateState>()((set) => ({
  needRefresh: false,
  offlineReady: false,
  dismiss: () => set({ needRefresh: false, offlineReady: false }),
}));

let update: ((reload?: boolean) => Promise<void>) | undefined;

/** Registers the service worker once the page has loaded (its code stays off the first page). */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const register = async () => {
    const { registerSW } = await import('virtual:pwa-register');
    update = registerSW({
      onNeedRefresh: () => useAppUpdate.setState({ needRefresh: true }),
      onOfflineReady: () => useAppUpdate.setState({ offlineReady: true }),
    });
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** Activates the new version and reloads; call after saving. */
export function reloadToUpdate(): void {
  void update?.(true);
}
