// Paints find matches with the CSS Custom Highlight API (::highlight(shotline-match) in the stylesheet): ranges
// over the editor's text nodes, no change to the document's DOM. At most MAX_PAINTED matches around the
// current one are painted; they are painted again shortly after the script or the matches change.
import type { EditorView } from 'prosemirror-view';
import type { PluginView } from 'prosemirror-state';
import { lineElement } from '../editor/line-view';
import { findKey } from './find-plugin';
import type { FindState } from './find-plugin';
import type { Match } from './search';

const MAX_PAINTED = 1500;
const DELAY_MS = 60;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

/** The DOM position of column `column` in a line element (its text may be split by emphasis spans). */
function domPoint(el: Element, column: number): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = column;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (left <= length) return { node, offset: left };
    left -= length;
  }
  return null;
}

function rangeOf(view: EditorView, m: Match): Range | null {
  const el = lineElement(view, m.line);
  if (!el) return null;
  const start = domPoint(el, m.from);
  const end = domPoint(el, m.to);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export function highlightsView(view: EditorView): PluginView {
  const highlights = registry();
  let painted: FindState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const Highlight = (globalThis as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;

  const paint = () => {
    timer = null;
    if (!highlights || view.isDestroyed) return;
    const state = findKey.getState(view.state);
    painted = state ?? null;
    if (!state || state.matches.length === 0) {
      highlights.delete('shotline-match');
      highlights.delete('shotline-current');
      return;
    }
    const { matches, current } = state;
    const centre = Math.max(0, current);
    const from = Math.max(0, Math.min(centre - MAX_PAINTED / 2, matches.length - MAX_PAINTED));
    const ranges: Range[] = [];
    for (let i = from; i < Math.min(matches.length, from + MAX_PAINTED); i++) {
      if (i === current) continue;
      const r = rangeOf(view, matches[i]);
      if (r) ranges.push(r);
    }
    highlights.set('shotline-match', new Highlight(...ranges));
    const cur = current >= 0 ? rangeOf(view, matches[current]) : null;
    if (cur) highlights.set('shotline-current', new Highlight(cur));
    else highlights.delete('shotline-current');
  };

  return {
    update(view, prev) {
      const state = findKey.getState(view.state);
      if (state === painted && view.state.doc === prev.doc) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(paint, state?.matches !== painted?.matches || view.state.doc !== prev.doc ? DELAY_MS : 0);
    },
    destroy() {
      if (timer) clearTimeout(timer);
      highlights?.delete('shotline-match');
      highlights?.delete('shotline-current');
    },
  };
}
