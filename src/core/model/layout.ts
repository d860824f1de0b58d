// Printed pages as plain data: print profiles, and the pages `paginate` lays out (positioned lines of styled
// text runs). Everything is in PDF points (1/72 inch) from the page's top-left corner. The PDF writer and the
// print preview both draw these pages as they are; neither measures or breaks text itself.

export type PaperId = 'letter' | 'a4';

/** Emphasis of a run (Fountain `*italic*`, `**bold**`, `_underline_`). */
export type TextStyle = 'bold' | 'italic' | 'underline';

/** The page conventions: Hollywood screenplay, mainland Chinese script (简体), Taiwan script (繁體). */
export type LayoutStyle = 'en' | 'zh-mainland' | 'zh-taiwan';

/** Where scene numbers are printed (English pages: the margins; Chinese pages: at the start of the heading). */
export type SceneNumbers = 'left' | 'right' | 'both' | 'none';

/** How the blocks of one kind of element sit on the line: indent from the left margin and width, in points. */
export interface BlockFormat {
  indent: number;
  width: number;
  align: 'left' | 'center' | 'right';
  /** Blank lines before the block (dropped at the top of a page). */
  spaceBefore: number;
  /** Wrapped lines after the first start this much further right (Chinese `名字：` dialogue, `△` action). */
  hang?: number;
}

export type BlockKind =
  | 'scene_heading'
  | 'action'
  | 'character'
  | 'parenthetical'
  | 'dialogue'
  | 'lyrics'
  | 'transition'
  | 'centered'
  | 'note'
  | 'episode'
  | 'cast_list';

export interface PrintProfile {
  /** `letter`, `a4`, `zh-mainland-a4` ... */
  id: string;
  paper: PaperId;
  style: LayoutStyle;
  pageWidth: number;
  pageHeight: number;
  marginLeft: number;
  marginRight: number;
  /** Top of the first body line. */
  marginTop: number;
  fontSize: number;
  lineHeight: number;
  /** From the top of a line box to its text baseline. */
  baseline: number;
  linesPerPage: number;
  /** Advance of a narrow (Latin) character and of a wide (Han, kana, full-width) one, in points. */
  narrowAdvance: number;
  wideAdvance: number;
  blocks: Record<BlockKind, BlockFormat>;
  /** Dual dialogue: width of each column and where the right one starts, from the left margin. */
  dual: { columnWidth: number; rightColumn: number; characterIndent: number; parentheticalIndent: number; dialogueIndent: number };
  /** Baseline of the page number (right-aligned at the right margin) and of the title page's first line. */
  pageNumberY: number;
  /** x of the left scene number (right edge) and of the right one (left edge). */
  sceneNumberLeft: number;
  sceneNumberRight: number;
  /** Words the pages print: (MORE), (CONT'D), the page number format, the contents page. */
  labels: { more: string; contd: string; contents: string; /** `{n}.` → `2.` */ page: string };
}

/** Which font a run is set in: Courier Prime for narrow text, the CJK font for wide text. */
export type RunScript = 'latin' | 'cjk';

export interface LayoutRun {
  text: string;
  /** Left edge of the run's first character. */
  x: number;
  /** Measured width (narrow and wide advances); the next run starts at x + width. */
  width: number;
  styles: TextStyle[];
  script: RunScript;
  /** A printed note (only with the notes option): drawn grey. */
  note?: boolean;
}

/** What a printed line is: an element's type, or a line the layout adds. */
export type LineKind =
  | BlockKind
  | 'more'
  | 'contd'
  | 'scene_number'
  | 'page_number'
  | 'title'
  | 'toc';

export interface LayoutLine {
  kind: LineKind;
  /** Baseline of the text. */
  y: number;
  runs: LayoutRun[];
  /** The source line (from 1) the text comes from, or null for lines the layout adds. */
  sourceLine: number | null;
  /** Faux-bold (stroked) CJK, for headings: the shipped CJK font has one weight. */
  bold?: boolean;
}

export type PageKind = 'title' | 'cover' | 'contents' | 'body';

export interface LayoutPage {
  kind: PageKind;
  /** The printed page number, or null when none is printed (title page, page 1, cover, contents). */
  number: number | null;
  /** The episode this page belongs to (series layouts), or null. */
  episode: number | null;
  lines: LayoutLine[];
}

/** A bookmark target: an episode or a scene, with the page (index into pages) and baseline it starts at. */
export interface OutlineEntry {
  title: string;
  page: number;
  y: number;
  children: OutlineEntry[];
}

/** A word longer than the line, broken to fit (see ExportWarning). */
export interface LayoutWarning {
  code: 'word-broken';
  /** Source lines from 1. */
  lines: number[];
  message: string;
}

export interface Layout {
  profile: PrintProfile;
  pages: LayoutPage[];
  /** Episodes (series) or scenes (one script), for PDF bookmarks. */
  outline: OutlineEntry[];
  warnings: LayoutWarning[];
  /** Title, author and language for the PDF's metadata. */
  meta: { title: string; author: string; language: 'en' | 'zh-CN' | 'zh-TW' };
}

export interface LayoutOptions {
  sceneNumbers?: SceneNumbers;
  /** Print notes ([[ ]]) in grey; they are left out by default. */
  notes?: boolean;
  /** Print the title page when the script has one (default true). */
  titlePage?: boolean;
  /** Chinese scripts: mainland or Taiwan pages; by default from the title page's language and the text. */
  chineseStyle?: 'mainland' | 'taiwan';
}
