// The Chinese micro-drama conventions of DESIGN.md, one line at a time. Pure pattern matching: the
// classifier decides when these apply (Chinese scripts) and in what order.
import type { IntExt, TimeOfDay } from '../model/script';
import { isZhTimeWord, normaliseTime, zhIntExt } from './time-words';
import { readNumber } from './numerals';

const NUM = '[0-9０-９]+|[零〇一二两兩三四五六七八九十百千]+';
const EPISODE_RE = new RegExp(`^[ \\t\\u3000]*(?:#+[ \\t\\u3000]*)?第[ \\t\\u3000]*(${NUM})[ \\t\\u3000]*集(?:[ \\t\\u3000]*(?:[：:、.．\\-—–][ \\t\\u3000]*|[ \\t\\u3000]+)(.*?))?[ \\t\\u3000]*$`);
const EN_EPISODE_RE = /^[ \t]*#+[ \t]*(?:episode|ep\.?)[ \t]*(\d+)[ \t]*(?:[:.\-–—][ \t]*(.*?))?[ \t]*$/i;

export interface EpisodeMatch {
  number: number | null;
  title: string | null;
}

/** `第3集`, `第三集：逆袭`, `# 第3集`, `# Episode 3: Title`. */
export function matchEpisode(text: string): EpisodeMatch | null {
  const m = EPISODE_RE.exec(text) ?? EN_EPISODE_RE.exec(text);
  if (!m) return null;
  const title = m[2]?.trim() || null;
  return { number: readNumber(m[1]), title };
}

export interface ZhHeading {
  number: string | null;
  intExt: IntExt | null;
  location: string;
  time: TimeOfDay | null;
  timeText: string | null;
}

const HEADING_NUMBER_RE = /^[ \t\u3000]*(?:第[ \t\u3000]*([0-9０-９]+)[ \t\u3000]*场|([0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]?)(?:[ \t\u3000]*([.、．])|(?=[ \t\u3000])))[ \t\u3000]*(.+)$/;
const SPACE_RE = /[ \t\u3000]+/;
const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[－—–]/g, '-');

interface Marks {
  intExt: IntExt | null;
  time: TimeOfDay | null;
  timeText: string | null;
}

/** Reads a token that is only time and/or int/ext words: `日`, `内`, `夜内`, `日/内`, `内景`, `内/外`. */
function readMarks(token: string, marks: Marks): boolean {
  const ie = zhIntExt(token);
  if (ie) {
    if (marks.intExt) return false;
    marks.intExt = ie;
    return true;
  }
  if (isZhTimeWord(token)) {
    if (marks.time) return false;
    marks.time = normaliseTime(token);
    marks.timeText = token;
    return true;
  }
  const parts = token.split(/[/／·・,，]/);
  if (parts.length > 1) {
    const trial = { ...marks };
    if (parts.every((p) => p && readMarks(p, trial))) {
      Object.assign(marks, trial);
      return true;
    }
    return false;
  }
  // Glued pairs such as 夜内, 日外, 内夜, 外景日: exactly one time word and one int/ext word.
  if (token.length < 2 || token.length > 5) return false;
  for (let cut = 1; cut < token.length; cut++) {
    const a = token.slice(0, cut);
    const b = token.slice(cut);
    const ie = zhIntExt(a) ?? zhIntExt(b);
    const tw = isZhTimeWord(a) ? a : isZhTimeWord(b) ? b : null;
    if (ie && tw && (zhIntExt(a) ? isZhTimeWord(b) : isZhTimeWord(a)) && !marks.intExt && !marks.time) {
      marks.intExt = ie;
      marks.time = normaliseTime(tw);
      marks.timeText = tw;
      return true;
    }
  }
  return false;
}

/**
 * A Chinese scene heading in any of the four forms: `3-1 日 内 李家客厅`, `1-2 医院走廊 夜内`,
 * `12. 內 客廳 日`, `20、卫生间 日 内` (also `第3场 …`). Time and int/ext words may come before or after
 * the place. A line counts as a heading only if it has a number and at least one time or int/ext word.
 */
export function matchZhHeading(text: string): ZhHeading | null {
  const c = text.trimStart().charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 0x7b2c /* 第 */)) return null;
  // A locked scene number written Fountain's way at the end (`1-3 夜 外 福安夜市 #1-3#`) wins.
  const lock = /[ \t\u3000]*#([^#\s][^#]*)#[ \t\u3000]*$/.exec(text);
  const m = HEADING_NUMBER_RE.exec(lock ? text.slice(0, lock.index) : text);
  if (!m) return null;
  const number = lock ? lock[1].trim() : toAscii(m[1] ?? m[2]);
  const separator = m[3];
  const rest = m[4].trim();
  if (!rest) return null;
  const place = readZhPlace(rest);
  if (!place) return null;
  // Without a separator, a bare number needs both marks to be told apart from an action line.
  if (!separator && !m[1] && !/[-]/.test(number) && !(place.intExt && place.time)) return null;
  if (!/\p{Script=Han}/u.test(place.location) && !/[A-Za-z]/.test(place.location)) return null;
  if (/[。！？!?；;，,：:]$/.test(place.location)) return null;
  return { number, ...place };
}

/**
 * The place, time and int/ext of a Chinese heading without its number (`日 内 李家客厅`, `医院走廊 夜内`,
 * `內 客廳 日`); null when no time or int/ext word is found or nothing is left for the place.
 */
export function readZhPlace(rest: string): Omit<ZhHeading, 'number'> | null {
  const tokens = rest.trim().split(SPACE_RE);
  const marks: Marks = { intExt: null, time: null, timeText: null };
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && readMarks(tokens[first], marks)) first++;
  while (last >= first && readMarks(tokens[last], marks)) last--;
  if (first > last) return null; // no place left
  let location = tokens.slice(first, last + 1).join(' ');
  if (!marks.intExt && !marks.time) {
    // A place glued to its marks, as in 医院走廊夜内: peel marks off the end of the last token.
    const glued = /(日|夜|晨|晚)?(内景|內景|外景|内|內|外)(日|夜|晨|晚)?$/.exec(location);
    if (!glued || (!glued[1] && !glued[3]) || glued.index === 0) return null;
    const before = location.slice(0, glued.index);
    if (!readMarks(glued[0], marks)) return null;
    location = before;
  }
  return { intExt: marks.intExt, location, time: marks.time, timeText: marks.timeText };
}

const CAST_RE = /^[ \t\u3000]*(出场人物|出場人物|登场人物|登場人物|人物|人)[ \t\u3000]*[：:][ \t\u3000]*(.*?)[ \t\u3000]*$/;

/** `人物：林晚、李母`, `出场人物：…`, `人：…`; names split on 、，, and spaces. */
export function matchCastList(text: string): string[] | null {
  const m = CAST_RE.exec(text);
  if (!m) return null;
  return m[2].split(/[、，,;；\s\u3000/]+/).map((s) => s.trim()).filter(Boolean);
}

export type Marker = 'caption' | 'hook' | 'flashback_start' | 'flashback_end';

const FLASHBACK_END_RE = /^[ \t\u3000]*【[ \t\u3000]*(?:闪回|閃回|回忆|回憶)[ \t\u3000]*(?:结束|結束|完)[ \t\u3000]*】[ \t\u3000]*$/;
const FLASHBACK_RE = /^[ \t\u3000]*【[ \t\u3000]*(?:闪回|閃回|回忆|回憶)(?:开始|開始)?[ \t\u3000]*】/;
const CAPTION_RE = /^[ \t\u3000]*【[ \t\u3000]*(?:字幕|字卡|画外字幕|畫外字幕|屏幕字|螢幕字|标题字幕|標題字幕)[ \t\u3000]*(?:[：:】]|$)/;
const HOOK_RE = /^[ \t\u3000]*【[ \t\u3000]*(?:卡点|卡點|钩子|鉤子|悬念|懸念)[ \t\u3000]*(?:[：:】]|$)/;

/** 【字幕：…】, 【卡点】…, 【闪回】, 【闪回结束】. */
export function matchMarker(text: string): Marker | null {
  if (FLASHBACK_END_RE.test(text)) return 'flashback_end';
  if (FLASHBACK_RE.test(text)) return 'flashback_start';
  if (CAPTION_RE.test(text)) return 'caption';
  if (HOOK_RE.test(text)) return 'hook';
  return null;
}

const TRANSITION_RE = /^[ \t\u3000]*(?:切至|切到|切入|切回|转场|轉場|转至|轉至|黑场|黑場|淡出|淡入|叠化|疊化|溶至|闪白|閃白|闪黑|閃黑|化入|化出)[ \t\u3000]*(?:[：:][^。！？]{0,16})?[ \t\u3000]*$/;

/** `切至：`, `转场`, `黑场`, `淡出` and the like. */
export function matchZhTransition(text: string): boolean {
  return TRANSITION_RE.test(text);
}

export interface ZhDialogue {
  /** Columns in the line: [start, end) of the speaker name, of the extension's brackets, of the parenthetical. */
  nameStart: number;
  nameEnd: number;
  name: string;
  extension: string | null;
  cueEnd: number;
  parenStart: number;
  parenEnd: number;
  textStart: number;
}

const RESERVED = new Set(
  ('人物 人 出场人物 出場人物 场景 場景 时间 時間 地点 地點 字幕 备注 備註 注 注意 提示 道具 服装 服裝 化妆 化妝 ' +
    '时长 時長 场次 場次 景 内景 內景 外景 日期 天气 天氣 季节 季節 演员 演員 编剧 編劇 导演 導演 片名 剧名 劇名 标题 標題 ' +
    '类型 類型 梗概 简介 簡介 大纲 大綱 主题 主題 集数 集數 作者 音效 音乐 音樂 特效 画面 畫面 镜头 鏡頭 说明 說明 ' +
    '背景 人设 人設 前情 前情提要 本集 钩子 卡点 卡點 备用 字数 字數').split(' '),
);
const SPEAKER_STOP = /[\s\u3000，。！？、；：,.!?;:"“”‘’「」『』《》【】（）()△▲…—*#@>~=[\]/\\]/u;
const SPEECH_VERB_END = /[说說道问問喊叫答吼骂罵想]$/;
/** Screens, messages and broadcasts are shown, not spoken: `手机屏幕显示：…`, `短信内容：…`, `电视新闻播报：…`. */
const SHOWN_END = /(显示|顯示|内容|內容|播报|播報|画面|畫面|屏幕|螢幕|短信|简讯|簡訊|消息|讯息|訊息|字幕|弹幕|彈幕)$/;
/** `小李内心：…` is 小李 speaking inner monologue: the suffix is read as the extension. */
const INNER_VOICE_END = /^(.+?)(内心|內心|心声|心聲|画外音|畫外音)$/;
/** A mixed-case Latin name in a Chinese script (`Tom：`, `Lucy：`), but not a label such as `Note：`. */
const LATIN_NAME_RE = /^\p{Lu}[\p{L}'.-]{1,11}$/u;
const LATIN_RESERVED = new Set(
  'Note Notes Title Scene Episode Cast Time Location Tips Ps Subtitle Caption Music Sfx Vfx Prop Props Wardrobe Hook Text Http Https Tel Email Date Day Night Int Ext Fade Cut'.split(' '),
);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000;
const isColon = (c: number) => c === 0xff1a || c === 58;
const isOpen = (c: number) => c === 0xff08 || c === 40;
const isClose = (c: number) => c === 0xff09 || c === 41;

/** A `名字：台词` line: speaker, optional （extension） before the colon, optional （parenthetical） after it. */
export function matchZhDialogue(text: string): ZhDialogue | null {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  const nameStart = i;
  while (i < n && i - nameStart <= 10) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isColon(c) || isOpen(c) || isClose(c)) break;
    i++;
  }
  const nameEnd = i;
  if (nameEnd === nameStart || nameEnd - nameStart > 10) return null;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  let extension: string | null = null;
  let cueEnd = nameEnd;
  if (i < n && isOpen(text.charCodeAt(i))) {
    let j = i + 1;
    while (j < n && j - i <= 17 && !isClose(text.charCodeAt(j)) && !isOpen(text.charCodeAt(j))) j++;
    if (j >= n || !isClose(text.charCodeAt(j)) || j === i + 1) return null;
    extension = text.slice(i + 1, j).trim();
    cueEnd = j + 1;
    i = j + 1;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  if (i >= n || !isColon(text.charCodeAt(i))) return null;
  let name = text.slice(nameStart, nameEnd);
  if (SPEAKER_STOP.test(name) || RESERVED.has(name) || SPEECH_VERB_END.test(name) || SHOWN_END.test(name)) return null;
  const han = HAN_RE.test(name);
  const capsName = /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
  const latinName = !han && LATIN_NAME_RE.test(name) && !LATIN_RESERVED.has(name[0] + name.slice(1).toLowerCase());
  if (!han && !capsName && !latinName) return null;
  if (/^[0-9０-９]+$/.test(name)) return null;
  if (han && extension === null) {
    const inner = INNER_VOICE_END.exec(name);
    if (inner) {
      name = inner[1];
      extension = inner[2];
    }
  }
  let pos = i + 1;
  while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
  let parenStart = -1;
  let parenEnd = -1;
  if (pos < n && isOpen(text.charCodeAt(pos))) {
    let j = pos + 1;
    while (j < n && !isClose(text.charCodeAt(j))) j++;
    if (j < n) {
      parenStart = pos;
      parenEnd = j + 1;
      pos = parenEnd;
      while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
    }
  }
  return { nameStart, nameEnd, name, extension, cueEnd, parenStart, parenEnd, textStart: pos };
}

const HAN_RE = /\p{Script=Han}/u;

/** Lines starting with △ (or ▲) are action; the mark stays in the text. */
export function isZhAction(text: string): boolean {
  return /^[ \t\u3000]*[△▲]/.test(text);
}
