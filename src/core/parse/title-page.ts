// The Fountain title page: `Key: value` lines at the very top, values may continue on indented lines.
import type { ScriptLine, SourceRange, TitleEntry } from '../model/script';

const KEY_RE = /^([A-Za-z][A-Za-z0-9 _-]*|剧名|劇名|片名|标题|標題|编剧|編劇|作者|集数|集數|类型|類型|语言|語言)[ \t]*[:：][ \t]*(.*)$/;

const KNOWN_KEYS = new Set(
  ('title credit author authors source draft date draft contact copyright notes revision episode language lang ' +
    'format series season watermark font tl tc tr bl br cc').split(' '),
);

/**
 * True when the first line of a text starts a title page: a known key (`Title:`, `Author:`, `Draft date:` ...)
 * or any `Key: value` with a value. A bare `CUT TO:` is a transition, not a key.
 */
export function isTitleStart(text: string): boolean {
  const m = KEY_RE.exec(text);
  if (!m) return false;
  if (KNOWN_KEYS.has(m[1].trim().toLowerCase()) || !/^[A-Za-z]/.test(m[1])) return true;
  // An unknown Latin key needs Fountain's own colon: `Tom：OK` in a Chinese script is a line of dialogue.
  const colon = text.slice(m[1].length).trimStart().charAt(0);
  return colon === ':' && m[2].trim() !== '' && !/TO$/.test(m[1].trim());
}

/** True for a line that continues a title page: another `Key:` line or an indented value line. */
export function isTitleLine(text: string): boolean {
  return /^(?: {3,}|\t)\S/.test(text) || KEY_RE.test(text);
}

/** Title entries from the leading `title_page` lines; `lineStart` gives each line's offset. */
export function readTitlePage(lines: ScriptLine[], lineStart: (i: number) => number): TitleEntry[] {
  const entries: TitleEntry[] = [];
  let current: { key: string; parts: string[]; range: SourceRange } | null = null;
  const flush = () => {
    if (current) entries.push({ key: current.key, value: current.parts.join('\n'), range: current.range });
  };
  for (let i = 0; i < lines.length && lines[i].type === 'title_page'; i++) {
    const text = lines[i].text;
    const m = /^[ \t]{2,}|^\t/.test(text) ? null : KEY_RE.exec(text);
    const end = { line: i + 1, column: text.length, offset: lineStart(i) + text.length };
    if (m) {
      flush();
      current = {
        key: m[1].trim(),
        parts: m[2].trim() ? [m[2].trim()] : [],
        range: { start: { line: i + 1, column: 0, offset: lineStart(i) }, end },
      };
    } else if (current) {
      current.parts.push(text.trim());
      current.range = { start: current.range.start, end };
    } else {
      current = { key: '', parts: [text.trim()], range: { start: { line: i + 1, column: 0, offset: lineStart(i) }, end } };
    }
  }
  flush();
  return entries;
}

/** The language a title page asks for: `Language: zh` (zh-Hans, zh-Hant, 中文 ...) or `en`; null when absent. */
export function titleLanguage(entries: TitleEntry[]): 'en' | 'zh' | null {
  for (const e of entries) {
    const key = e.key.toLowerCase();
    if (key !== 'language' && key !== 'lang' && e.key !== '语言' && e.key !== '語言') continue;
    const v = e.value.trim().toLowerCase();
    if (/^(zh|cn|chinese|中文|汉语|漢語|简体|簡體|繁体|繁體)/.test(v)) return 'zh';
    if (/^(en|english|英文|英语|英語)/.test(v)) return 'en';
  }
  return null;
}
