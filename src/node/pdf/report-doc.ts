// The document every report PDF starts from (breakdown reports, shot lists): pdfkit set up for the report's
// language and title, the bytes collected as it writes, and the one font reports are drawn in (Noto Sans SC,
// which holds Latin and Han glyphs), or Courier Prime with a warning when the CJK font is missing.
import PDFDocument from 'pdfkit';
import { FontSet, type FontFiles, type SystemFont } from './fonts';
import type { ExportWarning } from '../../core/model/warning';

export type Doc = InstanceType<typeof PDFDocument>;

export const A4: [number, number] = [595.28, 841.89];

export interface ReportDocOptions {
  /** `en`, `zh-Hans` or `zh-Hant`: sets the PDF's /Lang and the Traditional glyph shapes. */
  language: string;
  title: string;
  /** What the report is, for the missing-font warning ("reports", "the shot list"). */
  what: string;
  files?: FontFiles;
  fallbacks?: readonly SystemFont[];
}

export interface ReportDoc {
  doc: Doc;
  font: string;
  warnings: ExportWarning[];
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>;
}

export function openReportDoc(options: ReportDocOptions): ReportDoc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    lang: options.language === 'en' ? 'en' : options.language === 'zh-Hant' ? 'zh-TW' : 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: options.title, Creator: 'Shotline', Producer: 'Shotline' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const warnings: ExportWarning[] = [];
  const fonts = new FontSet(doc, { files: options.files, fallbacks: options.fallbacks, traditional: options.language === 'zh-Hant' });
  let font = fonts.cjk();
  if (!font) {
    const message = `the Chinese font (Noto Sans SC) was not found: ${options.what} drawn in Courier Prime and Chinese text may print as empty boxes`;
    warnings.push({ code: 'cjk-font-missing', message });
    font = fonts.latin(false, false);
  }
  return {
    doc,
    font,
    warnings,
    finish: async () => {
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
