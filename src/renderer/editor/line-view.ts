// Node views of the document's blocks. A line's `data-type` attribute (the parser's line type) is written
// straight onto its element after each update, for the lines that changed only. A chunk tells the browser
// roughly how tall it is while it is off screen and not laid out (`content-visibility: auto`).
import { Plugin } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { LineType } from '../../core/model/script';
import { displayWidth } from '../../core/estimate';
import { scriptKey } from './line-types';
import { chunkOfLine, lineAt, lineCount } from './lines';

/** Line views made since the last sync, per editor: a new one not covered by the changed span forces a full sync. */
const created = new WeakMap<EditorView, number>();

/** Attributes on our elements are ours (types, page guides, sizes); only text changes are ProseMirror's. */
const ownAttributes = (dom: HTMLElement) => (mutation: ViewMutationRecord) => mutation.type === 'attributes' && mutation.target === dom;

class LineView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  ignoreMutation: (mutation: ViewMutationRecord) => boolean;

  constructor(view: EditorView) {
    this.dom = document.createElement('div');
    this.dom.className = 'line';
    this.contentDOM = this.dom;
    this.ignoreMutation = ownAttributes(this.dom);
    created.set(view, (created.get(view) ?? 0) + 1);
  }

  update(node: PMNode): boolean {
    return node.type.name === 'line';
  }
}

/** Estimated height of a chunk in line heights: each line wraps at about 60 columns. */
function estimatedLines(chunk: PMNode): number {
  let n = 0;
  chunk.forEach((line) => {
    n += Math.max(1, Math.ceil(displayWidth(line.textContent) / 60));
  });
  return n;
}

class ChunkView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  ignoreMutation: (mutation: ViewMutationRecord) => boolean;
  private lines = 0;

  constructor(node: PMNode) {
    this.dom = document.createElement('div');
    this.dom.className = 'chunk';
    this.contentDOM = this.dom;
    this.ignoreMutation = ownAttributes(this.dom);
    this.size(node);
  }

  private size(node: PMNode): void {
    const lines = estimatedLines(node);
    if (lines === this.lines) return;
    this.lines = lines;
    // `auto`: once laid out, the browser remembers the real height instead.
    this.dom.style.setProperty('contain-intrinsic-block-size', `auto ${(lines * 1.2).toFixed(1)}em`);
  }

  update(node: PMNode): boolean {
    if (node.type.name !== 'chunk') return false;
    this.size(node);
    return true;
  }
}

export const blockNodeViews = {
  line: (_node: PMNode, view: EditorView) => new LineView(view),
  chunk: (node: PMNode) => new ChunkView(node),
};

/** The element of line `i`, or null when the editor's elements do not match the document. */
export function lineElement(view: EditorView, i: number): Element | null {
  const doc = view.state.doc;
  const { chunk, offset } = chunkOfLine(doc, i);
  const chunkEl = view.dom.children[chunk];
  if (!chunkEl || view.dom.children.length !== doc.childCount) return null;
  const el = chunkEl.children[offset];
  return el && chunkEl.children.length === doc.child(chunk).childCount ? el : null;
}

/** Calls `fn` with the element of each line in [from, to); false when the elements do not match the document. */
export function forEachLineElement(view: EditorView, from: number, to: number, fn: (el: Element, index: number) => void): boolean {
  const doc = view.state.doc;
  const total = lineCount(doc);
  const end = Math.min(to, total);
  if (view.dom.children.length !== doc.childCount) return false;
  let i = Math.max(0, from);
  while (i < end) {
    const { chunk, offset } = chunkOfLine(doc, i);
    const chunkEl = view.dom.children[chunk];
    const node = doc.child(chunk);
    if (chunkEl.children.length !== node.childCount) return false;
    for (let k = offset; k < node.childCount && i < end; k++, i++) fn(chunkEl.children[k], i);
  }
  return true;
}

function setType(el: Element, type: LineType): void {
  if (el.getAttribute('data-type') !== type) el.setAttribute('data-type', type);
}

/** Writes the line types of lines [from, to); returns how many elements had none before. */
function syncTypes(view: EditorView, state: EditorState, from: number, to: number): number {
  const script = scriptKey.getState(state)?.script;
  if (!script) return 0;
  let fresh = 0;
  forEachLineElement(view, from, to, (el, i) => {
    if (!el.hasAttribute('data-type')) fresh++;
    setType(el, script.lines[i].type);
  });
  return fresh;
}

/** Keeps every line element's `data-type` equal to the parse. */
export function lineTypesPlugin(): Plugin {
  return new Plugin({
    view(view) {
      created.set(view, 0);
      syncTypes(view, view.state, 0, Infinity);
      return {
        update(view, prevState) {
          const made = created.get(view) ?? 0;
          created.set(view, 0);
          const plugin = scriptKey.getState(view.state);
          if (!plugin || (plugin === scriptKey.getState(prevState) && made === 0)) return;
          const changed = plugin.changed;
          // One line either side: ProseMirror may redraw a neighbour when lines are joined or split.
          const fresh = changed ? syncTypes(view, view.state, changed.from - 1, changed.to + 1) : 0;
          if (made > fresh) syncTypes(view, view.state, 0, Infinity);
        },
      };
    },
  });
}

/**
 * The chunks around the selection are always laid out (`data-caret`, see script.css): the browser places
 * typed text and moves the caret by layout, and a chunk it skips would take typed text elsewhere.
 */
export function caretChunksPlugin(): Plugin {
  return new Plugin({
    view(view) {
      let marked: Element[] = [];
      const mark = () => {
        const doc = view.state.doc;
        const { from, to } = view.state.selection;
        const first = Math.max(0, chunkOfLine(doc, lineAt(doc, from)).chunk - 1);
        const last = Math.min(doc.childCount - 1, chunkOfLine(doc, lineAt(doc, to)).chunk + 1);
        const next: Element[] = [];
        for (let c = first; c <= last; c++) {
          const el = view.dom.children[c];
          if (!el) continue;
          if (!el.hasAttribute('data-caret')) el.setAttribute('data-caret', '');
          next.push(el);
        }
        const keep = new Set(next);
        for (const el of marked) if (!keep.has(el)) el.removeAttribute('data-caret');
        marked = next;
      };
      mark();
      return {
        update(view, prev) {
          if (view.state.selection.eq(prev.selection) && view.state.doc === prev.doc) return;
          mark();
        },
      };
    },
  });
}
