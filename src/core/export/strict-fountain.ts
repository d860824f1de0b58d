// Strict Fountain: a Script written so that any Fountain tool reads the same scenes, speakers and lines.
//
// Decisions (issue 2, item 6):
// - Title page kept, entry for entry. Chinese keys become the Fountain keys other tools know (剧名/片名/标题
//   -> Title, 编剧/作者 -> Author, 语言 -> Language, 集数 -> Episode, 类型 -> Genre), and a key other tools
//   recognise is moved first when the page starts with one they do not (fountain-js only sees a title page
//   that opens with Title, Credit, Author, ...).
// - One blank line between elements; a cue, its parentheticals and its dialogue stay together.
// - Scene headings are forced with `.`; the scene number goes to the end as `#n#`. Chinese headings keep
//   the writer's words without the leading number: `1-1 夜 外 福安夜市` -> `.夜 外 福安夜市 #1-1#`.
// - Cues are forced with `@`, extension in parentheses, ` ^` for the second speaker of dual dialogue.
//   `林晚（OS）：三年了。` -> `@林晚 (OS)` + `三年了。`; a （parenthetical） after the colon becomes its own
//   `(…)` line with ASCII brackets.
// - Transitions are forced with `>`, centered text `>…<`, lyrics `~`, sections `#`, synopses `=`,
//   notes `[[…]]` (a note over several lines becomes one note per line: fountain-js takes a multi-line note
//   whose first line has no lower-case letter for a cue), boneyard `/*…*/`, page breaks `===`.
// - Action gets `!` only where a reader would otherwise take it for something else (see strict-safety.ts).
// - Episode markers become level-1 sections: `第3集：逆袭` -> `# 第3集：逆袭` (Shotline reads that as an
//   episode again; other tools show a section).
// - Cast lists (人物：…), captions (【字幕：…】), hooks (【卡点】…) and flashback markers (【闪回】,
//   【闪回结束】) are written as they are: to any other Fountain tool they are plain action lines that print as
//   written, and Shotline still reads their meaning from them. When one would be misread, it gets `!` and
//   becomes plain action for Shotline too.
import type { CharacterElement, Element, Language, Script, SceneHeadingElement, TitleEntry } from '../model/script';
import { forceLine, genericMisread, readsBackAs } from './strict-safety';

export interface StrictFountainOptions {
  /** Line ending of the output; `\n` unless asked. */
  eol?: '\n' | '\r\n';
}

const TITLE_KEYS: Record<string, string> = {
  剧名: 'Title', 劇名: 'Title', 片名: 'Title', 标题: 'Title', 標題: 'Title',
  编剧: 'Author', 編劇: 'Author', 作者: 'Author',
  语言: 'Language', 語言: 'Language', 集数: 'Episode', 集數: 'Episode', 类型: 'Genre', 類型: 'Genre',
};
const KNOWN_FIRST_KEY = /^(?:title|credit|authors?|source|notes|draft ?date|date|contact|copyright|revisions?)$/i;

/** The first number of a Chinese heading as written: `3-1 `, `12. `, `20、`, `第3场 `. */
const ZH_NUMBER_PREFIX = /^[ \t\u3000]*(?:第[ \t\u3000]*[0-9０-９]+[ \t\u3000]*场|[0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]?(?:[ \t\u3000]*[.、．]|(?=[ \t\u3000])))[ \t\u3000]*/;

interface Context {
  language: Language;
  /** True until the first block is written when there is no title page: that block opens the file. */
  opensFile: boolean;
}

/** Writes the script as portable Fountain. Pure: the same script always gives the same text. */
export function toStrictFountain(script: Script, options: StrictFountainOptions = {}): string {
  const blocks: string[][] = [];
  const title = titleLines(script.titlePage);
  if (title.length) blocks.push(title);
  const ctx: Context = { language: script.language, opensFile: title.length === 0 };
  const push = (lines: string[]) => {
    blocks.push(lines);
    ctx.opensFile = false;
  };

  const els = script.elements;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (el.type === 'character') {
      const lines = [cueLine(el)];
      while (i + 1 < els.length && inSpeech(els[i], els[i + 1])) {
        const next = els[++i];
        if (next.type === 'parenthetical') lines.push(parentheticalLine(next.text));
        else if (next.type === 'lyrics') lines.push(...lyricLines(next.text));
        else lines.push(...next.text.split('\n').map((l) => (l.trim() ? l.trim() : '  ')));
      }
      push(lines);
      continue;
    }
    for (const lines of elementBlocks(el, ctx)) push(lines);
  }
  const eol = options.eol ?? '\n';
  return blocks.length ? blocks.map((b) => b.join(eol)).join(eol + eol) + eol : '';
}

function elementBlocks(el: Element, ctx: Context): string[][] {
  switch (el.type) {
    case 'scene_heading':
      return [[headingLine(el, ctx.language)]];
    case 'character':
      return [[cueLine(el)]];
    case 'transition':
      return [[`> ${el.text.trim()}`]];
    case 'centered':
      return [el.text.split('\n').map((l) => `>${l.trim()}<`)];
    case 'lyrics':
      return [lyricLines(el.text)];
    case 'section':
      return [[`${'#'.repeat(Math.max(1, el.depth))} ${el.text}`]];
    case 'episode':
      return [[`# ${el.text}`]];
    case 'synopsis':
      return [el.text.split('\n').map((l) => `= ${l.trim()}`)];
    case 'note':
      return el.text.split('\n').filter((l) => l.trim()).map((l) => [`[[${l.trim()}]]`]);
    case 'boneyard':
      return [[`/*${el.text}*/`]];
    case 'page_break':
      return [['===']];
    case 'cast_list':
    case 'caption':
    case 'hook':
    case 'flashback_start':
    case 'flashback_end': {
      const text = el.text.trim();
      const safe = !genericMisread([text], ctx.opensFile) && readsBackAs(text, el.type, text, ctx.language, ctx.opensFile);
      return [[safe ? text : forceLine(text)]];
    }
    case 'parenthetical':
    case 'dialogue':
    case 'action':
      // A parenthetical or dialogue without a cue before it (not produced by our parser) is written as action.
      return actionBlocks(el.text, ctx);
  }
}

/** Action paragraphs (split at empty lines), each with `!` only where needed. */
function actionBlocks(text: string, ctx: Context): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim()) current.push(line);
    else if (current.length) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length) paragraphs.push(current);
  return paragraphs.map((lines, k) => {
    const opensFile = ctx.opensFile && k === 0;
    const want = lines.join('\n');
    const candidates = [lines, [forceLine(lines[0]), ...lines.slice(1)], lines.map(forceLine)];
    for (const c of candidates) {
      if (!genericMisread(c, opensFile) && readsBackAs(c.join('\n'), 'action', want, ctx.language, opensFile)) return c;
    }
    return candidates[2];
  });
}

/** Parentheticals and dialogue follow a cue; so do lyrics sung right under it (no blank line between). */
function inSpeech(prev: Element, next: Element): boolean {
  if (next.type === 'parenthetical' || next.type === 'dialogue') return true;
  return next.type === 'lyrics' && next.range.start.line <= prev.range.end.line + 1;
}

function lyricLines(text: string): string[] {
  return text.split('\n').map((l) => `~${l.trimStart()}`);
}

function headingLine(h: SceneHeadingElement, language: Language): string {
  let text = h.text.trim();
  if (language === 'zh' && h.number !== null && !h.forced) {
    const m = ZH_NUMBER_PREFIX.exec(text);
    if (m && text.length > m[0].length) text = text.slice(m[0].length).trim();
  }
  const number = h.number !== null && h.number.trim() && !/[#\s]/.test(h.number) ? ` #${h.number}#` : '';
  return `.${text}${number}`;
}

function cueLine(c: CharacterElement): string {
  // An English cue keeps its own spelling (`BRICK (V.O.) (CONT'D)`); others are rebuilt from name and extension.
  const text = c.text.trim();
  const body = /^[^()（）：:^]+(?:\s*\([^()]*\))*$/.test(text) ? text : c.name + (c.extension ? ` (${c.extension})` : '');
  return `@${body}${c.dual ? ' ^' : ''}`;
}

function parentheticalLine(text: string): string {
  let t = text.trim().replace(/^（/, '(').replace(/）$/, ')');
  if (!t.startsWith('(')) t = `(${t}`;
  if (!t.endsWith(')')) t = `${t})`;
  return t;
}

function titleLines(entries: readonly TitleEntry[]): string[] {
  const mapped = entries.map((e) => ({ key: TITLE_KEYS[e.key] ?? e.key, value: e.value }));
  if (mapped.length > 1 && !KNOWN_FIRST_KEY.test(mapped[0].key)) {
    const k = mapped.findIndex((e) => KNOWN_FIRST_KEY.test(e.key));
    if (k > 0) mapped.unshift(...mapped.splice(k, 1));
  }
  const lines: string[] = [];
  for (const { key, value } of mapped) {
    const parts = value.split('\n').filter((p) => p.trim());
    if (parts.length <= 1) lines.push(`${key}: ${parts[0]?.trim() ?? ''}`.trimEnd());
    else lines.push(`${key}:`, ...parts.map((p) => `    ${p.trim()}`));
  }
  return lines;
}
