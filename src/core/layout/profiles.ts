// Print profiles as data. English pages follow the industry layout (Final Draft's defaults): Courier 12 pt
// (10 characters an inch, 6 lines an inch), 1.5" left and 1" right margins, 1" top margin, 55 lines a page
// on US Letter (57 on A4, which is taller and narrower). Indents are measured from the left margin:
// character cue 2.0" (3.5" from the paper's edge), parenthetical 1.5" (3.0"), dialogue 1.0" (2.5") and 3.5"
// wide. Chinese pages follow the usual Word-processed script: 12 pt (小四) on 18 pt lines, no blank lines
// inside a scene, bold scene headings, `名字：台词` dialogue hanging after the colon.
import type { BlockFormat, BlockKind, LayoutStyle, PaperId, PrintProfile } from '../model/layout';

const INCH = 72;

const PAPER: Record<PaperId, { width: number; height: number }> = {
  letter: { width: 8.5 * INCH, height: 11 * INCH },
  a4: { width: 595.28, height: 841.89 },
};

const block = (indent: number, width: number, spaceBefore: number, align: BlockFormat['align'] = 'left'): BlockFormat => ({
  indent,
  width,
  align,
  spaceBefore,
});

/** Columns of Courier 12 pt (7.2 pt each) that fit between two distances in inches. */
const cols = (inches: number) => Math.floor((inches * INCH) / 7.2 + 1e-9) * 7.2;

function englishProfile(paper: PaperId): PrintProfile {
  const { width: pageWidth, height: pageHeight } = PAPER[paper];
  const marginLeft = 1.5 * INCH;
  const marginRight = 1 * INCH;
  const text = cols((pageWidth - marginLeft - marginRight) / INCH);
  const blocks: Record<BlockKind, BlockFormat> = {
    scene_heading: block(0, text, 1),
    action: block(0, text, 1),
    character: block(2.0 * INCH, cols(3.75), 1),
    parenthetical: block(1.5 * INCH, cols(2.5), 0),
    dialogue: block(1.0 * INCH, cols(3.5), 0),
    lyrics: block(1.0 * INCH, cols(3.5), 0),
    transition: block(0, text, 1, 'right'),
    centered: block(0, text, 1, 'center'),
    note: block(0, text, 1),
    episode: block(0, text, 0, 'center'),
    cast_list: block(0, text, 1),
  };
  return {
    id: paper,
    paper,
    style: 'en',
    pageWidth,
    pageHeight,
    marginLeft,
    marginRight,
    marginTop: 1 * INCH,
    fontSize: 12,
    lineHeight: 12,
    baseline: 9.6,
    linesPerPage: paper === 'letter' ? 55 : 57,
    narrowAdvance: 7.2,
    wideAdvance: 12,
    blocks,
    dual: { columnWidth: cols(2.9), rightColumn: cols(3.1), characterIndent: 0.9 * INCH, parentheticalIndent: 0.4 * INCH, dialogueIndent: 0.2 * INCH },
    pageNumberY: 0.5 * INCH + 9.6,
    sceneNumberLeft: marginLeft - 0.3 * INCH,
    sceneNumberRight: pageWidth - marginRight + 0.3 * INCH,
    labels: { more: "(MORE)", contd: "(CONT'D)", contents: 'CONTENTS', page: '{n}.' },
  };
}

function chineseProfile(paper: PaperId, style: 'zh-mainland' | 'zh-taiwan'): PrintProfile {
  const { width: pageWidth, height: pageHeight } = PAPER[paper];
  const marginLeft = 1.25 * INCH;
  const marginRight = 1 * INCH;
  const marginTop = 1 * INCH;
  const lineHeight = 18;
  const fontSize = 12;
  // A whole number of Han characters to the line.
  const text = Math.floor((pageWidth - marginLeft - marginRight) / fontSize) * fontSize;
  const blocks: Record<BlockKind, BlockFormat> = {
    scene_heading: block(0, text, 1),
    action: block(0, text, 0),
    character: block(0, text, 0),
    parenthetical: block(0, text, 0),
    dialogue: block(0, text, 0),
    lyrics: block(2 * fontSize, text - 2 * fontSize, 0),
    transition: block(0, text, 0, 'right'),
    centered: block(0, text, 0, 'center'),
    note: block(0, text, 0),
    episode: block(0, text, 0, 'center'),
    cast_list: block(0, text, 0),
  };
  const taiwan = style === 'zh-taiwan';
  return {
    id: `${style}-${paper}`,
    paper,
    style,
    pageWidth,
    pageHeight,
    marginLeft,
    marginRight,
    marginTop,
    fontSize,
    lineHeight,
    baseline: 13.5,
    linesPerPage: Math.floor((pageHeight - marginTop - 1 * INCH) / lineHeight),
    narrowAdvance: fontSize * 0.6,
    wideAdvance: fontSize,
    blocks,
    dual: { columnWidth: text / 2 - fontSize, rightColumn: text / 2 + fontSize, characterIndent: 0, parentheticalIndent: 0, dialogueIndent: 0 },
    pageNumberY: 0.5 * INCH + 9.6,
    sceneNumberLeft: marginLeft - 0.3 * INCH,
    sceneNumberRight: pageWidth - marginRight + 0.3 * INCH,
    labels: taiwan
      ? { more: '（接下頁）', contd: '（續）', contents: '目錄', page: '{n}' }
      : { more: '（接下页）', contd: '（续）', contents: '目录', page: '{n}' },
  };
}

/** The print profile for a paper size and page convention. */
export function printProfile(paper: PaperId = 'letter', style: LayoutStyle = 'en'): PrintProfile {
  return style === 'en' ? englishProfile(paper) : chineseProfile(paper, style);
}

/** US Letter, English screenplay. */
export const LETTER: PrintProfile = englishProfile('letter');
/** A4, English screenplay. */
export const A4: PrintProfile = englishProfile('a4');

/** The printed page number in the profile's format. */
export function pageLabel(profile: PrintProfile, n: number): string {
  return profile.labels.page.replace('{n}', String(n));
}
