// An export's warning in the interface's language (the writers in src/node and the stand-ins say them in
// English, with a code and particulars: src/core/model/warning.ts). An unknown code shows the English.
import type { TFunction } from 'i18next';
import { codePointLabel, type ExportWarning } from '../../core/model/warning';

/** Up to five lines, then an ellipsis. */
function shownLines(lines: readonly number[], separator: string): string {
  return lines.slice(0, 5).join(separator) + (lines.length > 5 ? ' …' : '');
}

/** `t` is any namespace's: the strings are in common's `exportWarning`. */
export function warningText(w: ExportWarning, t: TFunction): string {
  const lines = w.lines ?? [];
  const where = lines.length > 0 ? t('common:exportWarning.where', { lines: shownLines(lines, t('common:exportWarning.separator')), count: lines.length }) : '';
  const text = t(`common:exportWarning.${w.code}`, { char: w.char ?? '', code: codePointLabel(w.char), where, count: w.count ?? 0, defaultValue: w.message });
  return w.episode ? t('common:exportWarning.of', { episode: w.episode, text }) : text;
}
