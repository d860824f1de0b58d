// The native dialogs, in the UI language: open a script, save it as, open a series folder, and the prompt
// about unsaved changes on close. Takes Electron's dialog (or a stand-in) and the window to attach to.
import type { CloseAnswer } from './document-window';
import type { MenuStrings } from './menu-strings';
import { closePrompt } from './close-prompt';

type FileFilter = { name: string; extensions: string[] };

/** The part of Electron's dialog module used here; `parent` is the window the dialog belongs to, if any. */
export interface DialogLike<W> {
  showOpenDialog(parent: W | undefined, options: { title: string; properties: ('openFile' | 'openDirectory' | 'createDirectory')[]; filters?: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(parent: W | undefined, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(
    parent: W | undefined,
    options: { type: 'warning'; buttons: string[]; defaultId: number; cancelId: number; message: string; detail: string; noLink: boolean },
  ): Promise<{ response: number }>;
}

function filters(s: MenuStrings): FileFilter[] {
  return [
    { name: s.fountainFiles, extensions: ['fountain', 'spmd', 'txt'] },
    { name: s.allFiles, extensions: ['*'] },
  ];
}

export function createDialogs<W>(dialog: DialogLike<W>, parent: () => W | undefined, strings: () => MenuStrings) {
  return {
    async chooseFileToOpen(): Promise<string | null> {
      const s = strings();
      const result = await dialog.showOpenDialog(parent(), { title: s.openTitle, properties: ['openFile'], filters: filters(s) });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseFileToSave(suggestedName: string): Promise<string | null> {
      const s = strings();
      const result = await dialog.showSaveDialog(parent(), { title: s.saveAsTitle, defaultPath: suggestedName, filters: filters(s) });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder(): Promise<string | null> {
      const s = strings();
      const result = await dialog.showOpenDialog(parent(), { title: s.openFolderTitle, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async askToSave(names: string[]): Promise<CloseAnswer> {
      const s = strings();
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'warning',
        buttons: [s.saveButton, s.dontSaveButton, s.cancelButton],
        defaultId: 0,
        cancelId: 2,
        ...closePrompt(names, s),
        noLink: true,
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
  };
}
