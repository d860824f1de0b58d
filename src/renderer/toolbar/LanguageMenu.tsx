// The UI language: English, 简体中文, 繁體中文, or the system's. Each language is named in itself. The choice is
// kept by the API (the main process, or the browser's storage); a choice made in the native menu shows here too.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/api';
import { LANGUAGE_NAMES, LANGUAGES, setLanguage } from '../i18n';
import { useWorkspace } from '../session/context';

type Choice = UiLanguage | 'system';

export function LanguageMenu({ chosen }: { chosen: Choice }) {
  const { t, i18n } = useTranslation();
  const { api } = useWorkspace();
  const [choice, setChoice] = useState<Choice>(chosen);

  // The language changed elsewhere (the native menu): show it as chosen, unless it is what "system" gives.
  useEffect(() => {
    const follow = (language: string) => {
      void api.getUiLanguage().then((info) => setChoice(info.chosen ? info.language : 'system'), () => setChoice(language as UiLanguage));
    };
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [api, i18n]);

  const choose = async (value: Choice) => {
    setChoice(value);
    const info = await api.setUiLanguage(value);
    await setLanguage(info.language);
  };
  return (
    <select aria-label={t('toolbar.language')} title={t('toolbar.language')} value={choice} onChange={(e) => void choose(e.target.value as Choice)} data-testid="ui-language">
      <option value="system">{t('toolbar.systemLanguage')}</option>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
