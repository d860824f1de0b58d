// The UI's three languages (English, 简体中文, 繁體中文) through i18next and react-i18next.
//
// Strings live in src/renderer/i18n/<language>/<namespace>.json, one namespace per feature: every JSON file
// found there is loaded at start (Vite's import.meta.glob), so a feature adds its strings by adding
// en/<feature>.json, zh-Hans/<feature>.json and zh-Hant/<feature>.json and calling useTranslation('<feature>').
// Strings built in code can be added with registerNamespace(). tests/renderer/i18n.test.ts checks that every
// namespace has the same keys in all three languages.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/api';

export const LANGUAGES: readonly UiLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

/** Each language's own name, as shown in the language menu (never translated). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

export type Bundle = { [key: string]: string | Bundle };
export type Resources = Record<UiLanguage, Record<string, Bundle>>;

const files = import.meta.glob<Bundle>('./*/*.json', { eager: true, import: 'default' });

/** The bundled strings: language -> namespace -> keys. */
export function bundledResources(found: Record<string, Bundle> = files): Resources {
  const resources: Resources = { en: {}, 'zh-Hans': {}, 'zh-Hant': {} };
  for (const [path, bundle] of Object.entries(found)) {
    const m = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m || !(LANGUAGES as readonly string[]).includes(m[1])) continue;
    resources[m[1] as UiLanguage][m[2]] = bundle;
  }
  return resources;
}

/** Adds (or extends) a namespace from code, in all three languages. */
export function registerNamespace(namespace: string, bundles: Record<UiLanguage, Bundle>): void {
  for (const language of LANGUAGES) i18next.addResourceBundle(language, namespace, bundles[language], true, true);
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  const resources = bundledResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; script text is never HTML anyway
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
