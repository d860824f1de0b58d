// The app window around the open document: its title (with the unsaved marker, and the macOS edited dot
// and proxy icon), the prompt on close when there are unsaved changes (Save / Don't Save / Cancel; a
// failed or cancelled save keeps the window open), the spelling context menu, and the events the main
// process sends to the page. Takes a window-like object, so it is tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { DocumentState, EventMethod, EventPayload } from '../shared/api';
import { documentTitle, EVENTS } from '../shared/api';
import { contextMenuTemplate, type ContextParams } from './context-menu';
import type { MenuStrings } from './menu-strings';

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents used here. */
export interface DocumentContentsLike {
  send(channel: string, payload: unknown): void;
  on(event: 'context-menu', listener: (event: unknown, params: ContextParams) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  replaceMisspelling(word: string): void;
  session: { addWordToSpellCheckerDictionary(word: string): boolean };
}

/** The part of Electron's BrowserWindow used here. */
export interface DocumentWindowLike {
  setTitle(title: string): void;
  setDocumentEdited?(edited: boolean): void;
  setRepresentedFilename?(path: string): void;
  close(): void;
  isDestroyed(): boolean;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: PreventableEvent) => void): unknown;
  webContents: DocumentContentsLike;
}

export type CloseAnswer = 'save' | 'discard' | 'cancel';

export interface DocumentWindowDeps {
  platform: NodeJS.Platform;
  strings(): MenuStrings;
  /** Shows the Save / Don't Save / Cancel prompt for the document `name`. */
  /** Asks whether to save the unsaved documents `names` (one or more) before closing. */
  askToSave(names: string[]): Promise<CloseAnswer>;
  showContextMenu(template: MenuItemConstructorOptions[]): void;
  /** Removes this session's recovery copies (the window closed with nothing unsaved, or "Don't Save"). */
  clearRecovery(): Promise<void>;
  /** The user cancelled the close (so a quit in progress stops too). */
  onCloseCancelled?(): void;
  log?(message: string): void;
}

export interface DocumentWindow {
  setDocumentState(state: DocumentState): void;
  closeWithoutPrompt(): void;
  /** Sets the title again (after the UI language changed). */
  refreshTitle(): void;
  send<K extends EventMethod>(method: K, payload: EventPayload<K>): void;
  state(): DocumentState;
}

export function createDocumentWindow(win: DocumentWindowLike, deps: DocumentWindowDeps): DocumentWindow {
  const log = deps.log ?? (() => {});
  let state: DocumentState = { dirty: false, name: null, path: null };
  let allowClose = false;
  let prompting = false;
  /** The page crashed: its state is unknown, so closing keeps the recovery copies for the next start. */
  let rendererGone = false;

  const send = <K extends EventMethod>(method: K, payload: EventPayload<K>) => {
    if (!win.isDestroyed()) win.webContents.send(EVENTS[method], payload);
  };

  const refreshTitle = () => {
    if (win.isDestroyed()) return;
    win.setTitle(documentTitle(state, deps.strings().untitled));
    if (deps.platform === 'darwin') {
      win.setDocumentEdited?.(state.dirty);
      win.setRepresentedFilename?.(state.path ?? '');
    }
  };

  win.on('page-title-updated', (event) => event.preventDefault());

  win.on('close', (event) => {
    if (allowClose || rendererGone || !state.dirty) return;
    event.preventDefault();
    if (prompting) return;
    prompting = true;
    deps
      .askToSave(state.unsaved?.length ? state.unsaved : [state.name ?? deps.strings().untitled])
      .catch((error: unknown) => {
        log(`Shotline could not ask about unsaved changes: ${String(error)}`);
        return 'cancel' as const;
      })
      .then((answer) => {
        prompting = false;
        if (answer === 'save') {
          // The page saves (Save As when untitled) and calls closeWindow() when that worked.
          send('onCloseRequested', { action: 'save-then-close' });
        } else if (answer === 'discard') {
          allowClose = true;
          win.close();
        } else {
          deps.onCloseCancelled?.();
        }
      });
  });

  win.on('closed', () => {
    if (rendererGone) return;
    deps.clearRecovery().catch((error: unknown) => log(`Shotline could not remove the recovery copies: ${String(error)}`));
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    rendererGone = true;
    log(`The Shotline page stopped (${details.reason}); unsaved work is kept in the recovery folder.`);
  });

  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      deps.strings(),
      {
        replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
        addToDictionary: (word) => void win.webContents.session.addWordToSpellCheckerDictionary(word),
      },
      deps.platform,
    );
    if (template.length > 0) deps.showContextMenu(template);
  });

  return {
    setDocumentState(next) {
      state = { dirty: next.dirty, name: next.name, path: next.path, ...(next.unsaved ? { unsaved: [...next.unsaved] } : {}) };
      refreshTitle();
    },
    closeWithoutPrompt() {
      if (win.isDestroyed()) return;
      allowClose = true;
      win.close();
    },
    refreshTitle,
    send,
    state: () => ({ ...state }),
  };
}
