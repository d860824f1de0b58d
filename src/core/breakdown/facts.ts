// What one episode's text says, before any project knowledge: scenes with their headings, cast lines,
// speakers, tags, action text, hook and counts for timing. This is the memoised unit of the incremental
// breakdown (series.ts): it depends only on the episode's text and the layout rates, and its line numbers
// are relative to the episode's first line, so an edit elsewhere in the series does not touch it.
import type { Element, Language, Script, ScriptLine } from '../model/script';
import type { IntExt, TimeOfDay } from '../model/script';
import type { ElementCategory } from '../model/breakdown';
import type { TimingRates } from '../model/project';
import { readTag, tagsIn, withoutNotes, type Tag } from './categories';
import { printedLines, spokenCharacters, units } from './timing';

export interface SpeakerFacts {
  /** As written, without extension. */
  name: string;
  speeches: number;
  characters: number;
}

export interface TagFacts {
  category: ElementCategory;
  name: string;
  /** Relative line. */
  line: number;
}

export interface SceneFacts {
  heading: string;
  number: string | null;
  intExt: IntExt | null;
  location: string;
  time: TimeOfDay | null;
  timeText: string | null;
  flashback: boolean;
  /** Relative lines (0 = the episode's first line) of the heading and of the scene's last non-blank line. */
  line: number;
  endLine: number;
  /** `人物：` names and `[[cast: …]]` tags, as written, without repeats. */
  listed: string[];
  /** `[[extras: …]]` tags. */
  extrasTags: string[];
  speakers: SpeakerFacts[];
  tags: TagFacts[];
  /** The action text (notes removed), for crowd words and names in the action. */
  action: string;
  printed: number;
  dialogueUnits: number;
  actionUnits: number;
  speeches: number;
  captions: number;
  /** Has a `人物：` line: the listed cast is the authority on who is in the scene. */
  hasCastList: boolean;
  fingerprint: string;
}

export interface EpisodeFacts {
  /** From the episode marker, or null when the episode has none. */
  number: number | null;
  title: string | null;
  /** Relative line of the marker, or null. */
  markerLine: number | null;
  hook: string | null;
  hookLine: number | null;
  scenes: SceneFacts[];
}

export interface Slice {
  /** Lines [fromLine, toLine) (0-based indexes into script.lines) and elements [fromEl, toEl). */
  fromLine: number;
  toLine: number;
  fromEl: number;
  toEl: number;
}

const FLASHBACK_HEADING = /\bFLASH\s*BACK\b|闪回|閃回|回忆|回憶/i;
const HOOK_NOTE = /^\s*(?:hook|卡点|卡點)\s*$/i;
const HOOK_MARK = /^\s*【\s*(?:卡点|卡點)\s*[】:：]?\s*|】\s*$/g;
const CAPS_OK = /[A-Z]/;

/** FNV-1a over a string, as 8 hex digits. */
export function fingerprintOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

function newScene(el: Element & { type: 'scene_heading' }, line: number, flashback: boolean): SceneFacts {
  return {
    heading: el.text,
    number: el.number,
    intExt: el.intExt,
    location: el.location,
    time: el.time,
    timeText: el.timeText,
    flashback: flashback || FLASHBACK_HEADING.test(el.text),
    line,
    endLine: line,
    listed: [],
    extrasTags: [],
    speakers: [],
    tags: [],
    action: '',
    printed: 0,
    dialogueUnits: 0,
    actionUnits: 0,
    speeches: 0,
    captions: 0,
    hasCastList: false,
    fingerprint: '',
  };
}

function addTags(scene: SceneFacts, tags: Tag[], text: string, line: number): void {
  for (const tag of tags) {
    const at = line + (tag.at > 0 ? countNewlines(text, tag.at) : 0);
    if (tag.category === 'cast') pushUnique(scene.listed, tag.name);
    else if (tag.category === 'extras') pushUnique(scene.extrasTags, tag.name);
    else if (!scene.tags.some((t) => t.category === tag.category && t.name === tag.name)) scene.tags.push({ category: tag.category, name: tag.name, line: at });
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function hookText(text: string): string {
  return withoutNotes(text).replace(HOOK_MARK, '').trim();
}

/** The facts of the episode in `slice` of `script`. Lines are relative to `slice.fromLine`. */
export function episodeFacts(script: Script, slice: Slice, rates: { en: TimingRates; zh: TimingRates }): EpisodeFacts {
  const language: Language = script.language;
  const base = slice.fromLine + 1;
  const facts: EpisodeFacts = { number: null, title: null, markerLine: null, hook: null, hookLine: null, scenes: [] };
  let scene: SceneFacts | null = null;
  let flashbackOpen = false;
  let flashbackPending = false;
  let hookNext = false;
  let speaker: SpeakerFacts | null = null;
  const actionParts: string[] = [];

  const close = () => {
    if (!scene) return;
    scene.action = actionParts.join('\n');
    actionParts.length = 0;
    finishScene(scene, script.lines, base, language, rates[language]);
  };

  for (let i = slice.fromEl; i < slice.toEl; i++) {
    const el = script.elements[i];
    const line = el.range.start.line - base;
    const endLine = el.range.end.line - base - (el.range.end.column === 0 && el.range.end.line > el.range.start.line ? 1 : 0);
    if (el.type === 'episode') {
      if (facts.markerLine === null) {
        facts.number = el.number;
        facts.title = el.title;
        facts.markerLine = line;
      }
      continue;
    }
    if (el.type === 'scene_heading') {
      close();
      scene = newScene(el, line, flashbackOpen || flashbackPending);
      flashbackPending = false;
      speaker = null;
      facts.scenes.push(scene);
      continue;
    }
    if (el.type === 'boneyard') continue;
    if (el.type === 'flashback_start') {
      flashbackOpen = true;
      flashbackPending = true;
      continue;
    }
    if (el.type === 'flashback_end') {
      flashbackOpen = false;
      flashbackPending = false;
      if (scene) scene.endLine = Math.max(scene.endLine, endLine);
      continue;
    }
    // A flashback marker followed by content (not by a heading) puts the current scene in flashback.
    if (flashbackPending && scene && el.type !== 'note') {
      scene.flashback = true;
      flashbackPending = false;
    }
    if (el.type === 'note') {
      if (HOOK_NOTE.test(el.text)) {
        hookNext = true;
        continue;
      }
      if (scene) addTags(scene, el.text.includes('[[') ? tagsIn(el.text) : readTag(el.text), el.text, line);
      continue;
    }
    if (hookNext || el.type === 'hook') {
      if (el.type === 'hook' || el.type === 'action') {
        facts.hook = hookText(el.text);
        facts.hookLine = line;
      }
      hookNext = false;
    }
    if (!scene) continue;
    scene.endLine = Math.max(scene.endLine, endLine);
    const tags = tagsIn(el.text);
    if (tags.length) addTags(scene, tags, el.text, line);
    switch (el.type) {
      case 'cast_list':
        scene.hasCastList = true;
        for (const name of el.names) pushUnique(scene.listed, name);
        break;
      case 'character': {
        const name = el.name.trim();
        speaker = scene.speakers.find((s) => s.name === name) ?? null;
        if (!speaker) {
          speaker = { name, speeches: 0, characters: 0 };
          scene.speakers.push(speaker);
        }
        speaker.speeches++;
        scene.speeches++;
        break;
      }
      case 'dialogue':
        if (speaker) speaker.characters += spokenCharacters(el.text);
        scene.dialogueUnits += units(el.text, language);
        break;
      case 'action':
      case 'hook': {
        const text = el.type === 'hook' ? hookText(el.text) : withoutNotes(el.text);
        actionParts.push(text);
        scene.actionUnits += units(text, language);
        speaker = null;
        break;
      }
      case 'caption':
      case 'centered':
        scene.captions++;
        speaker = null;
        break;
      case 'parenthetical':
        break;
      default:
        speaker = null;
    }
  }
  close();
  return facts;
}

function finishScene(scene: SceneFacts, lines: readonly ScriptLine[], base: number, language: Language, rates: TimingRates): void {
  const from = scene.line + base - 1;
  const to = scene.endLine + base;
  scene.printed = printedLines(lines, from, to, language, rates);
  let text = '';
  for (let i = from; i < to; i++) text += lines[i].text + '\n';
  scene.fingerprint = fingerprintOf(text);
}

/** Runs of capital words in English action (`PASSERSBY`, `LIN WAN`), for crowd words. */
export function capitalRuns(action: string): string[] {
  const runs = action.match(/(?<![\p{L}\p{N}])[A-Z][A-Z0-9'’.-]*(?:[ \t]+[A-Z][A-Z0-9'’.-]*)*(?![\p{Ll}])/gu) ?? [];
  return runs.filter((r) => CAPS_OK.test(r) && r.replace(/[^A-Z]/g, '').length >= 2);
}
