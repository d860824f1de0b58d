// From typed lines to elements: groups consecutive lines into paragraphs and reads each element's parts.
import type { Element, LineType, ScriptLine, SourcePos } from '../model/script';
import { cueParts, headingParts } from './heading';
import { matchCastList, matchEpisode, matchZhDialogue, matchZhHeading, readZhPlace } from './zh';

/** Line types whose consecutive lines form one element. */
const MERGING: ReadonlySet<LineType> = new Set<LineType>(['action', 'dialogue', 'lyrics', 'centered', 'note', 'boneyard']);

export interface LineSource {
  lines: ScriptLine[];
  /** Offset of the first character of line i (0-based index). */
  lineStart: ArrayLike<number>;
  zh: boolean;
}

/** True when line i (0-based) begins a new element rather than continuing the one above. */
export function startsElement(src: LineSource, i: number): boolean {
  const line = src.lines[i];
  const type = line.type;
  if (type === 'blank' || type === 'title_page') return false;
  if (i === 0 || !MERGING.has(type)) return true;
  const prev = src.lines[i - 1];
  if (prev.type !== type) return true;
  const t = line.text.trimStart();
  switch (type) {
    case 'note':
      return t.startsWith('[[');
    case 'boneyard':
      return t.startsWith('/*');
    case 'action':
    case 'dialogue':
      // Chinese scripts write one paragraph per line.
      return src.zh;
    default:
      return false;
  }
}

function pos(src: LineSource, i: number, column: number): SourcePos {
  return { line: i + 1, column, offset: src.lineStart[i] + column };
}

/**
 * Builds the elements of lines [from, ...) into `out`, starting at a line that begins an element, and stops
 * before the first line >= `until` that begins an element (or at the end). Returns the line it stopped at.
 */
export function buildElements(src: LineSource, from: number, until: number, out: Element[]): number {
  const { lines } = src;
  let i = from;
  while (i < lines.length) {
    if (!startsElement(src, i)) {
      i++;
      continue;
    }
    if (i >= until) return i;
    let end = i + 1;
    while (end < lines.length && lines[end].type === lines[i].type && !startsElement(src, end)) end++;
    emit(src, i, end, out);
    i = end;
  }
  return lines.length;
}

function joined(src: LineSource, from: number, to: number, map: (text: string) => string): string {
  if (to - from === 1) return map(src.lines[from].text); // most paragraphs are one line: no array to join
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(map(src.lines[k].text));
  return parts.join('\n');
}

/** An action line without its forcing `!` (kept indentation); most lines have none, and are returned as they are. */
function unforceAction(text: string): string {
  return text.includes('!') ? text.replace(/^(\s*)!/, '$1') : text;
}

function emit(src: LineSource, from: number, to: number, out: Element[]): void {
  const first = src.lines[from];
  const type = first.type;
  const last = src.lines[to - 1];
  const range = { start: pos(src, from, 0), end: pos(src, to - 1, last.text.length) };
  const text = first.text;
  const trimmed = text.trim();
  switch (type) {
    case 'scene_heading': {
      if (src.zh && !trimmed.startsWith('.')) {
        const h = matchZhHeading(text);
        if (h) {
          out.push({ type, text: trimmed, range, number: h.number, intExt: h.intExt, location: h.location, time: h.time, timeText: h.timeText });
          return;
        }
      }
      const forced = trimmed.startsWith('.');
      const p = headingParts(forced ? trimmed.slice(1) : trimmed);
      // A forced heading in a Chinese script may carry Chinese marks: `.夜 外 福安夜市 #1-1#`.
      const z = src.zh && !p.intExt && !p.time ? readZhPlace(p.text) : null;
      const parts = z ?? p;
      const el: Element = { type, text: p.text, range, number: p.number, intExt: parts.intExt, location: parts.location, time: parts.time, timeText: parts.timeText };
      if (forced) el.forced = true;
      out.push(el);
      return;
    }
    case 'character': {
      if (trimmed.startsWith('@')) {
        const raw = trimmed.slice(1).trim();
        const c = cueParts(raw);
        out.push({ type, text: raw.replace(/\s*\^$/, ''), range, name: c.name, extension: c.extension, dual: c.dual, forced: true });
        return;
      }
      const zh = src.zh ? matchZhDialogue(text) : null;
      if (zh) {
        out.push({ type, text: text.slice(zh.nameStart, zh.cueEnd), range: { start: pos(src, from, zh.nameStart), end: pos(src, from, zh.cueEnd) }, name: zh.name, extension: zh.extension, dual: false });
        return;
      }
      const c = cueParts(trimmed);
      out.push({ type, text: trimmed.replace(/\s*\^$/, ''), range, name: c.name, extension: c.extension, dual: c.dual });
      return;
    }
    case 'dialogue': {
      const zh = src.zh && to - from === 1 ? matchZhDialogue(text) : null;
      if (zh && !/^ +$/.test(text)) {
        emitZhDialogue(src, from, zh, out);
        return;
      }
      out.push({ type, text: joined(src, from, to, (t) => t.trim()), range });
      return;
    }
    case 'action': {
      const forced = trimmed.startsWith('!');
      const el: Element = { type, text: joined(src, from, to, unforceAction), range };
      if (forced) el.forced = true;
      out.push(el);
      return;
    }
    case 'transition': {
      const forced = trimmed.startsWith('>');
      const el: Element = { type, text: forced ? trimmed.slice(1).trim() : trimmed, range };
      if (forced) el.forced = true;
      out.push(el);
      return;
    }
    case 'centered':
      out.push({ type, text: joined(src, from, to, (t) => t.trim().replace(/^>\s*/, '').replace(/\s*<$/, '')), range });
      return;
    case 'lyrics':
      out.push({ type, text: joined(src, from, to, (t) => t.trim().replace(/^~\s?/, '')), range });
      return;
    case 'section': {
      const m = /^(#+)\s*(.*)$/.exec(trimmed);
      out.push({ type, text: m ? m[2].trim() : trimmed, range, depth: m ? m[1].length : 1 });
      return;
    }
    case 'synopsis':
      out.push({ type, text: trimmed.replace(/^=\s*/, ''), range });
      return;
    case 'note': {
      const all = joined(src, from, to, (t) => t);
      out.push({ type, text: all.trim().replace(/^\[\[/, '').replace(/\]\]$/, '').trim(), range });
      return;
    }
    case 'boneyard': {
      const all = joined(src, from, to, (t) => t);
      out.push({ type, text: all.trim().replace(/^\/\*/, '').replace(/\*\/$/, '').trim(), range });
      return;
    }
    case 'page_break':
      out.push({ type, text: '', range });
      return;
    case 'episode': {
      const e = matchEpisode(trimmed);
      out.push({ type, text: trimmed.replace(/^#+\s*/, ''), range, number: e?.number ?? null, title: e?.title ?? null });
      return;
    }
    case 'cast_list':
      out.push({ type, text: trimmed, range, names: matchCastList(text) ?? [] });
      return;
    case 'parenthetical':
    case 'caption':
    case 'hook':
    case 'flashback_start':
    case 'flashback_end':
      out.push({ type, text: trimmed, range });
      return;
    default:
      return;
  }
}

function emitZhDialogue(src: LineSource, i: number, m: NonNullable<ReturnType<typeof matchZhDialogue>>, out: Element[]): void {
  const text = src.lines[i].text;
  out.push({
    type: 'character',
    text: text.slice(m.nameStart, m.cueEnd),
    range: { start: pos(src, i, m.nameStart), end: pos(src, i, m.cueEnd) },
    name: m.name,
    extension: m.extension,
    dual: false,
  });
  if (m.parenStart >= 0) {
    out.push({ type: 'parenthetical', text: text.slice(m.parenStart, m.parenEnd), range: { start: pos(src, i, m.parenStart), end: pos(src, i, m.parenEnd) } });
  }
  const body = text.slice(m.textStart).trimEnd();
  if (body) {
    out.push({ type: 'dialogue', text: body, range: { start: pos(src, i, m.textStart), end: pos(src, i, m.textStart + body.length) } });
  }
}
