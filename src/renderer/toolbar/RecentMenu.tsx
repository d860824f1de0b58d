// Open Recent: the recent files and series folders, newest first, read when the menu is focused.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentEntry } from '../../shared/api';
import { useWorkspace } from '../session/context';

export function RecentMenu() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [entries, setEntries] = useState<RecentEntry[]>([]);
  const refresh = () => void workspace.api.listRecent().then(setEntries, () => setEntries([]));
  const choose = (value: string) => {
    if (value === '') return;
    if (value === '\0clear') {
      void workspace.api.clearRecent().then(() => setEntries([]));
      return;
    }
    const entry = entries.find((e) => e.path === value);
    if (entry) void (entry.kind === 'folder' ? workspace.openFolder(entry.path) : workspace.openPath(entry.path));
  };
  return (
    <select aria-label={t('toolbar.recent')} title={t('toolbar.recent')} value="" onFocus={refresh} onMouseDown={refresh} onChange={(e) => choose(e.target.value)}>
      <option value="">{t('toolbar.recent')}</option>
      {entries.map((entry) => (
        <option key={`${entry.kind}:${entry.path}`} value={entry.path} title={entry.path}>
          {entry.kind === 'folder' ? t('toolbar.recentFolder', { name: entry.name }) : entry.name}
        </option>
      ))}
      {entries.length > 0 && <option value={'\0clear'}>{t('toolbar.clearRecent')}</option>}
    </select>
  );
}
