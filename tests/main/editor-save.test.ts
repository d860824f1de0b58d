// What the editor shows is what is saved: a file goes through the editor (as the renderer loads it, with
// its byte-order mark in front) and back through saveFile, and the bytes on disk are the same; an edit
// keeps every other line's ending as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { createEditorState, textOf } from '../../src/renderer/editor/state';
import { session, tempDir } from './support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('shotline-editor-save-');
});
afterEach(() => tmp.remove());

/** Types `text` at the start of the first text in the document whose content includes `marker`. */
function typeBefore(state: EditorState, marker: string, text: string): EditorState {
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (node.isText && node.text!.includes(marker)) at = pos + node.text!.indexOf(marker);
    return true;
  });
  if (at < 0) throw new Error(`no text "${marker}" in the document`);
  return state.apply(state.tr.insertText(text, at));
}

const CASES: [string, Buffer][] = [
  ['LF', Buffer.from('INT. A - DAY\n\nAction.\n', 'utf8')],
  ['CRLF with BOM', Buffer.from('\uFEFFINT. A - DAY\r\n\r\nAction.\r\n', 'utf8')],
  ['mixed endings', Buffer.from('Title: X\r\n\nINT. A - DAY\rAction.\n', 'utf8')],
  ['no final newline', Buffer.from('第1集\n1-1 日 内 客厅\n林晚：你好。', 'utf8')],
  ['GB18030', iconv.encode('第1集\r\n1-1 日 内 客厅\r\n△林晚推门进来。\r\n', 'gb18030')],
  ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('INT. B - NIGHT\r\n\r\nBob\r\nHi.\r\n', 'utf16le')])],
];

describe('saving what the editor shows', () => {
  for (const [name, bytes] of CASES) {
    it(`gives back the same bytes unedited (${name})`, async () => {
      const path = join(tmp.dir, 'script.fountain');
      writeFileSync(path, bytes);
      const s = session(join(tmp.dir, 'data'), { choices: { open: path } });
      const file = (await s.openFile())!;
      const state = createEditorState((file.bom ? '\uFEFF' : '') + file.text);
      await s.saveFile(path, textOf(state));
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  }

  it('keeps CRLF endings and the encoding through an edit', async () => {
    const path = join(tmp.dir, 'zh.fountain');
    writeFileSync(path, iconv.encode('第1集\r\n1-1 日 内 客厅\r\n林晚：你好。\r\n', 'gb18030'));
    const s = session(join(tmp.dir, 'data'), { choices: { open: path } });
    const file = (await s.openFile())!;
    expect(file.encoding).toBe('gb18030');
    const state = typeBefore(createEditorState(file.text), '你好', '妈，');
    await s.saveFile(path, textOf(state));
    expect(iconv.decode(readFileSync(path), 'gb18030')).toBe('第1集\r\n1-1 日 内 客厅\r\n林晚：妈，你好。\r\n');
  });
});
