// Remembers the chosen UI language on this device. Storage may be missing or
// refuse writes (private modes); the app then simply does not remember.
const KEY = 'csa.language';

export function readLanguagePreference(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeLanguagePreference(language: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
