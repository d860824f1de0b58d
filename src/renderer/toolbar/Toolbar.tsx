// The toolbar: file commands, samples, editing, view settings and the UI language.
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/api';
import { useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { useSettings } from '../settings/settings';
import type { CommandId } from '../shortcuts';
import { LanguageMenu } from './LanguageMenu';
import { RecentMenu } from './RecentMenu';
import { ToolButton } from './ToolButton';

export interface ToolbarProps {
  run(command: CommandId): void;
  language: UiLanguage | 'system';
}

export function Toolbar({ run, language }: ToolbarProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { doc } = useWorkspaceSnapshot();
  const settings = useSettings();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="brand">Shotline</span>
      <ToolButton label={t('command.new')} command="new" onClick={() => run('new')} />
      <ToolButton label={t('command.open')} command="open" onClick={() => run('open')} />
      <ToolButton label={t('command.openFolder')} command="open-folder" onClick={() => run('open-folder')} />
      <RecentMenu />
      <ToolButton label={t('command.save')} command="save" onClick={() => run('save')} disabled={!doc} />
      <ToolButton label={t('command.saveAs')} command="save-as" onClick={() => run('save-as')} disabled={!doc} />
      <span className="sep" />
      <ToolButton label={t('sample.en')} onClick={() => void workspace.loadSample('en')} testId="sample-en" />
      <ToolButton label={t('sample.zh')} onClick={() => void workspace.loadSample('zh')} testId="sample-zh" />
      <span className="sep" />
      <ToolButton label={t('command.undo')} command="undo" onClick={() => run('undo')}>↶</ToolButton>
      <ToolButton label={t('command.redo')} command="redo" onClick={() => run('redo')}>↷</ToolButton>
      <ToolButton label={t('command.find')} command="find" onClick={() => run('find')} />
      <ToolButton label={t('command.replace')} command="replace" onClick={() => run('replace')} />
      <span className="sep" />
      <ToolButton label={t('command.zoomOut')} command="zoom-out" onClick={() => run('zoom-out')}>−</ToolButton>
      <ToolButton label={t('command.zoomReset')} command="zoom-reset" onClick={() => run('zoom-reset')} testId="zoom">
        {t('toolbar.zoom', { percent: Math.round(settings.zoom * 100) })}
      </ToolButton>
      <ToolButton label={t('command.zoomIn')} command="zoom-in" onClick={() => run('zoom-in')}>+</ToolButton>
      <ToolButton label={t('command.pageGuides')} onClick={() => run('toggle-page-guides')} pressed={settings.pageGuides} testId="page-guides">
        ¶
      </ToolButton>
      <ToolButton label={t('command.toggleTheme')} command="toggle-theme" onClick={() => run('toggle-theme')} testId="theme">
        ◐
      </ToolButton>
      <ToolButton label={t('command.sidePanel')} command="toggle-side-panel" onClick={() => run('toggle-side-panel')} pressed={settings.sidePanel}>
        ◧
      </ToolButton>
      <LanguageMenu chosen={language} />
    </header>
  );
}
