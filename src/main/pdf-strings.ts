// The words of the PDF export's own dialog (replacing the PDFs already in a folder) in the three UI languages.
// Kept beside the PDF handler; the menus' and the other dialogs' words are in menu-strings.ts.
import type { UiLanguage } from '../shared/api';

export interface PdfStrings {
  replaceMessage(count: number, folder: string): string;
  replaceDetail(names: string): string;
  replaceButton: string;
  cancelButton: string;
}

export const PDF_STRINGS: Record<UiLanguage, PdfStrings> = {
  en: {
    replaceMessage: (count, folder) => (count === 1 ? `A file exists in “${folder}”. Replace it?` : `${count} files exist in “${folder}”. Replace them?`),
    replaceDetail: (names) => `Exporting writes over ${names}.`,
    replaceButton: 'Replace',
    cancelButton: 'Cancel',
  },
  'zh-Hans': {
    replaceMessage: (count, folder) => (count === 1 ? `“${folder}”中已有这个文件。要替换它吗？` : `“${folder}”中已有 ${count} 个文件。要替换它们吗？`),
    replaceDetail: (names) => `导出会覆盖 ${names}。`,
    replaceButton: '替换',
    cancelButton: '取消',
  },
  'zh-Hant': {
    replaceMessage: (count, folder) => (count === 1 ? `「${folder}」中已有這個檔案。要取代它嗎？` : `「${folder}」中已有 ${count} 個檔案。要取代它們嗎？`),
    replaceDetail: (names) => `匯出會覆寫 ${names}。`,
    replaceButton: '取代',
    cancelButton: '取消',
  },
};
