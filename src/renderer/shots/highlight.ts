// Paints the script lines a selected shot covers, with the CSS Custom Highlight API
// (::highlight(shotline-shot) in shots.css): ranges over the editor's line elements, no change to the
// editor's DOM or document. Lines are 0-based editor lines.
import type { EditorView } from 'prosemirror-view';
import { lineElement } from '../editor/line-view';

const NAME = 'shotline-shot';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

/** Paints lines [from, to] (0-based, inclusive) and brings the first into view without moving the caret. */
export function paintLines(view: EditorView | null, from: number, to: number, reveal: boolean): void {
  const highlights = registry();
  if (!view || view.isDestroyed) return;
  const ranges: Range[] = [];
  for (let i = from; i <= to; i++) {
    const el = lineElement(view, i);
    if (!el || !el.textContent) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    ranges.push(range);
  }
  if (highlights) {
    const Highlight = (globalThis as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;
    if (ranges.length) highlights.set(NAME, new Highlight(...ranges));
    else highlights.delete(NAME);
  }
  if (reveal) lineElement(view, from)?.scrollIntoView({ block: 'nearest' });
}

export function clearLines(): void {
  registry()?.delete(NAME);
}
