// CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF line ends,
// fields quoted when they hold a comma, a quote, a line break or leading/trailing spaces. Fields that start
// with = + - @ (and a tab or carriage return) are prefixed with an apostrophe so a spreadsheet does not run
// them as formulas.
export type CsvCell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (FORMULA.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file's text: BOM, one line per row, CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
