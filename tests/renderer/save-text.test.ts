// What is saved is what the editor shows: the text comes from the parse that follows the editor, but it is
// checked against the document's lines first, and rebuilt from them (each line keeping its ending) should
// the parse ever have drifted.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorState, scriptOf, scriptToSave, textOf } from '../../src/renderer/editor/state';
import { lineTexts } from '../../src/renderer/editor/lines';
import type { Workspace } from '../../src/renderer/session/workspace';
import type { BrowserFiles } from '../../src/renderer/api/browser-adapter';
import { testWorkspace, typeAtEnd } from './workspace-support';

const TEXT = '\uFEFFINT. ROOF - DAY\r\n\r\nWind.\nRain.\r\n\r\nMEI\r\nGo.\r\n';

// The drift is reported once per page load: this spy spans the whole file, whose tests run in order.
let error: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(() => {
  error.mockRestore();
});

describe('the text to save', () => {
  it('is the parse’s text when the parse matches the document', () => {
    const state = createEditorState(TEXT);
    expect(textOf(state)).toBe(TEXT);
    expect(scriptToSave(state)).toBe(scriptOf(state));
    expect(error).not.toHaveBeenCalled();
  });

  it('is rebuilt from the document, with each line’s ending, when the parse’s text drifted', () => {
    const state = createEditorState(TEXT);
    const lines = scriptOf(state).lines;
    lines[2] = { ...lines[2], text: 'Storm.' };
    lines[6] = { ...lines[6], text: 'Stay.' };
    expect(textOf(state)).toBe(TEXT);
    expect(scriptToSave(state).lines.map((l) => l.text)).toEqual(lineTexts(state.doc));
    expect(scriptToSave(state).lines[5].type).toBe('character');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toMatch(/from line 3;/);
  });

  it('is rebuilt from the document when the parse lost or gained lines', () => {
    const lost = createEditorState(TEXT);
    scriptOf(lost).lines.splice(3, 1);
    expect(textOf(lost)).toBe(TEXT);
    const gained = createEditorState(TEXT);
    scriptOf(gained).lines.push({ text: 'FADE OUT.', eol: '', type: 'transition' });
    expect(textOf(gained)).toBe(TEXT);
    // Said once already: the console is not flooded at every autosave.
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('saving a file whose parse drifted', () => {
  let workspace: Workspace;
  let files: BrowserFiles;
  beforeEach(async () => {
    ({ workspace, files } = await testWorkspace());
  });
  afterEach(() => {
    workspace.dispose();
    vi.unstubAllGlobals();
  });

  it('writes what the editor shows', async () => {
    const path = files.queueOpen('ep01.fountain', TEXT);
    await workspace.openFile();
    typeAtEnd(workspace, ' Now.');
    const state = workspace.store.current()!;
    const lines = scriptOf(state).lines;
    lines[0] = { ...lines[0], text: 'EXT. NOWHERE - NIGHT' };
    expect(await workspace.save()).toBe(true);
    expect(files.list()[path]).toBe(TEXT.replace('Go.', 'Go. Now.'));
    expect(files.window().state.dirty).toBe(false);
  });
});
