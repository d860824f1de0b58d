// Chinese script blocks. Mainland (简体) pages: bold heading line `集-场号 日/夜 内/外 场景`, the `人物：` line,
// `△` action, `名字：台词` dialogue whose wrapped lines hang after the colon, no blank lines inside a scene.
// Taiwan (繁體) pages: the heading in the Taiwan order `場號 內/外 場景 日/夜`, the fixed words in Traditional
// characters (內, 黃昏), （接下頁）/（續） across page breaks. The script's own text is printed as written.
import type { SceneHeadingElement, Script, Element } from '../model/script';
import { type Block, lineBlock, wholeBlock } from './block';
import { type BlockBuilder, readSpeech, rowsFor } from './blocks-en';
import { BOLD, concat, type Paragraph, paragraphs, plain, type Styled } from './styled';
import { speechBlock, type SpeechStyle } from './speech';
import { widthOf, wrapRows } from './runs';

const TO_TRADITIONAL: Record<string, string> = { 内: '內', 黄: '黃', 场: '場', 时: '時', 间: '間' };
const TO_SIMPLIFIED: Record<string, string> = Object.fromEntries(Object.entries(TO_TRADITIONAL).map(([s, t]) => [t, s]));

function convert(word: string, taiwan: boolean): string {
  const map = taiwan ? TO_TRADITIONAL : TO_SIMPLIFIED;
  return Array.from(word, (c) => map[c] ?? c).join('');
}

const INT_EXT_WORD = /^(?:内景|內景|外景|内\/外|內\/外|内外|內外|内|內|外)$/;
const SEP = /[ \t\u3000]+/g;

/** The heading's parts as written: number, time words, int/ext word, place; null when they cannot be told apart. */
export function headingParts(el: SceneHeadingElement): { number: string | null; time: string | null; intExt: string | null; place: string } | null {
  if (!el.location) return null;
  let rest = el.text.trim();
  const num = /^(?:第\s*[0-9０-９]+\s*场|[0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]?)\s*[.、．]?/.exec(rest);
  if (el.number && num) rest = rest.slice(num[0].length);
  const at = rest.indexOf(el.location);
  if (at < 0) return null;
  rest = `${rest.slice(0, at)} ${rest.slice(at + el.location.length)}`;
  if (el.timeText) {
    const t = rest.indexOf(el.timeText);
    if (t < 0) return null;
    rest = `${rest.slice(0, t)} ${rest.slice(t + el.timeText.length)}`;
  }
  const words = rest.replace(/[/／·・,，]/g, (c) => (c === '/' || c === '／' ? '/' : ' ')).trim().split(SEP).filter(Boolean);
  const joined = words.join('');
  if (joined && !INT_EXT_WORD.test(joined)) return null;
  return { number: el.number, time: el.timeText, intExt: joined || null, place: el.location };
}

/** The printed heading line: mainland `3-1　夜　外　码头`, Taiwan `3-1　外　碼頭　夜`; as written when unreadable. */
export function zhHeading(el: SceneHeadingElement, taiwan: boolean, numbers: boolean): string {
  const parts = headingParts(el);
  if (!parts) {
    if (!numbers || !el.number) return el.text;
    return el.text.replace(/^\s*[0-9０-９]+(?:[-－—–][0-9０-９]+)?[A-Za-z]?\s*[.、．]?\s*/, '');
  }
  const ie = parts.intExt ? convert(parts.intExt, taiwan) : null;
  const time = parts.time ? convert(parts.time, taiwan) : null;
  const number = numbers ? parts.number : null;
  const order = taiwan ? [number, ie, parts.place, time] : [number, time, ie, parts.place];
  return order.filter((p): p is string => !!p).join('\u3000');
}

/** Wrapped lines of a `名字：` speech hang after the colon, but never by more than eight characters. */
function hangOf(prefix: string, b: BlockBuilder): number {
  return Math.min(widthOf(prefix, b.m), 8 * b.profile.wideAdvance);
}

function chineseSpeech(b: BlockBuilder, cue: string, cueLine: number): SpeechStyle {
  const { profile } = b;
  const f = profile.blocks.dialogue;
  const x = profile.marginLeft + f.indent;
  const prefix = (continued: boolean) => `${cue}${continued ? profile.labels.contd : ''}：`;
  return {
    zh: true,
    rows(pieces, continued) {
      const head = prefix(continued);
      const hang = hangOf(head, b);
      // Pieces from one source line (`林晚：（笑）妈……`) print on one line.
      const lines: Paragraph[] = [];
      for (const p of pieces) {
        const last = lines[lines.length - 1];
        if (last && last.line === p.para.line) lines[lines.length - 1] = { ...concat(last, p.para), line: last.line };
        else lines.push(p.para);
      }
      const first: Styled = concat(plain(head), lines[0] ?? plain(''));
      const rows = wrapRows(first, { kind: 'dialogue', x, width: f.width, align: 'left', hang, sourceLine: lines[0]?.line ?? cueLine }, b.m).rows;
      if (rows.length > 0) rows[0] = { ...rows[0], kind: 'character' };
      rows.push(...rowsFor(b, 'dialogue', lines.slice(1), { x: x + hang, width: f.width - hang, hang: 0 }));
      return rows;
    },
    more() {
      const hang = hangOf(prefix(false), b);
      return rowsFor(b, 'dialogue', [{ ...plain(profile.labels.more), line: cueLine }], { x: x + hang, width: f.width - hang, kind: 'more', sourceLine: null })[0];
    },
  };
}

/** A line such as `△她推门进来。` hangs its wrapped lines after the `△`; `人物：` lines after the colon. */
function hangingRows(b: BlockBuilder, kind: 'action' | 'cast_list', paras: Paragraph[]) {
  return paras.flatMap((p) => {
    const lead = kind === 'action' ? /^[△▲]/.exec(p.text)?.[0] : /^[^：:]{1,6}[：:]/.exec(p.text)?.[0];
    return rowsFor(b, kind, [p], { hang: lead ? hangOf(lead, b) : 0 });
  });
}

export function chineseBlocks(script: Script, b: BlockBuilder, numbers: boolean): Block[] {
  const { profile, ctx } = b;
  const taiwan = profile.style === 'zh-taiwan';
  const blocks: Block[] = [];
  const els = script.elements;
  const space = (kind: keyof typeof profile.blocks) => profile.blocks[kind].spaceBefore;
  const line = (el: Element) => el.range.start.line;
  const paras = (el: Element, mark = 0) => paragraphs(el.text, line(el), ctx.notes, mark);
  let sceneCount = 0;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    switch (el.type) {
      case 'episode':
        blocks.push(wholeBlock(rowsFor(b, 'episode', paras(el, BOLD), { bold: true }), 0, { pageBreakBefore: true, keepWithNext: true, episode: { number: el.number, title: el.text } }));
        break;
      case 'scene_heading': {
        sceneCount++;
        const text = zhHeading(el, taiwan, numbers);
        const rows = rowsFor(b, 'scene_heading', [{ ...plain(text, BOLD), line: line(el) }], { bold: true });
        blocks.push(wholeBlock(rows, space('scene_heading'), { keepWithNext: true, scene: { number: el.number ?? String(sceneCount), title: text } }));
        break;
      }
      case 'cast_list':
        blocks.push(lineBlock(hangingRows(b, 'cast_list', paras(el)), space('cast_list'), { keepWithNext: true }));
        break;
      case 'character': {
        const speech = readSpeech(els, i, ctx.notes);
        const cue = el.text.replace(/\s*\^\s*$/, '').trim();
        blocks.push(speechBlock(speech.pieces, chineseSpeech(b, cue, line(el)), space('dialogue')));
        i = speech.next - 1;
        break;
      }
      case 'transition':
        blocks.push(wholeBlock(rowsFor(b, 'transition', paras(el)), space('transition')));
        break;
      case 'centered':
        blocks.push(lineBlock(rowsFor(b, 'centered', paras(el)), space('centered')));
        break;
      case 'lyrics':
        blocks.push(lineBlock(rowsFor(b, 'lyrics', paras(el)), space('lyrics')));
        break;
      case 'page_break':
        blocks.push({ rows: [], spaceBefore: 0, minHead: 0, pageBreakBefore: true });
        break;
      case 'note':
        if (ctx.notes) blocks.push(lineBlock(rowsFor(b, 'note', paragraphs(`[[${el.text}]]`, line(el), true)), space('note')));
        break;
      case 'section':
      case 'synopsis':
      case 'boneyard':
        break;
      default:
        // action, captions 【字幕：…】, hooks 【卡点】, flashback marks, a cue-less speech line: as written.
        blocks.push(lineBlock(hangingRows(b, 'action', paras(el)), space('action')));
    }
  }
  return blocks;
}
