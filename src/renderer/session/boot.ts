// Builds the window's workspace with the editor plugins every document gets: typing flow, completion
// (across the open series) and find.
import type { ShotlineApi } from '../../shared/api';
import { completionKeymap, completionPlugin } from '../editor/completion';
import { typingKeymap, typingPlugin } from '../editor/typing';
import { pageGuidesPlugin } from '../editor/page-guides';
import { findPlugin } from '../find/find-plugin';
import { completionIndexer } from './completion-index';
import { Workspace } from './workspace';

export function createWorkspace(api: ShotlineApi): Workspace {
  const workspace = new Workspace(api);
  const index = completionIndexer(() => workspace.library.scripts(workspace.getSnapshot().doc?.path ?? null));
  // Order matters: the completion list's keys come before Tab cycling, which comes before the base keys.
  const extras = {
    keymaps: [completionKeymap(), typingKeymap()],
    plugins: [typingPlugin(), completionPlugin({ index }), findPlugin(), pageGuidesPlugin()],
  };
  workspace.setPlugins(() => extras);
  return workspace;
}
