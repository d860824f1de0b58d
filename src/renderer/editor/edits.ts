// From ProseMirror steps to text edits of the script, so the parse can follow the editor incrementally
// (`reparse`) instead of re-reading the whole script on every keystroke.
//
// The document has one `line` node per source line (inside chunks that do not count). A step changes a range of the document; the lines it
// touches (widened by one at line boundaries) are compared as text before and after the step, and the
// smallest differing span of that text becomes the edit. Everything outside the touched lines is the
// same before and after, so the edit is exact.
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { LineEnding, Script, TextEdit } from '../../core/model/script';
import { lineAt, lineCount, lineNode } from './lines';

type StepMap = Transaction['mapping']['maps'][number];

/** The range a step changed, in the positions of the document before and after it. */
interface ChangedRange {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

function changedRange(map: StepMap): ChangedRange | null {
  let range: ChangedRange | null = null;
  map.forEach((oldStart, oldEnd, newStart, newEnd) => {
    range = range
      ? {
          oldFrom: Math.min(range.oldFrom, oldStart),
          oldTo: Math.max(range.oldTo, oldEnd),
          newFrom: Math.min(range.newFrom, newStart),
          newTo: Math.max(range.newTo, newEnd),
        }
      : { oldFrom: oldStart, oldTo: oldEnd, newFrom: newStart, newTo: newEnd };
  });
  return range;
}

/** The text offset where line `index` starts (the byte-order mark counts as one code unit). */
export function lineOffset(script: Script, index: number): number {
  let offset = script.bom ? 1 : 0;
  for (let i = 0; i < index; i++) offset += script.lines[i].text.length + script.lines[i].eol.length;
  return offset;
}

/** The line ending new lines get: the script's first one, or LF. */
export function defaultEol(script: Script): LineEnding {
  for (const line of script.lines) if (line.eol !== '') return line.eol;
  return '\n';
}

/**
 * The text edit one step made, given the documents before and after it and the script of the text
 * before it (whose lines match `before` one to one). Null when the text did not change.
 */
export function stepToEdit(before: PMNode, after: PMNode, map: StepMap, script: Script, eol: LineEnding): TextEdit | null {
  const range = changedRange(map);
  if (!range) return null;
  const first = Math.min(lineAt(before, range.oldFrom, 'before'), lineAt(after, range.newFrom, 'before'));
  const oldLast = Math.max(lineAt(before, range.oldTo, 'after'), first);
  const linesAfter = lineCount(before) - 1 - oldLast;
  const newLast = lineCount(after) - 1 - linesAfter;
  if (newLast < first) throw new Error('Internal error: an edit left no line to compare.');

  // The old text of the touched lines, with the line endings between them (not the last one's).
  let oldText = '';
  const innerEols: LineEnding[] = [];
  for (let i = first; i <= oldLast; i++) {
    oldText += script.lines[i].text;
    if (i < oldLast) {
      oldText += script.lines[i].eol;
      innerEols.push(script.lines[i].eol);
    }
  }
  // The new text of those lines: line endings kept in order where lines remain, `eol` for new ones.
  let newText = '';
  for (let i = first, k = 0; i <= newLast; i++, k++) {
    newText += lineNode(after, i).textContent;
    if (i < newLast) newText += innerEols[k] || eol;
  }
  if (oldText === newText) return null;

  let prefix = 0;
  const max = Math.min(oldText.length, newText.length);
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  const start = lineOffset(script, first);
  return { from: start + prefix, to: start + oldText.length - suffix, insert: newText.slice(prefix, newText.length - suffix) };
}
