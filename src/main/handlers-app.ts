// The window API's handlers: the document state (title, unsaved marker, close prompt), closing after a
// requested save, and the UI language (menus and dialogs follow it).
import type { DocumentState, UiLanguage, UiLanguageInfo } from '../shared/api';
import type { Handlers } from './ipc';
import type { LanguageSetting } from './language';

/** The app window as the handlers see it (see document-window.ts). */
export interface WindowControl {
  setDocumentState(state: DocumentState): void;
  /** Closes without asking (the renderer saved after a close request). */
  closeWithoutPrompt(): void;
}

export interface AppHandlerDeps {
  /** The window of the app page; null when there is none (it closed). */
  window(): WindowControl | null;
  language: LanguageSetting;
}

export type AppHandlers = Pick<Handlers, 'setDocumentState' | 'closeWindow' | 'getUiLanguage' | 'setUiLanguage'>;

export function createAppHandlers(deps: AppHandlerDeps): AppHandlers {
  return {
    async setDocumentState(state: DocumentState) {
      deps.window()?.setDocumentState(state);
    },
    async closeWindow() {
      deps.window()?.closeWithoutPrompt();
    },
    async getUiLanguage(): Promise<UiLanguageInfo> {
      return deps.language.info();
    },
    async setUiLanguage(language: UiLanguage | 'system'): Promise<UiLanguageInfo> {
      return deps.language.set(language);
    },
  };
}
