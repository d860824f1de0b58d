// The shape check of each API method's arguments as they arrive from the renderer, before any handler runs.
// Each feature keeps its checks in a map of its own and joins them with one spread into `validateArgs`.
import { SAMPLE_LANGUAGES } from '../shared/api';
import type { ApiArgs, ApiMethod, DocumentState, OpenPathOptions, SampleLanguage, SaveOptions, UiLanguage } from '../shared/api';
import { MAX_UNSAVED_NAMES } from '../shared/api';
import { pdfValidators } from './handlers-pdf';
import { breakdownValidators } from './handlers-breakdown';
import { shotsValidators } from './handlers-shots';
import { reportsValidators } from './handlers-reports';
import { isUiLanguage } from './language';

export type Validators<K extends ApiMethod> = { [M in K]: (args: unknown[]) => ApiArgs[M] };

/** Longest file name or path accepted from the page (paths of real systems stay far below). */
const MAX_PATH = 4096;

export function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} must be text.`);
  return value;
}

export function path(value: unknown): string {
  const p = text(value, 'The file path');
  if (p.length === 0 || p.length > MAX_PATH || p.includes('\0')) throw new Error('The file path is empty or malformed.');
  return p;
}

export function pathOrNull(value: unknown): string | null {
  return value === null ? null : path(value);
}

function name(value: unknown, what: string): string {
  const n = text(value, what);
  if (n.length > MAX_PATH || n.includes('\0')) throw new Error(`${what} is malformed.`);
  return n;
}

function plainObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} must be an object.`);
  return value as Record<string, unknown>;
}

function language(value: unknown): SampleLanguage {
  if (!SAMPLE_LANGUAGES.includes(value as SampleLanguage)) {
    throw new Error(`There is no bundled sample in "${String(value)}"; choose one of: ${SAMPLE_LANGUAGES.join(', ')}.`);
  }
  return value as SampleLanguage;
}

function saveOptions(value: unknown): SaveOptions {
  const o = plainObject(value, 'The save options');
  if (o.force !== undefined && typeof o.force !== 'boolean') throw new Error('The save option "force" must be true or false.');
  if (o.recent !== undefined && typeof o.recent !== 'boolean') throw new Error('The save option "recent" must be true or false.');
  return { ...(o.force === undefined ? {} : { force: o.force }), ...(o.recent === undefined ? {} : { recent: o.recent }) };
}

function openPathOptions(value: unknown): OpenPathOptions {
  const o = plainObject(value, 'The open options');
  if (o.recent !== undefined && typeof o.recent !== 'boolean') throw new Error('The open option "recent" must be true or false.');
  return o.recent === undefined ? {} : { recent: o.recent };
}

function documentState(value: unknown): DocumentState {
  const o = plainObject(value, 'The document state');
  if (typeof o.dirty !== 'boolean') throw new Error('The document state needs "dirty" (true or false).');
  const state: DocumentState = { dirty: o.dirty, name: o.name === null || o.name === undefined ? null : name(o.name, 'The document name'), path: o.path === null || o.path === undefined ? null : path(o.path) };
  if (o.unsaved !== undefined) {
    if (!Array.isArray(o.unsaved) || o.unsaved.length > MAX_UNSAVED_NAMES) throw new Error(`The unsaved documents must be a list of at most ${MAX_UNSAVED_NAMES} names.`);
    state.unsaved = o.unsaved.map((n) => name(n, 'An unsaved document name'));
  }
  return state;
}

function uiLanguage(value: unknown): UiLanguage | 'system' {
  if (value === 'system' || isUiLanguage(value)) return value;
  throw new Error(`Shotline has no user interface in "${String(value)}"; choose en, zh-Hans, zh-Hant or system.`);
}

function id(value: unknown): string {
  const v = text(value, 'The recovery id');
  if (v.length === 0 || v.length > 100) throw new Error('The recovery id is malformed.');
  return v;
}

const none = () => [] as [];

export const sampleValidators: Validators<'readSample'> = {
  readSample: (args) => [language(args[0])],
};

export const fileValidators: Validators<
  'openFile' | 'openPath' | 'saveFile' | 'saveFileAs' | 'openFolder' | 'listRecent' | 'clearRecent'
> = {
  openFile: none,
  openPath: (args) => (args[1] === undefined ? [path(args[0])] : [path(args[0]), openPathOptions(args[1])]),
  saveFile: (args) =>
    args[2] === undefined ? [path(args[0]), text(args[1], 'The script')] : [path(args[0]), text(args[1], 'The script'), saveOptions(args[2])],
  saveFileAs: (args) =>
    args[1] === undefined ? [text(args[0], 'The script')] : [text(args[0], 'The script'), name(args[1], 'The file name')],
  openFolder: (args) => (args[0] === undefined ? [] : [path(args[0])]),
  listRecent: none,
  clearRecent: none,
};

export const recoveryValidators: Validators<'autosave' | 'clearAutosave' | 'listRecoveries' | 'restoreRecovery' | 'discardRecovery'> = {
  autosave: (args) => [text(args[0], 'The script'), pathOrNull(args[1] ?? null)],
  clearAutosave: (args) => [pathOrNull(args[0] ?? null)],
  listRecoveries: none,
  restoreRecovery: (args) => [id(args[0])],
  discardRecovery: (args) => [id(args[0])],
};

export const appValidators: Validators<'setDocumentState' | 'closeWindow' | 'getUiLanguage' | 'setUiLanguage'> = {
  setDocumentState: (args) => [documentState(args[0])],
  closeWindow: none,
  getUiLanguage: none,
  setUiLanguage: (args) => [uiLanguage(args[0])],
};

/** Checks the arguments of each method as they arrive from the renderer. */
export const validateArgs: Validators<ApiMethod> = {
  ...sampleValidators,
  ...fileValidators,
  ...recoveryValidators,
  ...appValidators,
  ...pdfValidators,
  ...breakdownValidators,
  ...shotsValidators,
  ...reportsValidators,
};
