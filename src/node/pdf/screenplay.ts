// A laid-out script (or series) as PDF bytes: fonts embedded and subset by PDFKit, title/author/language in the
// metadata, bookmarks, text that extracts in reading order. Warnings say what could not be printed as written.
import PDFDocument from 'pdfkit';
import type { Layout } from '../../core/model/layout';
import { collectBytes } from './bytes';
import { drawLayout } from './draw';
import { describeMissing, type FontFiles, FontSet, type SystemFont } from './fonts';
import type { ExportWarning } from '../../core/model/warning';

export interface RenderOptions {
  /** Called after each page is drawn. */
  onPage?: (done: number, total: number) => void;
  /** Font files (tests); found in resources/fonts and the font packages by default. */
  files?: FontFiles;
  fallbacks?: readonly SystemFont[];
}

export interface PdfResult {
  bytes: Buffer;
  pages: number;
  /** What did not print as written: long words cut, characters no font has. */
  warnings: ExportWarning[];
}

/** Renders a layout to PDF bytes. */
export async function renderPdf(layout: Layout, options: RenderOptions = {}): Promise<PdfResult> {
  const { profile, meta } = layout;
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [profile.pageWidth, profile.pageHeight],
    margin: 0,
    lang: meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: meta.title || 'Screenplay', Author: meta.author, Creator: 'Shotline', Producer: 'Shotline' },
    // No default font: PDFKit would load Helvetica's metrics for every document and write an unused font
    // object into the file. Every run is drawn in a font of the FontSet.
    font: null as unknown as string,
  });
  const bytes = collectBytes(doc);
  const fonts = new FontSet(doc, { files: options.files, fallbacks: options.fallbacks, traditional: meta.language === 'zh-TW' });
  const warnings: ExportWarning[] = [...layout.warnings];
  const needsCjk = layout.pages.some((p) => p.lines.some((l) => l.runs.some((r) => r.script === 'cjk')));
  if (needsCjk && fonts.cjk() === null) {
    warnings.push({ code: 'cjk-font-system', message: 'the Chinese font (Noto Sans SC) was not found: Chinese text uses the fonts found on this computer' });
  }
  const { missing } = drawLayout(doc, layout, fonts, { onPage: options.onPage });
  warnings.push(...missing.map(describeMissing));
  doc.end();
  return { bytes: await bytes, pages: layout.pages.length, warnings };
}
