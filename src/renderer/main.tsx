// Boot: the API (Electron's preload or the in-browser adapter), the UI language, the workspace, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './api';
import { initI18n } from './i18n';
import { createWorkspace } from './session/boot';
import './styles/fonts.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/script.css';
import './styles/panels.css';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Shotline: the page has no #root element.');
  const api = getApi();
  const info = await api.getUiLanguage().catch(() => null);
  await initI18n(info?.language ?? 'en');
  const workspace = createWorkspace(api);
  createRoot(root).render(
    <StrictMode>
      <App workspace={workspace} language={info?.chosen ? info.language : 'system'} />
    </StrictMode>,
  );
  await workspace.start(info?.language ?? 'en');
}

void start();
