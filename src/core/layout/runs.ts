// From a line of styled text to positioned runs: one run per stretch of equal style and script (Courier for
// narrow text, the CJK font for wide text), each with its x and measured width.
import type { LayoutRun, LineKind, PrintProfile } from '../model/layout';
import { isWide, type Metrics, metrics, points, UNIT, unitWidth } from './measure';
import { NOTE, stylesOf, type Styled } from './styled';
import { wrap } from './wrap';

/** A laid-out line before it is put on a page: x is final, y comes from the paginator. */
export interface Row {
  kind: LineKind;
  runs: LayoutRun[];
  sourceLine: number | null;
  bold?: boolean;
  /** Scene number to print in the margins beside this row (scene headings). */
  sceneNumber?: string | null;
}

export function profileMetrics(profile: PrintProfile): Metrics {
  return metrics(profile.narrowAdvance, profile.wideAdvance, profile.style !== 'en');
}

/** Positioned runs of s.text[start, end), the first starting at x (points). */
export function runsOf(s: Styled, start: number, end: number, x: number, m: Metrics): LayoutRun[] {
  const runs: LayoutRun[] = [];
  const { text, marks } = s;
  let at = Math.round(x * UNIT);
  let i = start;
  while (i < end) {
    const mark = marks[i];
    const first = text.charCodeAt(i);
    const wide = first >= 0x00b7 && isWide(text.codePointAt(i) ?? first, m.zh);
    const from = i;
    let w = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 0x00b7) {
        // Narrow, and never half of a surrogate pair.
        if (i > from && (wide || marks[i] !== mark)) break;
        w += m.narrow;
      } else if (c < 0xdc00 || c > 0xdfff) {
        const cw = isWide(text.codePointAt(i) ?? c, m.zh);
        if (i > from && (marks[i] !== mark || cw !== wide)) break;
        w += cw ? m.wide : m.narrow;
      }
      // A low surrogate belongs to the character before it: no width, never a run boundary.
      i++;
    }
    const run: LayoutRun = { text: text.slice(from, i), x: points(at), width: points(w), styles: stylesOf(mark), script: wide ? 'cjk' : 'latin' };
    if (mark & NOTE) run.note = true;
    runs.push(run);
    at += w;
  }
  return runs;
}

export interface WrapSpec {
  kind: LineKind;
  /** Left edge of the block, in points from the page's left edge. */
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
  /** Extra indent of wrapped lines after the first. */
  hang?: number;
  sourceLine: number | null;
  bold?: boolean;
}

export interface WrapResult {
  rows: Row[];
  /** Lines cut inside a word because nothing else fit. */
  forced: number;
}

/** Wraps one paragraph into rows. */
export function wrapRows(s: Styled, spec: WrapSpec, m: Metrics): WrapResult {
  const width = Math.floor(spec.width * UNIT + 1e-6);
  const hang = Math.round((spec.hang ?? 0) * UNIT);
  const lines = wrap(s.text, width, Math.max(width - hang, m.wide), m);
  let forced = 0;
  const rows: Row[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.forced) forced++;
    let x = spec.x + (k > 0 ? hang / UNIT : 0);
    if (spec.align !== 'left') {
      let w = 0;
      for (let i = line.start; i < line.end; i++) w += unitWidth(s.text, i, m);
      const room = spec.width - points(w);
      x = spec.x + (spec.align === 'right' ? room : Math.floor((room / 2) * UNIT) / UNIT);
    }
    const row: Row = { kind: spec.kind, runs: runsOf(s, line.start, line.end, x, m), sourceLine: spec.sourceLine };
    if (spec.bold) row.bold = true;
    rows.push(row);
  }
  return { rows, forced };
}

/** Width of styled text in points. */
export function widthOf(text: string, m: Metrics): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += unitWidth(text, i, m);
  return points(w);
}

export type { Metrics };
