// A speech (cue, parentheticals, dialogue, lyrics) as one block. It may be split across pages only between
// sentences: the part that fits stays with (MORE) under it, and the rest goes on with "NAME (CONT'D)" and is
// wrapped afresh. A page never ends on a parenthetical, and each side keeps at least one line of speech.
import type { Block } from './block';
import type { Row } from './runs';
import { type Paragraph, slice, trimEnd, trimStart } from './styled';

export interface Piece {
  kind: 'parenthetical' | 'dialogue' | 'lyrics';
  para: Paragraph;
}

/** How a convention sets a speech (English: cue above, indented; Chinese: `名字：` before the first line). */
export interface SpeechStyle {
  /** The rows of a speech made of these pieces; `continued` after a page break (CONT'D). */
  rows(pieces: Piece[], continued: boolean): Row[];
  /** The (MORE) row under a split speech. */
  more(): Row;
  zh: boolean;
}

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Mt|Lt|Sgt|Capt|Col|Gen|Prof|No|Ave|etc)\.$/;
const EN_END = /[.!?]+["'”’)\]]*(?=\s)/g;
const ZH_END = /(?:[。！？!?]+|…{1,2}|\.{3})[”’」』）)]*/g;

/** Where a sentence may end a page: the offsets at which the following sentence starts. */
export function sentenceCuts(text: string, zh: boolean): number[] {
  const cuts: number[] = [];
  const re = new RegExp(zh ? ZH_END.source : EN_END.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!zh && ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) continue;
    let k = end;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && k > 0) cuts.push(k);
  }
  return cuts;
}

function cutPiece(p: Piece, from: number, to: number): Piece {
  const s = slice(p.para, from, to);
  const t = from === 0 ? trimEnd(s) : trimStart(s);
  return { kind: p.kind, para: { ...t, line: p.para.line } };
}

const speaks = (p: Piece) => p.kind !== 'parenthetical';

export function speechBlock(pieces: Piece[], style: SpeechStyle, spaceBefore: number, continued = false): Block {
  const rows = style.rows(pieces, continued);
  const leading = pieces.length > 0 && pieces[0].kind === 'parenthetical' ? 1 : 0;
  const block: Block = { rows, spaceBefore, minHead: Math.min(rows.length, 3 + leading) };
  block.split = (room) => {
    for (let j = pieces.length - 1; j >= 0; j--) {
      const piece = pieces[j];
      if (!speaks(piece)) continue;
      const len = piece.para.text.length;
      const cuts = sentenceCuts(piece.para.text, style.zh).reverse();
      if (j < pieces.length - 1) cuts.unshift(len);
      for (const cut of cuts) {
        const headPieces = cut === len ? pieces.slice(0, j + 1) : [...pieces.slice(0, j), cutPiece(piece, 0, cut)];
        const tailPieces = cut === len ? pieces.slice(j + 1) : [cutPiece(piece, cut, len), ...pieces.slice(j + 1)];
        if (!tailPieces.some(speaks)) continue;
        const head = style.rows(headPieces, continued);
        if (head.length + 1 > room) continue;
        head.push(style.more());
        return { head, tail: speechBlock(tailPieces, style, 0, true) };
      }
    }
    return null;
  };
  return block;
}
