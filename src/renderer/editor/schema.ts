// The editor's document: one `line` block per source line, holding that line's text and nothing else.
// Line types are not stored in the document: they are derived from the parse and shown as decorations.
import { Schema } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';

export const schema = new Schema({
  nodes: {
    doc: { content: 'line+' },
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

/** The document for a list of line texts. */
export function docFromLines(lines: readonly string[]): PMNode {
  const children = (lines.length > 0 ? lines : ['']).map((text) =>
    schema.nodes.line.create(null, text.length > 0 ? schema.text(text) : null),
  );
  return schema.nodes.doc.create(null, children);
}
