// The screenplay-PDF part of the IPC contract: the page sends the episodes as the editor holds them (unsaved
// changes included) and the print options; the main process asks where to save, lays out and writes the PDF,
// and reports progress as it goes. Plain JSON only.
import type { ExportWarning } from '../core/model/warning';

export type PdfPaper = 'letter' | 'a4';
export type PdfSceneNumbers = 'left' | 'right' | 'both' | 'none';
export type PdfChineseStyle = 'mainland' | 'taiwan';

export const PDF_PAPERS: readonly PdfPaper[] = ['letter', 'a4'];
export const PDF_SCENE_NUMBERS: readonly PdfSceneNumbers[] = ['left', 'right', 'both', 'none'];
export const PDF_CHINESE_STYLES: readonly PdfChineseStyle[] = ['mainland', 'taiwan'];

/** Most episodes, and most characters in one, that one export accepts. */
export const PDF_MAX_EPISODES = 1000;
export const PDF_MAX_EPISODE_CHARS = 20_000_000;

export interface PdfEpisodeText {
  /** The file name (`ep03.fountain`), or a name for an unsaved script. */
  name: string;
  text: string;
}

export interface PdfExportRequest {
  /** What to print, in order: one script, or the episodes of a series. */
  episodes: PdfEpisodeText[];
  /** One PDF per episode (into a chosen folder) instead of one PDF (a series gets a cover and contents). */
  split: boolean;
  /** The file name the save dialog suggests, without `.pdf`. */
  suggestedName: string;
  /** The save dialog's title, in the UI language. */
  dialogTitle: string;
  /** US Letter or A4; by default Letter for English scripts and A4 for Chinese ones. */
  paper?: PdfPaper;
  sceneNumbers?: PdfSceneNumbers;
  /** Print [[notes]] in grey. */
  notes?: boolean;
  /** Chinese scripts: mainland or Taiwan pages (by default from the title page and the text). */
  chineseStyle?: PdfChineseStyle;
}

export interface PdfExportResult {
  /** The PDF written, or the folder the per-episode PDFs went to. */
  path: string;
  files: number;
  pages: number;
  /** What did not print as written (characters no font has, words cut to fit). */
  warnings: ExportWarning[];
  /**
   * The PDF's bytes, base64, when there is no file system to write to (the in-browser stand-in, which offers
   * them as a download); absent in the desktop app.
   */
  base64?: string;
}

export interface PdfProgress {
  phase: 'layout' | 'pages';
  done: number;
  total: number;
}

export interface PdfApi {
  /** Asks where to save, then writes the PDF(s); null when the user cancels the dialog. */
  exportPdf(request: PdfExportRequest): Promise<PdfExportResult | null>;
}

export interface PdfEvents {
  /** Progress of the export under way. */
  onPdfProgress(listener: (progress: PdfProgress) => void): () => void;
}

export const PDF_CHANNELS = { exportPdf: 'shotline:export-pdf' } as const satisfies Record<keyof PdfApi, string>;
export const PDF_EVENTS = { onPdfProgress: 'shotline:pdf-progress' } as const satisfies Record<keyof PdfEvents, string>;
