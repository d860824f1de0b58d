// What each app command does, whether it comes from a toolbar button, a keyboard shortcut or (in Electron)
// a native menu item. The find bar's own state lives in App; it is reached through `openFind`.
import { redo, undo } from 'prosemirror-history';
import type { MenuCommand } from '../shared/api';
import { LANGUAGES, setLanguage } from './i18n';
import { getSettings, updateSettings, zoomStep } from './settings/settings';
import type { Workspace } from './session/workspace';
import type { CommandId } from './shortcuts';

export interface CommandContext {
  workspace: Workspace;
  openFind(mode: 'find' | 'replace'): void;
  findNext(direction: 1 | -1): void;
  /** The theme shown now (to toggle from). */
  theme: 'light' | 'dark';
}

export function runCommand(id: CommandId, ctx: CommandContext): void {
  const { workspace } = ctx;
  const view = workspace.view;
  const settings = getSettings();
  switch (id) {
    case 'new':
      workspace.newScript();
      break;
    case 'open':
      void workspace.openFile();
      break;
    case 'open-folder':
      void workspace.openFolder();
      break;
    case 'save':
      void workspace.save(false);
      break;
    case 'save-as':
      void workspace.save(true);
      break;
    case 'undo':
      if (view) undo(view.state, view.dispatch);
      view?.focus();
      break;
    case 'redo':
      if (view) redo(view.state, view.dispatch);
      view?.focus();
      break;
    case 'find':
      ctx.openFind('find');
      break;
    case 'replace':
      ctx.openFind('replace');
      break;
    case 'find-next':
      ctx.findNext(1);
      break;
    case 'find-previous':
      ctx.findNext(-1);
      break;
    case 'zoom-in':
      updateSettings({ zoom: zoomStep(settings.zoom, 1) });
      break;
    case 'zoom-out':
      updateSettings({ zoom: zoomStep(settings.zoom, -1) });
      break;
    case 'zoom-reset':
      updateSettings({ zoom: 1 });
      break;
    case 'toggle-theme':
      updateSettings({ theme: ctx.theme === 'dark' ? 'light' : 'dark' });
      break;
    case 'toggle-page-guides':
      updateSettings({ pageGuides: !settings.pageGuides });
      break;
    case 'toggle-side-panel':
      updateSettings({ sidePanel: !settings.sidePanel });
      break;
  }
}

/** A native menu command (Electron). */
export function runMenuCommand(command: MenuCommand, ctx: CommandContext): void {
  if (command.command === 'open-recent') {
    void (command.kind === 'folder' ? ctx.workspace.openFolder(command.path) : ctx.workspace.openPath(command.path));
  } else if (command.command === 'set-language') {
    if (LANGUAGES.includes(command.language)) void setLanguage(command.language);
  } else {
    runCommand(command.command, ctx);
  }
}
