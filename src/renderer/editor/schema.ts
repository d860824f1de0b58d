// The editor's document: one `line` block per source line, holding that line's text and nothing else.
// Lines are grouped into `chunk` blocks of about a hundred lines that carry no meaning: the browser lays out
// and paints only the chunks on screen (`content-visibility: auto`), which keeps typing fast in a script of
// 15,000 lines. Line types are not stored in the document: they are derived from the parse.
import { Schema } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';

/** Lines a chunk gets when a document is built; chunks are split above MAX and merged below MIN. */
export const CHUNK_LINES = 100;
export const CHUNK_MAX = 200;
export const CHUNK_MIN = 25;

export const schema = new Schema({
  nodes: {
    doc: { content: 'chunk+' },
    chunk: {
      content: 'line+',
      parseDOM: [{ tag: 'div.chunk' }],
      toDOM: () => ['div', { class: 'chunk' }, 0],
    },
    line: {
      content: 'text*',
      marks: '',
      whitespace: 'pre',
      parseDOM: [{ tag: 'div.line', preserveWhitespace: 'full' }],
      toDOM: () => ['div', { class: 'line' }, 0],
    },
    text: {},
  },
  marks: {},
});

export function lineNodeOf(text: string): PMNode {
  return schema.nodes.line.create(null, text.length > 0 ? schema.text(text) : null);
}

/** Chunks of `size` line nodes each (the last one may be shorter). */
export function chunksOf(lines: readonly PMNode[], size = CHUNK_LINES): PMNode[] {
  const chunks: PMNode[] = [];
  for (let i = 0; i < lines.length; i += size) chunks.push(schema.nodes.chunk.create(null, lines.slice(i, i + size)));
  return chunks;
}

/** The document for a list of line texts. */
export function docFromLines(lines: readonly string[]): PMNode {
  const nodes = (lines.length > 0 ? lines : ['']).map(lineNodeOf);
  return schema.nodes.doc.create(null, chunksOf(nodes));
}
