// What an export wants the user to know: a character no font has, a word cut to fit, a font that is missing.
// Each carries a code and its particulars, so that every interface says it in its own language, and
// `message`, the English sentence the CLI prints.

export const EXPORT_WARNING_CODES = [
  /** A word longer than the line was broken to fit (`lines`: where). */
  'word-broken',
  /** `char` is in no font embedded or found; it prints as an empty box (`lines`: where). */
  'missing-glyph',
  /** The bundled Chinese font was not found; Chinese text uses the fonts found on this computer. */
  'cjk-font-system',
  /** The bundled Chinese font was not found; the report is drawn in Courier Prime, Chinese may print as boxes. */
  'cjk-font-missing',
  /** The in-browser stand-in's screenplay PDFs use the standard PDF fonts, not embedded. */
  'standard-fonts',
  /** The in-browser stand-in's report PDFs are plain text in the standard PDF fonts. */
  'plain-report',
  /** `count` characters the standard PDF fonts cannot show print as "?". */
  'replaced-chars',
] as const;

export type ExportWarningCode = (typeof EXPORT_WARNING_CODES)[number];

export interface ExportWarning {
  code: ExportWarningCode;
  /** In English, as the CLI prints it. */
  message: string;
  /** Source lines from 1. */
  lines?: number[];
  char?: string;
  count?: number;
  /** The episode or file it belongs to, when one export wrote several. */
  episode?: string;
}

/** A character's code point as warnings name it: `U+1F600`; empty for no character. */
export function codePointLabel(char: string | undefined): string {
  const cp = char?.codePointAt(0);
  return cp === undefined ? '' : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
