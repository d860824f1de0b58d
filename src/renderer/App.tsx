// The app shell: toolbar, notices, the side panels, the find bar, the page and the status bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { UiLanguage } from '../shared/api';
import { runCommand, runMenuCommand } from './commands';
import type { CommandContext } from './commands';
import { Editor } from './editor/Editor';
import { FindBar } from './find/FindBar';
import type { FindBarHandle } from './find/FindBar';
import { Notices } from './notices/Notices';
import { WorkspaceContext, useWorkspaceSnapshot } from './session/context';
import type { Workspace } from './session/workspace';
import { useSettings } from './settings/settings';
import { useTheme } from './settings/theme';
import { commandForKey, currentPlatform } from './shortcuts';
import type { CommandId } from './shortcuts';
import { SidePanel } from './SidePanel';
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';

const platform = currentPlatform();

function Page() {
  const { doc } = useWorkspaceSnapshot();
  const { zoom, pageGuides } = useSettings();
  const area = useRef<HTMLElement>(null);
  const key = doc?.key;
  useEffect(() => {
    if (key && area.current) area.current.scrollTop = 0;
  }, [key]);
  const style = { '--zoom': zoom } as CSSProperties;
  return (
    <main className="page-area" ref={area} style={style}>
      {doc && <Editor doc={doc} className={pageGuides ? 'page-guides' : undefined} />}
    </main>
  );
}

export function App({ workspace, language }: { workspace: Workspace; language: UiLanguage | 'system' }) {
  const settings = useSettings();
  const theme = useTheme(settings.theme);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const findBar = useRef<FindBarHandle>(null);

  const context = useRef<CommandContext>({ workspace, theme, openFind: () => undefined, findNext: () => undefined });
  context.current = {
    workspace,
    theme,
    openFind: (mode) => {
      setFind(mode);
      findBar.current?.focus(mode);
    },
    findNext: (direction) => {
      if (findBar.current) findBar.current.next(direction);
      else setFind('find');
    },
  };
  const run = useCallback((command: CommandId) => runCommand(command, context.current), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, platform);
      // Undo and redo inside the editor are its own keys (prosemirror-history).
      if (!command || ((command === 'undo' || command === 'redo') && workspace.view?.hasFocus())) return;
      if ((command === 'undo' || command === 'redo') && (event.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = workspace.api.onMenuCommand((command) => runMenuCommand(command, context.current));
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [run, workspace]);

  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="app">
        <Toolbar run={run} language={language} />
        <Notices />
        <div className={settings.sidePanel ? 'workspace' : 'workspace no-side'}>
          {settings.sidePanel && <SidePanel />}
          <div className="writing">
            {find && <FindBar ref={findBar} mode={find} onMode={setFind} onClose={() => setFind(null)} />}
            <Page />
          </div>
        </div>
        <StatusBar />
      </div>
    </WorkspaceContext.Provider>
  );
}
