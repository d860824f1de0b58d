// Reading laid-out pages back as text, for assertions.
import type { Layout, LayoutLine, LayoutPage } from '../../../src/core/model/layout';
import { paginate, LETTER } from '../../../src/core/layout';
import type { LayoutOptions, PrintProfile } from '../../../src/core/model/layout';
import { parse } from '../../../src/core/parse';

export const lineText = (l: LayoutLine): string => l.runs.map((r) => r.text).join('');

/** Lines of a page in reading order (top to bottom, left to right), page numbers and scene numbers included. */
export function pageLines(page: LayoutPage): LayoutLine[] {
  return [...page.lines].sort((a, b) => a.y - b.y || (a.runs[0]?.x ?? 0) - (b.runs[0]?.x ?? 0));
}

/** The body text of each page: element lines only (no page or scene numbers). */
export function bodyText(layout: Layout): string[][] {
  return layout.pages
    .filter((p) => p.kind === 'body')
    .map((p) => pageLines(p).filter((l) => l.kind !== 'page_number' && l.kind !== 'scene_number').map(lineText));
}

export function layoutOf(text: string, options: LayoutOptions = {}, profile: PrintProfile = LETTER): Layout {
  return paginate(parse(text), profile, options);
}

/** Line index on the page (0 = first body line) of a line. */
export function lineIndex(layout: Layout, l: LayoutLine): number {
  const p = layout.profile;
  return Math.round((l.y - p.baseline - p.marginTop) / p.lineHeight);
}

/** A script body of `n` action paragraphs of one line each, separated by blank lines (2 lines each). */
export function filler(n: number, word = 'Filler'): string {
  return Array.from({ length: n }, (_, i) => `${word} line ${i + 1}.`).join('\n\n');
}
