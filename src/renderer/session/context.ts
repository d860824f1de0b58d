// React access to the window's workspace and to the editor's snapshots (taken when typing pauses).
import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { Workspace, WorkspaceSnapshot } from './workspace';
import type { EditorSnapshot } from './editor-store';

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('Internal error: no workspace around this component.');
  return workspace;
}

export function useWorkspaceSnapshot(): WorkspaceSnapshot {
  const workspace = useWorkspace();
  return useSyncExternalStore(workspace.subscribe, workspace.getSnapshot);
}

/**
 * The editor's state as of the last pause in typing (null before a document is loaded). Readers render as a
 * transition: React works in slices and lets a keystroke that arrives meanwhile go first.
 */
export function useEditorSnapshot(): EditorSnapshot | null {
  const { store } = useWorkspace();
  const [snapshot, setSnapshot] = useState(store.getSnapshot);
  useEffect(() => {
    setSnapshot(store.getSnapshot());
    return store.subscribe(() => startTransition(() => setSnapshot(store.getSnapshot())));
  }, [store]);
  return snapshot;
}
