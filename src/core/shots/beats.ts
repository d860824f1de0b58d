// What a scene holds, read for coverage: speeches (who speaks which lines), action paragraphs, captions,
// tagged props, and things seen on screen (phones, messages, documents) named in the action.
import type { Element, Language, Script } from '../model/script';
import { withoutNotes } from '../breakdown';
import type { ShotScene } from './scenes';

export interface Speech {
  speaker: string;
  extension: string | null;
  /** Absolute 1-based lines: the cue (or the Chinese `名字：` line) to the last line of speech. */
  from: number;
  to: number;
  text: string;
  /** Parentheticals of the speech, joined. */
  parenthetical: string;
}

export interface ActionBeat {
  from: number;
  to: number;
  /** Without notes. */
  text: string;
  hook: boolean;
}

export interface ScreenThing {
  /** The word that names it, as found (`手机`, `phone`). */
  word: string;
  kind: 'phone' | 'document' | 'photo' | 'plate' | 'screen';
  line: number;
  text: string;
}

export interface SceneBeats {
  speeches: Speech[];
  actions: ActionBeat[];
  captions: { line: number; text: string }[];
  props: { name: string; line: number }[];
  things: ScreenThing[];
}

function endLineOf(el: Element): number {
  const { start, end } = el.range;
  return end.column === 0 && end.line > start.line ? end.line - 1 : end.line;
}

/** Index of the first element starting at or after `line`. */
function firstAt(elements: readonly Element[], line: number): number {
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid].range.start.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const THINGS: { kind: ScreenThing['kind']; zh: RegExp; en: RegExp }[] = [
  { kind: 'phone', zh: /手机|手機|短信|简讯|簡訊|微信|来电|來電|消息|訊息|信息/, en: /\b(?:phone|cellphone|text message|message|texts?|caller ID)\b/i },
  { kind: 'document', zh: /文件|报告|報告|协议|協議|合同|支票|信封|名片|工牌|证件|證件|病历|病歷|告示|通知书|通知書|鉴定|鑑定|遗嘱|遺囑/, en: /\b(?:document|report|contract|agreement|cheque|envelope|letter|business card|badge|ID card|test results|lab results)\b/i },
  { kind: 'photo', zh: /照片|相片|相框/, en: /\b(?:photo|photograph|picture frame|snapshot)\b/i },
  { kind: 'plate', zh: /车牌|車牌/, en: /\b(?:plate number|licen[cs]e plate|number plate|plate [A-Z]{1,3}-?\d+)/i },
  { kind: 'screen', zh: /屏幕|螢幕|电视|電視|直播|新闻|新聞|电脑|電腦/, en: /\b(?:screen|TV|television|laptop|monitor|livestream|headline)\b/i },
];

/** Things seen on screen that an action text names, first mention of each kind. */
export function screenThings(text: string, line: number, language: Language): ScreenThing[] {
  const out: ScreenThing[] = [];
  for (const t of THINGS) {
    const m = (language === 'zh' ? t.zh : t.en).exec(text) ?? (language === 'zh' ? t.en : t.zh).exec(text);
    if (m) out.push({ word: m[0], kind: t.kind, line, text });
  }
  return out;
}

/** The beats of `scene` in `script`. */
export function sceneBeats(script: Script, scene: ShotScene, hookLine: number | null): SceneBeats {
  const beats: SceneBeats = { speeches: [], actions: [], captions: [], props: [], things: [] };
  const els = script.elements;
  let speech: Speech | null = null;
  const seenKinds = new Set<string>();
  for (let i = firstAt(els, scene.line + 1); i < els.length && els[i].range.start.line <= scene.endLine; i++) {
    const el = els[i];
    const line = el.range.start.line;
    const to = endLineOf(el);
    switch (el.type) {
      case 'character':
        speech = { speaker: el.name.trim(), extension: el.extension, from: line, to, text: '', parenthetical: '' };
        beats.speeches.push(speech);
        break;
      case 'parenthetical':
        if (speech) {
          speech.parenthetical = [speech.parenthetical, el.text.replace(/^[（(]|[）)]$/g, '')].filter(Boolean).join(' ');
          speech.to = Math.max(speech.to, to);
        }
        break;
      case 'dialogue':
        if (speech) {
          speech.text = [speech.text, withoutNotes(el.text).trim()].filter(Boolean).join(' ');
          speech.to = Math.max(speech.to, to);
        }
        break;
      case 'action':
      case 'hook': {
        speech = null;
        const text = withoutNotes(el.text).replace(/^[ \t]*【[ \t]*(?:卡点|卡點)[ \t]*】?/, '').replace(/\s+/g, ' ').trim();
        if (!text) break;
        const hook = hookLine !== null && hookLine >= line && hookLine <= to;
        beats.actions.push({ from: line, to, text, hook });
        for (const thing of screenThings(text, line, script.language)) {
          if (seenKinds.has(thing.kind)) continue;
          seenKinds.add(thing.kind);
          beats.things.push(thing);
        }
        break;
      }
      case 'caption':
      case 'centered':
        speech = null;
        beats.captions.push({ line, text: el.text.replace(/^[ \t]*【[ \t]*(?:字幕|字幕卡)?[ \t]*[:：]?[ \t]*|】[ \t]*$/g, '').trim() });
        break;
      case 'note':
        break;
      default:
        speech = null;
    }
  }
  const seenProps = new Set<string>();
  for (const e of scene.breakdown.elements) {
    if (e.category !== 'props' || seenProps.has(e.name)) continue;
    seenProps.add(e.name);
    beats.props.push({ name: e.name, line: e.line });
  }
  return beats;
}
