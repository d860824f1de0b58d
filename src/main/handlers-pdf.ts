// The screenplay-PDF handler: pure apart from the dependencies it is given (the save dialog, the folder
// dialog, the progress channel and the PDF exporter in src/node/pdf, loaded on first use).
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkOutputTarget } from '../node/files/target';
import { writeBytesAtomic } from '../node/files/write';
import type { PdfExportRequest, PdfExportResult, PdfProgress } from '../shared/api-pdf';
import { PDF_CHINESE_STYLES, PDF_MAX_EPISODE_CHARS, PDF_MAX_EPISODES, PDF_PAPERS, PDF_SCENE_NUMBERS } from '../shared/api-pdf';
import type { Validators } from './validate';
import { PDF_STRINGS } from './pdf-strings';
import type { UiLanguage } from '../shared/api';
import type { ExportWarning } from '../core/model/warning';

export interface PdfHandlerDeps {
  /** Shows a save dialog for a PDF; the chosen path, or null when cancelled. */
  choosePdfPath(suggestedName: string, title: string): Promise<string | null>;
  /** Shows a folder dialog (for one PDF per episode); null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /** Asks once whether to replace the PDFs already in the folder (their names); true to replace. */
  confirmReplace(names: string[], folder: string): Promise<boolean>;
  /** Sends progress to the page. */
  progress(progress: PdfProgress): void;
  /** The exporter (src/node/pdf); tests may pass their own. */
  loadExporter?: () => Promise<typeof import('../node/pdf')>;
  makeFolder?: (path: string) => Promise<void>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${what} must be one of ${allowed.join(', ')}.`);
}

function shortText(value: unknown, what: string, max = 1000): string {
  if (typeof value !== 'string' || value.length > max || value.includes('\0')) throw new Error(`${what} must be text of at most ${max} characters.`);
  return value;
}

/** Checks the shape of an export request from the page. */
export function pdfRequest(value: unknown): PdfExportRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('The PDF export request must be an object.');
  const o = value as Record<string, unknown>;
  if (!Array.isArray(o.episodes) || o.episodes.length === 0 || o.episodes.length > PDF_MAX_EPISODES) {
    throw new Error(`The PDF export needs between 1 and ${PDF_MAX_EPISODES} episodes.`);
  }
  const episodes = o.episodes.map((e, i) => {
    if (typeof e !== 'object' || e === null) throw new Error(`Episode ${i + 1} of the PDF export is malformed.`);
    const { name, text } = e as Record<string, unknown>;
    if (typeof text !== 'string' || text.length > PDF_MAX_EPISODE_CHARS) throw new Error(`Episode ${i + 1} of the PDF export has no text, or too much.`);
    return { name: shortText(name, 'An episode name'), text };
  });
  if (typeof o.split !== 'boolean') throw new Error('The PDF export needs "split" (true or false).');
  if (o.notes !== undefined && typeof o.notes !== 'boolean') throw new Error('The PDF option "notes" must be true or false.');
  const request: PdfExportRequest = {
    episodes,
    split: o.split,
    suggestedName: shortText(o.suggestedName, 'The suggested file name', 255),
    dialogTitle: shortText(o.dialogTitle, 'The dialog title', 200),
  };
  const paper = oneOf(o.paper, PDF_PAPERS, 'The paper');
  const sceneNumbers = oneOf(o.sceneNumbers, PDF_SCENE_NUMBERS, 'Scene numbers');
  const chineseStyle = oneOf(o.chineseStyle, PDF_CHINESE_STYLES, 'The Chinese page style');
  if (paper) request.paper = paper;
  if (sceneNumbers) request.sceneNumbers = sceneNumbers;
  if (chineseStyle) request.chineseStyle = chineseStyle;
  if (o.notes !== undefined) request.notes = o.notes as boolean;
  return request;
}

export const pdfValidators: Validators<'exportPdf'> = {
  exportPdf: (args) => [pdfRequest(args[0])],
};

/** A file name without characters file systems refuse. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 120) || 'screenplay';
}

/** The part of Electron's dialog module the PDF export uses. */
export interface PdfDialogs<W> {
  showSaveDialog(parent: W, options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(parent: W, options: { title: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(
    parent: W,
    options: { type: 'question'; buttons: string[]; defaultId: number; cancelId: number; message: string; detail: string; noLink: boolean },
  ): Promise<{ response: number }>;
}

/** At most this many names are listed in the replace dialog; the rest are counted. */
const LISTED = 8;

/** Asks (in the UI `language`) whether to replace the files `names` already in `folder`; true to replace. */
export async function askToReplace<W>(dialog: PdfDialogs<W>, parent: W, language: UiLanguage, names: readonly string[], folder: string): Promise<boolean> {
  const s = PDF_STRINGS[language];
  const listed = names.length > LISTED ? `${names.slice(0, LISTED).join(', ')} … (+${names.length - LISTED})` : names.join(', ');
  const { response } = await dialog.showMessageBox(parent, {
    type: 'question',
    buttons: [s.replaceButton, s.cancelButton],
    defaultId: 1,
    cancelId: 1,
    message: s.replaceMessage(names.length, basename(folder) || folder),
    detail: s.replaceDetail(listed),
    noLink: true,
  });
  return response === 0;
}

/** The dialogs and progress channel of the desktop app, for createPdfHandlers; the dialog in the UI `language`. */
export function pdfDeps<W>(dialog: PdfDialogs<W>, parent: () => W, progress: (p: PdfProgress) => void, language: () => UiLanguage): PdfHandlerDeps {
  return {
    confirmReplace: (names, folder) => askToReplace(dialog, parent(), language(), names, folder),
    async choosePdfPath(suggestedName, title) {
      const r = await dialog.showSaveDialog(parent(), { title, defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      return r.canceled || !r.filePath ? null : /\.pdf$/i.test(r.filePath) ? r.filePath : `${r.filePath}.pdf`;
    },
    async chooseFolder(title) {
      const r = await dialog.showOpenDialog(parent(), { title, properties: ['openDirectory', 'createDirectory'] });
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
    progress,
  };
}

export function createPdfHandlers(deps: PdfHandlerDeps) {
  const load = deps.loadExporter ?? (() => import('../node/pdf'));
  const makeFolder = deps.makeFolder ?? (async (path: string) => void (await import('node:fs/promises')).mkdir(path, { recursive: true }));
  return {
    async exportPdf(request: PdfExportRequest): Promise<PdfExportResult | null> {
      const pdf = await load();
      const { parse } = await import('../core/parse');
      const sources = request.episodes.map((e) => ({ script: parse(e.text), label: e.name }));
      const options = {
        paper: request.paper,
        sceneNumbers: request.sceneNumbers,
        notes: request.notes,
        chineseStyle: request.chineseStyle,
        onProgress: deps.progress,
      };
      if (request.split) {
        const folder = await deps.chooseFolder(request.dialogTitle);
        if (folder === null) return null;
        await makeFolder(folder);
        const results = await pdf.exportEpisodePdfs(sources, options);
        const warnings: ExportWarning[] = [];
        const used = new Set<string>();
        const files = results.map((r, i) => {
          const stem = r.number !== null ? `episode-${String(r.number).padStart(2, '0')}` : safeFileName(basename(r.label).replace(/\.[^.]*$/, '')) || `episode-${i + 1}`;
          let name = `${stem}.pdf`;
          for (let k = 2; used.has(name); k++) name = `${stem}-${k}.pdf`;
          used.add(name);
          return { name, out: join(folder, name), result: r };
        });
        // Every target is checked before anything is written: a file that is not a PDF stops the export, and
        // PDFs already there (an earlier export) are replaced only after asking once.
        for (const f of files) await checkOutputTarget(f.out, 'pdf');
        const existing: string[] = [];
        for (const f of files) if (await stat(f.out).then(() => true, () => false)) existing.push(f.name);
        if (existing.length > 0 && !(await deps.confirmReplace(existing, folder))) return null;
        for (const { out, result: r } of files) {
          await writeBytesAtomic(out, r.result.bytes);
          warnings.push(...r.result.warnings.map((w) => ({ ...w, episode: r.label })));
        }
        return { path: folder, files: results.length, pages: results.reduce((n, r) => n + r.result.pages, 0), warnings };
      }
      const path = await deps.choosePdfPath(`${safeFileName(request.suggestedName)}.pdf`, request.dialogTitle);
      if (path === null) return null;
      await checkOutputTarget(path, 'pdf');
      const result = await pdf.exportPdf(sources, options);
      await writeBytesAtomic(path, result.bytes);
      return { path, files: 1, pages: result.pages, warnings: result.warnings };
    },
  };
}
