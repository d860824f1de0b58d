// A window's workspace for the renderer tests, on the in-browser adapter (files in memory), with the
// browser globals it uses stubbed: window.confirm (answers `true` unless told otherwise) and
// requestAnimationFrame. The UI strings are the real English ones.
import { vi } from 'vitest';
import { createBrowserAdapter } from '../../src/renderer/api/browser-adapter';
import type { BrowserFiles } from '../../src/renderer/api/browser-adapter';
import { Workspace } from '../../src/renderer/session/workspace';
import { initI18n } from '../../src/renderer/i18n';
import { lineCount, lineEnd } from '../../src/renderer/editor/lines';
import type { ShotlineApi } from '../../src/shared/api';
import { memoryStorage } from './memory-storage';

export { memoryStorage };

export interface TestWorkspace {
  workspace: Workspace;
  api: ShotlineApi & { files: BrowserFiles };
  files: BrowserFiles;
  confirm: ReturnType<typeof vi.fn<(message: string) => boolean>>;
}

/** A new workspace; call `vi.unstubAllGlobals()` and `workspace.dispose()` after the test. */
export async function testWorkspace(): Promise<TestWorkspace> {
  vi.stubGlobal('document', { documentElement: {} });
  const confirm = vi.fn<(message: string) => boolean>(() => true);
  vi.stubGlobal('window', { confirm });
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
  await initI18n('en');
  const api = createBrowserAdapter(memoryStorage());
  return { workspace: new Workspace(api), api, files: api.files, confirm };
}

/** Types `text` at the end of the last line but the (empty) last one, as the editor view hands the store its states. */
export function typeAtEnd(workspace: Workspace, text: string): void {
  const state = workspace.store.current()!;
  const pos = lineEnd(state.doc, lineCount(state.doc) - 2);
  workspace.store.update(state.apply(state.tr.insertText(text, pos)));
}
