// The window part of the IPC contract: the document's title and dirty state, closing, the UI language,
// and the commands the native menus send to the renderer. Plain JSON only.

/** The languages of the user interface. */
export type UiLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

/** What the renderer tells the main process about the open document (for the title and the close prompt). */
export interface DocumentState {
  /** Unsaved changes: the title shows a marker and closing the window asks first. */
  dirty: boolean;
  /** The name shown in the title ("ep01.fountain"); null for an untitled script. */
  name: string | null;
  /** The file on disk, or null. */
  path: string | null;
  /**
   * Every document of the window with unsaved changes, the open one first (a series keeps edited episodes in
   * memory while another is open): the close prompt names them. Absent: the open one when `dirty`.
   */
  unsaved?: string[];
}

/** Most names a document state lists as unsaved (the prompt shows the first few and a count). */
export const MAX_UNSAVED_NAMES = 1000;

export interface UiLanguageInfo {
  /** The language the UI should use now: the user's choice, else the system's. */
  language: UiLanguage;
  /** The language the system locale maps to. */
  system: UiLanguage;
  /** True when the user chose `language` (it is kept across runs); false when it follows the system. */
  chosen: boolean;
}

/** Menu commands that carry nothing but their name. */
export const SIMPLE_MENU_COMMANDS = [
  'new',
  'open',
  'open-folder',
  'save',
  'save-as',
  'undo',
  'redo',
  'find',
  'find-next',
  'find-previous',
  'replace',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'toggle-theme',
] as const;

export type SimpleMenuCommand = (typeof SIMPLE_MENU_COMMANDS)[number];

/** What a native menu item asks the renderer to do. */
export type MenuCommand =
  | { command: SimpleMenuCommand }
  /** Open Recent: call openPath(path) for a file, openFolder(path) for a folder. */
  | { command: 'open-recent'; path: string; kind: 'file' | 'folder' }
  /** The user picked a UI language in the menu; the main process has already switched its menus. */
  | { command: 'set-language'; language: UiLanguage };

/**
 * The user chose "Save" in the close prompt: save the document (Save As if it has no file), and on
 * success call closeWindow(). If saving fails or is cancelled, keep the window open.
 */
export interface CloseRequest {
  action: 'save-then-close';
}

export interface AppApi {
  /** Sets the window title (with the unsaved marker) and the dirty state the close prompt uses. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** Closes the window without asking again (after the save a CloseRequest asked for succeeded). */
  closeWindow(): Promise<void>;
  /** The UI language to use at start (the user's choice, else the system locale's). */
  getUiLanguage(): Promise<UiLanguageInfo>;
  /** The user switched the UI language ('system' follows the system locale again); menus follow. */
  setUiLanguage(language: UiLanguage | 'system'): Promise<UiLanguageInfo>;
}

export interface AppEvents {
  /** Calls `listener` for each native menu command; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Calls `listener` when the user chose "Save" in the close prompt; returns the function that stops listening. */
  onCloseRequested(listener: (request: CloseRequest) => void): () => void;
}

export const APP_CHANNELS = {
  setDocumentState: 'shotline:set-document-state',
  closeWindow: 'shotline:close-window',
  getUiLanguage: 'shotline:get-ui-language',
  setUiLanguage: 'shotline:set-ui-language',
} as const satisfies Record<keyof AppApi, string>;

export const APP_EVENTS = {
  onMenuCommand: 'shotline:menu',
  onCloseRequested: 'shotline:close-requested',
} as const satisfies Record<keyof AppEvents, string>;

/** The window title for a document state: a leading "• " when there are unsaved changes. */
export function documentTitle(state: DocumentState, untitled: string): string {
  return `${state.dirty ? '• ' : ''}${state.name ?? untitled} — Shotline`;
}

/**
 * The UI language for a locale (`zh-TW`, `zh_Hant_HK`, `en-GB` ...): Chinese of Taiwan, Hong Kong and Macau,
 * and any tag naming the Traditional script, is Traditional; other Chinese Simplified; the rest English.
 */
export function languageForLocale(locale: string): UiLanguage {
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  if (tag !== 'zh' && !tag.startsWith('zh-')) return 'en';
  const parts = tag.split('-');
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
}
