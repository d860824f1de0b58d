// The UI language: the user's choice (kept in userData/preferences.json), else the system locale's
// (see languageForLocale in src/shared/api-app.ts).
import type { UiLanguage, UiLanguageInfo } from '../shared/api';
import { languageForLocale, UI_LANGUAGES } from '../shared/api';

export { languageForLocale };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.includes(value as UiLanguage);
}

/** Where the choice is kept; `load` returns null when there is none (or it is unreadable). */
export interface LanguageStore {
  load(): Promise<UiLanguage | null>;
  save(language: UiLanguage | null): Promise<void>;
}

export interface LanguageSetting {
  /** Reads the kept choice; call once before `info`. */
  init(): Promise<UiLanguageInfo>;
  info(): UiLanguageInfo;
  set(language: UiLanguage | 'system'): Promise<UiLanguageInfo>;
}

export function createLanguageSetting(systemLocale: () => string, store: LanguageStore, onChange: (info: UiLanguageInfo) => void = () => {}): LanguageSetting {
  let chosen: UiLanguage | null = null;
  const info = (): UiLanguageInfo => {
    const system = languageForLocale(systemLocale());
    return { language: chosen ?? system, system, chosen: chosen !== null };
  };
  return {
    async init() {
      try {
        chosen = await store.load();
      } catch {
        chosen = null;
      }
      return info();
    },
    info,
    async set(language) {
      const next = language === 'system' ? null : language;
      const changed = next !== chosen;
      chosen = next;
      // The choice applies now even if it cannot be kept for the next run.
      if (changed) onChange(info());
      await store.save(next);
      return info();
    },
  };
}
