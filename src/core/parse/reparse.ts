// Incremental reparse: applies one text edit to a previous parse and re-reads only the lines it touches,
// then the lines whose classification the change carries over to. The result equals a full parse.
import type { Element, Script, ScriptLine, TextEdit } from '../model/script';
import { classifyLine } from './classify';
import { buildElements } from './elements';
import { internals, type ParseInternals } from './internal';
import { countScripts, detectedLanguage } from './language';
import { readsBlank, splitLines } from './lines';
import { parse } from './parse';
import { sourceText } from './source';

function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** The index of the line holding `offset` (an offset in a line's ending belongs to that line). */
function lineAt(lineStart: Float64Array, offset: number): number {
  let lo = 0;
  let hi = lineStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStart[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the first element starting at line index >= `line` (0-based), or elements.length. */
function firstElementFrom(elements: Element[], line: number): number {
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid].range.start.line - 1 < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves elements [from, ...) of `list` in place by whole lines and by offset. */
function shiftInPlace(list: Element[], from: number, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  for (let j = from; j < list.length; j++) {
    const r = list[j].range;
    r.start.line += lines;
    r.start.offset += offset;
    if (r.end !== r.start) {
      r.end.line += lines;
      r.end.offset += offset;
    }
  }
}

/**
 * The parse of `previous`'s text with `edit` applied, equal to a full parse of the edited text.
 *
 * The previous parse is handed over, as an editor does with each transaction: elements after the edit
 * are moved in place and shared with the result, so `previous.elements` must not be read afterwards
 * (its lines and `sourceText(previous)` stay as they were, and reparsing `previous` again falls back to a
 * full parse). Falls back to a full parse too when the edit reaches the title page or the byte-order
 * mark, or changes the script's language.
 */
export function reparse(previous: Script, edit: TextEdit): Script {
  const old = internals.get(previous);
  const oldLines = previous.lines;
  const n = oldLines.length;
  const end = old ? old.lineStart[n - 1] + oldLines[n - 1].text.length : sourceText(previous).length;
  if (!Number.isInteger(edit.from) || !Number.isInteger(edit.to) || edit.from < 0 || edit.to < edit.from || edit.to > end) {
    throw new RangeError(`reparse: edit ${edit.from}..${edit.to} is outside the text (0..${end})`);
  }
  const full = () => parse(applyEdit(sourceText(previous), edit), { language: old?.forced });
  if (!old) return full();
  const bomLen = previous.bom ? 1 : 0;
  if (edit.from < bomLen) return full();

  // The touched lines, widened by one line on each side so that line endings joined or split by the
  // edit (a CR meeting an LF) are read again, and so is the line whose look-ahead changed.
  const a = lineAt(old.lineStart, edit.from);
  const b = lineAt(old.lineStart, edit.to);
  const a0 = Math.max(0, a - 1);
  const b0 = Math.min(n - 1, b + 1);
  if (a0 < old.titleLines || (old.titleLines === 0 && a0 === 0)) return full();

  let region = '';
  for (let i = a0; i <= b0; i++) region += oldLines[i].text + oldLines[i].eol;
  const regionStart = old.lineStart[a0];
  const newRegion = region.slice(0, edit.from - regionStart) + edit.insert + region.slice(edit.to - regionStart);
  const raw = splitLines(newRegion);
  if (b0 < n - 1) raw.pop(); // the region ended with a line ending: the empty piece after it is not a line

  // Language: Han and Latin counts updated by the lines that left and came; a change means a full parse.
  const counts: [number, number] = [old.han, old.latin];
  for (let i = a0; i <= b0; i++) countScripts(oldLines[i].text, counts, -1);
  for (const r of raw) countScripts(r.text, counts);
  if (!old.forced && previous.languageSource !== 'title' && detectedLanguage(counts[0], counts[1]) !== previous.language) {
    return full();
  }
  const hasLetters = counts[0] > 0 || counts[1] > 0;
  if ((previous.languageSource === 'default' && hasLetters) || (previous.languageSource === 'detected' && !hasLetters)) return full();
  const zh = previous.language === 'zh';

  const lineDelta = raw.length - (b0 - a0 + 1);
  const offDelta = edit.insert.length - (edit.to - edit.from);
  const total = n + lineDelta;
  const regionLines: ScriptLine[] = new Array(raw.length);
  const lineStart = new Float64Array(total);
  lineStart.set(old.lineStart.subarray(0, a0));
  let offset = regionStart;
  for (let k = 0; k < raw.length; k++) {
    regionLines[k] = raw[k];
    lineStart[a0 + k] = offset;
    offset += raw[k].text.length + raw[k].eol.length;
  }
  for (let k = b0 + 1; k < n; k++) lineStart[k + lineDelta] = old.lineStart[k] + offDelta;
  const lines = oldLines.slice(0, a0).concat(regionLines, oldLines.slice(b0 + 1));

  // Reclassify from a0 until the state at a line start after the region equals the old one there.
  const stateIn = new Uint8Array(total + 1);
  stateIn.set(old.stateIn.subarray(0, a0 + 1));
  const regionEnd = a0 + raw.length;
  let i = a0;
  let state = old.stateIn[a0];
  for (; i < total; i++) {
    if (i >= regionEnd && state === old.stateIn[i - lineDelta]) break;
    stateIn[i] = state;
    const r = classifyLine(lines[i].text, state, i + 1 >= total || readsBlank(lines[i + 1].text), zh);
    if (i >= regionEnd) {
      if (lines[i].type !== r.type) lines[i] = { text: lines[i].text, eol: lines[i].eol, type: r.type };
    } else {
      lines[i].type = r.type;
    }
    state = r.next;
  }
  const reclassEnd = i;
  if (reclassEnd < total) stateIn.set(old.stateIn.subarray(reclassEnd - lineDelta), reclassEnd);
  else stateIn[total] = state;

  // Elements: keep those wholly before the first line that may group differently, rebuild from there, and
  // reuse the old ones (moved) from the first element start after the reclassified lines that the old
  // parse also started an element at.
  const oldEls = previous.elements;
  const before = firstElementFrom(oldEls, a0);
  const restartIdx = before > 0 ? firstElementFrom(oldEls, oldEls[before - 1].range.start.line - 1) : 0;
  const restartLine = restartIdx < oldEls.length ? oldEls[restartIdx].range.start.line - 1 : a0;
  let elements: Element[] = oldEls.slice(0, restartIdx);
  const src = { lines, lineStart, zh };
  let from = Math.min(restartLine, a0);
  let until = Math.max(reclassEnd, regionEnd);
  for (;;) {
    const stop = buildElements(src, from, until, elements);
    if (stop >= total) break;
    const k = firstElementFrom(oldEls, stop - lineDelta);
    if (k < oldEls.length && oldEls[k].range.start.line - 1 === stop - lineDelta) {
      const tailFrom = elements.length;
      elements = elements.concat(oldEls.slice(k));
      shiftInPlace(elements, tailFrom, lineDelta, offDelta);
      break;
    }
    from = stop;
    until = stop + 1;
  }
  internals.delete(previous);

  const script: Script = {
    language: previous.language,
    languageSource: previous.languageSource,
    bom: previous.bom,
    titlePage: previous.titlePage,
    lines,
    elements,
  };
  const next: ParseInternals = { lineStart, stateIn, han: counts[0], latin: counts[1], forced: old.forced, titleLines: old.titleLines };
  internals.set(script, next);
  return script;
}
