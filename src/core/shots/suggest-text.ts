// The words of suggested shots' descriptions, in the script's language (they are part of the shot list, which
// belongs to the script, not to the interface).
import type { LabelLanguage } from './vocabulary';

export interface SuggestWords {
  establish(location: string): string;
  caption(text: string): string;
  captionPlate(text: string): string;
  master(names: string[]): string;
  twoShot(names: string[]): string;
  single(name: string): string;
  dialogue(name: string, inner: boolean): string;
  line(name: string, excerpt: string): string;
  ots(over: string, onto: string): string;
  insert(name: string): string;
  thing(word: string, excerpt: string): string;
  hook(name: string): string;
  reaction(name: string): string;
  list(names: string[]): string;
}

function cut(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

const EN: SuggestWords = {
  establish: (l) => `Establishing: ${l}`,
  caption: (t) => ` (super: "${cut(t, 30)}")`,
  captionPlate: (t) => `Caption plate: "${cut(t, 30)}"`,
  master: (n) => `Master: ${EN.list(n)}`,
  twoShot: (n) => `Two-shot: ${EN.list(n)}`,
  single: (n) => `Single: ${n}`,
  dialogue: (n, inner) => `${n}: ${inner ? 'inner voice, face' : 'dialogue'}`,
  line: (n, e) => `${n}: "${cut(e, 40)}"`,
  ots: (over, onto) => `Over ${over} onto ${onto}`,
  insert: (n) => `Insert: ${n}`,
  thing: (w, e) => `Insert: ${w} - ${cut(e, 40)}`,
  hook: (n) => `Hook: ${n} reacts`,
  reaction: (n) => `Reaction: ${n}`,
  list: (n) => n.join(', '),
};

const HANS: SuggestWords = {
  establish: (l) => `建立镜头：${l}`,
  caption: (t) => `（字幕：${cut(t, 20)}）`,
  captionPlate: (t) => `字幕画面：${cut(t, 20)}`,
  master: (n) => `主镜头：${HANS.list(n)}`,
  twoShot: (n) => `双人：${HANS.list(n)}`,
  single: (n) => `单人：${n}`,
  dialogue: (n, inner) => `${n}：${inner ? '内心独白，面部' : '对白'}`,
  line: (n, e) => `${n}：“${cut(e, 20)}”`,
  ots: (over, onto) => `过${over}肩拍${onto}`,
  insert: (n) => `插入：${n}`,
  thing: (w, e) => `插入：${w}——${cut(e, 20)}`,
  hook: (n) => `卡点：${n}反应`,
  reaction: (n) => `反应：${n}`,
  list: (n) => n.join('、'),
};

const HANT: SuggestWords = {
  ...HANS,
  establish: (l) => `建立鏡頭：${l}`,
  captionPlate: (t) => `字幕畫面：${cut(t, 20)}`,
  master: (n) => `主鏡頭：${HANS.list(n)}`,
  twoShot: (n) => `雙人：${HANS.list(n)}`,
  single: (n) => `單人：${n}`,
  dialogue: (n, inner) => `${n}：${inner ? '內心獨白，面部' : '對白'}`,
  line: (n, e) => `${n}：「${cut(e, 20)}」`,
  ots: (over, onto) => `過${over}肩拍${onto}`,
  hook: (n) => `卡點：${n}反應`,
  reaction: (n) => `反應：${n}`,
};

export function suggestWords(language: LabelLanguage): SuggestWords {
  return language === 'en' ? EN : language === 'zh-Hant' ? HANT : HANS;
}
