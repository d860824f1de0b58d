// The parsed script: plain JSON data (no classes, no methods), safe to send over IPC or print as JSON.

/** Every element type the parser produces. The last six appear only in scripts read with Chinese conventions. */
export type ElementType =
  | 'scene_heading'
  | 'action'
  | 'character'
  | 'parenthetical'
  | 'dialogue'
  | 'transition'
  | 'centered'
  | 'lyrics'
  | 'section'
  | 'synopsis'
  | 'note'
  | 'boneyard'
  | 'page_break'
  | 'episode'
  | 'cast_list'
  | 'caption'
  | 'hook'
  | 'flashback_start'
  | 'flashback_end';

/** The type of one source line: an element type, a title-page line, or a blank line. */
export type LineType = ElementType | 'title_page' | 'blank';

export type Language = 'en' | 'zh';

/** How the language was decided: the caller's option, the title page's `Language:` key, the share of Han
 * text, or none of these (an empty script). */
export type LanguageSource = 'option' | 'title' | 'detected' | 'default';

export type IntExt = 'INT' | 'EXT' | 'INT/EXT';

/** Normalised time of day; the words as written stay in `timeText`. */
export type TimeOfDay =
  | 'DAY'
  | 'NIGHT'
  | 'DAWN'
  | 'DUSK'
  | 'MORNING'
  | 'AFTERNOON'
  | 'EVENING'
  | 'CONTINUOUS'
  | 'LATER'
  | 'MOMENTS LATER'
  | 'SAME';

/** A position in the source. `line` counts from 1; `column` and `offset` count UTF-16 code units from 0. */
export interface SourcePos {
  line: number;
  column: number;
  offset: number;
}

/** A half-open source range: `start` is the first character, `end` is just past the last one. */
export interface SourceRange {
  start: SourcePos;
  end: SourcePos;
}

export interface TitleEntry {
  key: string;
  value: string;
  range: SourceRange;
}

interface ElementBase {
  /** The element's text without Fountain markers (`.`, `!`, `@`, `>`, `~`, `#`, `=`); lines joined with `\n`. */
  text: string;
  range: SourceRange;
  /** True when a Fountain forcing marker made this element what it is. */
  forced?: boolean;
}

export interface SceneHeadingElement extends ElementBase {
  type: 'scene_heading';
  /** The scene number as written (`#1-1#`, `3-1`, `12.`, `20、` give `1-1`, `3-1`, `12`, `20`), or null. */
  number: string | null;
  intExt: IntExt | null;
  /** The story location as written, without int/ext, time and number. */
  location: string;
  time: TimeOfDay | null;
  /** The time words as written (`NIGHT`, `夜`, `深夜`), or null. */
  timeText: string | null;
}

export interface CharacterElement extends ElementBase {
  type: 'character';
  /** The speaker as written, without extension or dual marker. */
  name: string;
  /** The extension as written without brackets: `V.O.`, `CONT'D`, `OS`; null when none. */
  extension: string | null;
  /** True for the second speaker of a dual dialogue pair (the cue ends with `^`). */
  dual: boolean;
}

export interface SectionElement extends ElementBase {
  type: 'section';
  depth: number;
}

export interface EpisodeElement extends ElementBase {
  type: 'episode';
  /** The episode number (Chinese numerals converted), or null when it could not be read. */
  number: number | null;
  /** The episode's title (`逆袭` in `第三集：逆袭`), or null. */
  title: string | null;
}

export interface CastListElement extends ElementBase {
  type: 'cast_list';
  /** The listed names in order, as written. */
  names: string[];
}

export interface TransitionElement extends ElementBase {
  type: 'transition';
}

export interface OtherElement extends ElementBase {
  type: Exclude<ElementType, 'scene_heading' | 'character' | 'section' | 'episode' | 'cast_list' | 'transition'>;
}

export type Element =
  | SceneHeadingElement
  | CharacterElement
  | SectionElement
  | EpisodeElement
  | CastListElement
  | TransitionElement
  | OtherElement;

export type LineEnding = '' | '\n' | '\r\n' | '\r';

/** One source line as found, with the line type the parser gave it. */
export interface ScriptLine {
  /** The line's text without its line ending. */
  text: string;
  eol: LineEnding;
  type: LineType;
}

export interface Script {
  language: Language;
  languageSource: LanguageSource;
  /** True when the text started with a byte-order mark (U+FEFF); it is not part of line 1's text. */
  bom: boolean;
  titlePage: TitleEntry[];
  lines: ScriptLine[];
  elements: Element[];
}

/** A text edit in UTF-16 offsets of the previous text: replace [from, to) with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}
