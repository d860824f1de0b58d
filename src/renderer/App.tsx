// The app shell: a toolbar (samples, open, save), the script editor, and a status line.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { SampleLanguage, ShotlineApi } from '../shared/api';
import { Editor } from './editor/Editor';
import type { EditorHandle } from './editor/Editor';
import { scriptOf, textOf } from './editor/state';
import { StatusBar, statusOf } from './StatusBar';
import type { Status } from './StatusBar';

interface Doc {
  /** Changes whenever another text is loaded into the editor. */
  key: string;
  text: string;
  /** The file it came from or was saved to; null for the bundled sample and new scripts. */
  path: string | null;
  name: string;
}

let loads = 0;
const newKey = () => `doc-${++loads}`;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App({ api }: { api: ShotlineApi }) {
  const [doc, setDoc] = useState<Doc | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editor = useRef<EditorHandle>(null);
  const savedDoc = useRef<PMNode | null>(null);
  const pageArea = useRef<HTMLElement>(null);

  const run = useCallback(async (action: () => Promise<void>) => {
    try {
      setError(null);
      await action();
    } catch (e) {
      setError(message(e));
    }
  }, []);

  const loadSample = useCallback(
    (lang: SampleLanguage) =>
      run(async () => {
        const sample = await api.readSample(lang);
        savedDoc.current = null;
        setDirty(false);
        setDoc({ key: newKey(), text: sample.text, path: null, name: `${sample.name} (${lang === 'zh' ? '中文' : 'English'} sample)` });
      }),
    [api, run],
  );

  const open = useCallback(
    () =>
      run(async () => {
        const file = await api.openFile();
        if (!file) return;
        savedDoc.current = null;
        setDirty(false);
        setDoc({ key: newKey(), text: (file.bom ? '\uFEFF' : '') + file.text, path: file.path, name: file.name });
      }),
    [api, run],
  );

  const save = useCallback(
    (as: boolean) =>
      run(async () => {
        if (!doc || !editor.current) return;
        const state = editor.current.state();
        const text = textOf(state);
        const saved = doc.path && !as ? await api.saveFile(doc.path, text) : await api.saveFileAs(text, doc.path ? doc.name : 'Untitled.fountain');
        if (!saved) return;
        savedDoc.current = state.doc;
        setDirty(false);
        setDoc({ ...doc, path: saved.path, name: saved.name });
      }),
    [api, doc, run],
  );

  useEffect(() => {
    void loadSample(navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  }, [loadSample]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void save(event.shiftKey);
      } else if (key === 'o') {
        event.preventDefault();
        void open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, save]);

  // A newly loaded script starts at its top.
  const docKey = doc?.key;
  useEffect(() => {
    if (docKey && pageArea.current) pageArea.current.scrollTop = 0;
  }, [docKey]);

  useEffect(() => {
    document.title = doc ? `${dirty ? '• ' : ''}${doc.name} — Shotline` : 'Shotline';
  }, [doc, dirty]);

  const onChange = useCallback((state: EditorState) => {
    setDirty(savedDoc.current ? !savedDoc.current.eq(state.doc) : true);
  }, []);
  const onState = useCallback((state: EditorState) => setStatus(statusOf(state, scriptOf(state))), []);

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="File">
        <span className="brand">Shotline</span>
        <button type="button" onClick={() => void loadSample('en')}>English sample</button>
        <button type="button" onClick={() => void loadSample('zh')}>中文示例</button>
        <span className="sep" />
        <button type="button" onClick={() => void open()}>Open…</button>
        <button type="button" onClick={() => void save(false)} disabled={!doc}>Save</button>
        <button type="button" onClick={() => void save(true)} disabled={!doc}>Save As…</button>
        <span className="doc-name" data-testid="doc-name">
          {doc ? `${doc.name}${dirty ? ' (edited)' : ''}` : 'Loading…'}
        </span>
      </header>
      {error !== null && (
        <div className="error" role="alert">
          {error}
          <button type="button" onClick={() => setError(null)} aria-label="Dismiss">×</button>
        </div>
      )}
      <main className="page-area" ref={pageArea}>
        {doc && <Editor key={doc.key} docKey={doc.key} text={doc.text} ref={editor} onChange={onChange} onState={onState} />}
      </main>
      <StatusBar status={status} />
    </div>
  );
}
