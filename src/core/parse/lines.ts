// Splitting text into lines with their endings kept, so the parse can rebuild the text byte for byte.
import type { ScriptLine } from '../model/script';

/** Splits `text` into lines; each keeps its own ending (LF, CRLF, CR or none for the last line). The lines
 * come typed 'blank' for the classifier to type. */
export function splitLines(text: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ text: text.slice(start, i), eol: '\n', type: 'blank' });
      start = i + 1;
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
        lines.push({ text: text.slice(start, i), eol: '\r\n', type: 'blank' });
        i++;
      } else {
        lines.push({ text: text.slice(start, i), eol: '\r', type: 'blank' });
      }
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), eol: '', type: 'blank' });
  return lines;
}

/** True for a line that holds only white space (the two-space dialogue line is handled by the caller). */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** True when a line reads as blank to its neighbours' rules: white space only, or a boneyard line. */
export function readsBlank(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) break;
    i++;
  }
  if (i === text.length) return true;
  return text.charCodeAt(i) === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */;
}
