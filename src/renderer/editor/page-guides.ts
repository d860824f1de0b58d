// Page guides: the first line of each estimated page (core/estimate/pages.ts) gets `data-page="N"`, which the
// stylesheet draws as a dashed rule with the page number when guides are on. Recomputed when typing pauses,
// never on each keystroke; written straight onto the line elements (see line-view.ts).
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { pagesOf } from '../session/derived';
import { scriptKey } from './line-types';
import { lineElement } from './line-view';

const PAUSE_MS = 500;

function applyGuides(view: EditorView, marked: Element[]): Element[] {
  const script = scriptKey.getState(view.state)?.script;
  if (!script) return marked;
  const { pageStarts } = pagesOf(script);
  const next: Element[] = [];
  pageStarts.forEach((line, k) => {
    const el = lineElement(view, line);
    if (!el) return;
    const page = String(k + 2);
    if (el.getAttribute('data-page') !== page) el.setAttribute('data-page', page);
    next.push(el);
  });
  const keep = new Set(next);
  for (const el of marked) if (!keep.has(el)) el.removeAttribute('data-page');
  return next;
}

export function pageGuidesPlugin(): Plugin {
  return new Plugin({
    view(view) {
      let marked: Element[] = [];
      let timer: ReturnType<typeof setTimeout> | null = null;
      const run = () => {
        timer = null;
        if (!view.isDestroyed) marked = applyGuides(view, marked);
      };
      run();
      return {
        update(view, prev) {
          if (view.state.doc === prev.doc) return;
          if (timer) clearTimeout(timer);
          timer = setTimeout(run, PAUSE_MS);
        },
        destroy() {
          if (timer) clearTimeout(timer);
        },
      };
    },
  });
}
