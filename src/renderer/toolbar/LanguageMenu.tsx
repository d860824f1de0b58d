// The UI language: English, 简体中文, 繁體中文, or the system's. Each language is named in itself.
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/api';
import { LANGUAGE_NAMES, LANGUAGES, setLanguage } from '../i18n';
import { useWorkspace } from '../session/context';

export function LanguageMenu({ chosen }: { chosen: UiLanguage | 'system' }) {
  const { t } = useTranslation();
  const { api } = useWorkspace();
  const choose = async (value: UiLanguage | 'system') => {
    const info = await api.setUiLanguage(value);
    await setLanguage(info.language);
  };
  return (
    <select aria-label={t('toolbar.language')} title={t('toolbar.language')} value={chosen} onChange={(e) => void choose(e.target.value as UiLanguage | 'system')} data-testid="ui-language">
      <option value="system">{t('toolbar.systemLanguage')}</option>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
