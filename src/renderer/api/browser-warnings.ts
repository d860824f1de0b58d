// What the in-browser stand-in says about the PDFs it writes (the desktop app and the CLI write the real ones).
import type { ExportWarning } from '../../core/model/warning';

export const STANDARD_FONTS: ExportWarning = {
  code: 'standard-fonts',
  message: 'In the browser the PDF uses the standard PDF fonts, not embedded; the desktop app and "shotline pdf" embed Courier Prime and Noto Sans SC.',
};

export const PLAIN_REPORT: ExportWarning = {
  code: 'plain-report',
  message: 'In the browser the PDF is plain text in the standard PDF fonts, not embedded; the desktop app and the command line draw the full report with Noto Sans SC embedded.',
};

/** Characters the standard PDF fonts cannot show, printed as "?"; none when `count` is 0. */
export function replacedChars(count: number): ExportWarning[] {
  return count > 0 ? [{ code: 'replaced-chars', count, message: `${count} characters the standard PDF fonts cannot show print as "?".` }] : [];
}
