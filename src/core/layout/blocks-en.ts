// English screenplay blocks: elements in script order, formatted by the profile's indents and widths.
import type { BlockKind, PrintProfile } from '../model/layout';
import type { CharacterElement, Element, Script } from '../model/script';
import { type Block, type BuildContext, lineBlock, wholeBlock } from './block';
import { type Metrics, type Row, wrapRows, type WrapSpec } from './runs';
import { type Piece, speechBlock, type SpeechStyle } from './speech';
import { BOLD, ITALIC, type Paragraph, paragraph, paragraphs, UNDERLINE } from './styled';

/** Element types that belong to a speech after its cue. */
const SPEECH_PARTS = new Set(['parenthetical', 'dialogue', 'lyrics']);

export interface BlockBuilder {
  profile: PrintProfile;
  m: Metrics;
  ctx: BuildContext;
}

/** Rows of paragraphs set in one block format (absolute x from the profile). */
export function rowsFor(b: BlockBuilder, kind: BlockKind, paras: Paragraph[], over?: Partial<WrapSpec>): Row[] {
  const f = b.profile.blocks[kind];
  // One spec for every paragraph (wrapRows keeps nothing of it): only the source line changes, unless given.
  const spec: WrapSpec = { kind, x: b.profile.marginLeft + f.indent, width: f.width, align: f.align, hang: f.hang, sourceLine: null };
  if (over) Object.assign(spec, over);
  const lineGiven = over !== undefined && 'sourceLine' in over;
  const rows: Row[] = [];
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (!lineGiven) spec.sourceLine = p.line;
    const r = wrapRows(p, spec, b.m);
    if (r.forced > 0) b.ctx.warnings.push({ code: 'word-broken', lines: [p.line], message: `line ${p.line} has a word longer than the line; it was broken to fit` });
    for (let j = 0; j < r.rows.length; j++) rows.push(r.rows[j]);
  }
  return rows;
}

const firstLine = (el: Element) => el.range.start.line;

export function cueText(el: CharacterElement): string {
  return el.text.replace(/\s*\^\s*$/, '').trim();
}

function contd(cue: string, profile: PrintProfile): string {
  return cue.includes(profile.labels.contd.replace(/[()]/g, '')) ? cue : `${cue} ${profile.labels.contd}`;
}

/** Speech layout for the English page, in the full width or in one column of a dual dialogue. */
export function englishSpeech(b: BlockBuilder, cue: string, cueLine: number, column?: { x: number; width: number }): SpeechStyle {
  const { profile } = b;
  const d = profile.dual;
  const at = (kind: 'character' | 'parenthetical' | 'dialogue' | 'lyrics'): Partial<WrapSpec> | undefined => {
    if (!column) return undefined;
    const indent = kind === 'character' ? d.characterIndent : kind === 'parenthetical' ? d.parentheticalIndent : d.dialogueIndent;
    return { x: column.x + indent, width: column.width - indent - (kind === 'parenthetical' ? d.parentheticalIndent : 0), align: 'left' };
  };
  return {
    zh: false,
    rows(pieces, continued) {
      const rows = rowsFor(b, 'character', [paragraph(continued ? contd(cue, profile) : cue, cueLine)], at('character'));
      for (let k = 0; k < pieces.length; k++) {
        const more = rowsFor(b, pieces[k].kind, [pieces[k].para], at(pieces[k].kind));
        for (let j = 0; j < more.length; j++) rows.push(more[j]);
      }
      return rows;
    },
    more() {
      return rowsFor(b, 'character', [paragraph(profile.labels.more, cueLine)], { ...at('character'), kind: 'more', sourceLine: null })[0];
    },
  };
}

/** The pieces of the speech starting at elements[i] (a cue); returns them and the index after the speech. */
export function readSpeech(elements: Element[], i: number, notes: boolean): { pieces: Piece[]; next: number } {
  const pieces: Piece[] = [];
  let j = i + 1;
  for (; j < elements.length; j++) {
    const el = elements[j];
    if (el.type === 'note' || el.type === 'boneyard') continue;
    if (!SPEECH_PARTS.has(el.type)) break;
    const mark = el.type === 'lyrics' ? ITALIC : 0;
    for (const para of paragraphs(el.text, firstLine(el), notes, mark)) pieces.push({ kind: el.type as Piece['kind'], para });
  }
  return { pieces, next: j };
}

/** Two speeches side by side; kept on one page. */
function dualBlock(b: BlockBuilder, left: { cue: string; line: number; pieces: Piece[] }, right: { cue: string; line: number; pieces: Piece[] }, spaceBefore: number): Block {
  const { profile } = b;
  const x0 = profile.marginLeft;
  const leftRows = englishSpeech(b, left.cue, left.line, { x: x0, width: profile.dual.columnWidth }).rows(left.pieces, false);
  const rightRows = englishSpeech(b, right.cue, right.line, { x: x0 + profile.dual.rightColumn, width: profile.dual.columnWidth }).rows(right.pieces, false);
  const rows: Row[] = [];
  for (let k = 0; k < Math.max(leftRows.length, rightRows.length); k++) {
    const l = leftRows[k];
    const r = rightRows[k];
    rows.push({ kind: (l ?? r).kind, runs: [...(l?.runs ?? []), ...(r?.runs ?? [])], sourceLine: l?.sourceLine ?? r?.sourceLine ?? null });
  }
  return wholeBlock(rows, spaceBefore);
}

/** Blocks of an English script. */
export function englishBlocks(script: Script, b: BlockBuilder): Block[] {
  const { profile, ctx } = b;
  const blocks: Block[] = [];
  const els = script.elements;
  const space = (kind: BlockKind) => profile.blocks[kind].spaceBefore;
  const paras = (el: Element, mark = 0) => paragraphs(el.text, firstLine(el), ctx.notes, mark);
  let sceneCount = 0;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    switch (el.type) {
      case 'scene_heading': {
        sceneCount++;
        const number = el.number ?? String(sceneCount);
        const rows = rowsFor(b, 'scene_heading', paras(el));
        if (rows.length > 0) rows[0].sceneNumber = number;
        blocks.push(wholeBlock(rows, space('scene_heading'), { keepWithNext: true, scene: { number, title: el.text } }));
        break;
      }
      case 'character': {
        const speech = readSpeech(els, i, ctx.notes);
        const cue = cueText(el);
        const after = speech.next < els.length ? els[speech.next] : null;
        if (after && after.type === 'character' && after.dual) {
          const second = readSpeech(els, speech.next, ctx.notes);
          blocks.push(
            dualBlock(b, { cue, line: firstLine(el), pieces: speech.pieces }, { cue: cueText(after), line: firstLine(after), pieces: second.pieces }, space('character')),
          );
          i = second.next - 1;
        } else {
          blocks.push(speechBlock(speech.pieces, englishSpeech(b, cue, firstLine(el)), space('character')));
          i = speech.next - 1;
        }
        break;
      }
      case 'parenthetical':
      case 'dialogue':
        // A speech without a cue (it can follow a note): set at its usual place.
        blocks.push(lineBlock(rowsFor(b, el.type, paras(el)), 0));
        break;
      case 'lyrics':
        blocks.push(lineBlock(rowsFor(b, 'lyrics', paras(el, ITALIC)), space('lyrics') || 1));
        break;
      case 'transition':
        blocks.push(wholeBlock(rowsFor(b, 'transition', paras(el)), space('transition')));
        break;
      case 'centered':
        blocks.push(lineBlock(rowsFor(b, 'centered', paras(el)), space('centered')));
        break;
      case 'page_break':
        blocks.push({ rows: [], spaceBefore: 0, minHead: 0, pageBreakBefore: true });
        break;
      case 'episode':
        blocks.push(
          wholeBlock(rowsFor(b, 'episode', paras(el, BOLD | UNDERLINE)), 0, {
            pageBreakBefore: true,
            keepWithNext: true,
            episode: { number: el.number, title: el.text },
          }),
        );
        break;
      case 'note':
        if (ctx.notes) blocks.push(lineBlock(rowsFor(b, 'note', paragraphs(`[[${el.text}]]`, firstLine(el), true)), space('note')));
        break;
      case 'section':
      case 'synopsis':
      case 'boneyard':
        break;
      default:
        // Chinese-convention elements met in an English script (cast lines, captions, hooks): as action.
        blocks.push(lineBlock(rowsFor(b, 'action', paras(el)), space('action')));
    }
  }
  return blocks;
}

