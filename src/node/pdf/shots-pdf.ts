// The shot list as a PDF: landscape A4 pages, one section (episode or set) after another, each a table with
// bilingual column headers and a band per scene (shots-table.ts). Text is drawn in Noto Sans SC (Latin and
// Han, embedded as a subset; fonts.ts) so Chinese prints right.
import type { ShotTable } from '../../core/shots';
import type { FontFiles, SystemFont } from './fonts';
import { A4, openReportDoc } from './report-doc';
import { drawSection, prepareColumns, type ShotsTableStyle } from './shots-table';
import type { ExportWarning } from '../../core/model/warning';
const MARGIN = 30;

export interface ShotsPdfOptions {
  files?: FontFiles;
  fallbacks?: readonly SystemFont[];
  /** The series' title, printed before the table's title on every page. */
  series?: string;
  /** A line under the title on every page (date, draft ...). */
  subtitle?: string;
}

export interface ShotsPdfResult {
  bytes: Buffer;
  pages: number;
  warnings: ExportWarning[];
}

const TOTAL = {
  en: (shots: number, seconds: number) => `${shots} shots · ${seconds} s`,
  zh: (shots: number, seconds: number) => `共 ${shots} 个镜头 · ${seconds} 秒`,
  hant: (shots: number, seconds: number) => `共 ${shots} 個鏡頭 · ${seconds} 秒`,
};

export async function shotsPdf(table: ShotTable, options: ShotsPdfOptions = {}): Promise<ShotsPdfResult> {
  const title = options.series ? `${options.series}  ·  ${table.title}` : table.title;
  const { doc, font, warnings, finish } = openReportDoc({
    language: table.language,
    title,
    what: 'the shot list is',
    files: options.files,
    fallbacks: options.fallbacks,
  });
  const style: ShotsTableStyle = { font, size: 7.5, pad: 3 };
  const total = table.language === 'en' ? TOTAL.en : table.language === 'zh-Hant' ? TOTAL.hant : TOTAL.zh;
  let pages = 0;

  const page = (section: string): number => {
    doc.addPage({ size: A4, layout: 'landscape', margin: 0 });
    pages++;
    const width = doc.page.width;
    doc.rect(0, 0, width, 26).fill('#263238');
    doc.fillColor('#FFFFFF').font(font).fontSize(10.5).text(`${title}  ·  ${section}`, MARGIN, 8, { width: width - 2 * MARGIN - 50, lineBreak: false, ellipsis: true });
    doc.fontSize(8).text(String(pages), width - MARGIN - 50, 9, { width: 50, align: 'right', lineBreak: false });
    if (options.subtitle) doc.fillColor('#616161').fontSize(7).text(options.subtitle, MARGIN, 30, { width: width - 2 * MARGIN, lineBreak: false });
    return options.subtitle ? 44 : 36;
  };

  const width = A4[1] - 2 * MARGIN;
  const prepared = prepareColumns(doc, table.columns, table.sections, width, style);
  for (const section of table.sections) {
    const frame = { left: MARGIN, width, bottom: A4[0] - MARGIN - 12, newPage: () => page(section.title) };
    const y = drawSection(doc, prepared, section, frame, page(section.title), style);
    const at = y + 14 > frame.bottom + 12 ? page(section.title) : y + 4;
    doc.fillColor('#455A64').font(font).fontSize(8).text(total(section.shots, section.seconds), MARGIN, at, { width, align: 'right', lineBreak: false });
  }
  if (table.sections.length === 0) {
    page(table.title);
    doc.fillColor('#455A64').font(font).fontSize(10).text(total(0, 0), MARGIN, 60, { lineBreak: false });
  }
  return { bytes: await finish(), pages, warnings };
}
