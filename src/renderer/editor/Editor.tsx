// The script editor: a ProseMirror view on the open document's state. The view is made once per document
// (a new `doc.key`); every transaction goes to the workspace's store, never through React state.
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import { useTranslation } from 'react-i18next';
import type { OpenDocument } from '../session/workspace';
import { useWorkspace } from '../session/context';
import { handleDrop, handlePaste, sliceToText } from './clipboard';
import { blockNodeViews } from './line-view';
import { scriptOf } from './state';

export interface EditorProps {
  doc: OpenDocument;
  className?: string;
}

export function Editor({ doc, className }: EditorProps) {
  const workspace = useWorkspace();
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const label = useRef(t('editor.label'));
  label.current = t('editor.label');

  useEffect(() => {
    if (!mount.current) return;
    const v: EditorView = new EditorView(mount.current, {
      state: workspace.liveState(doc),
      nodeViews: blockNodeViews,
      clipboardTextSerializer: sliceToText,
      attributes: (state) => {
        const language = scriptOf(state).language;
        return {
          class: 'script',
          spellcheck: 'false',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label.current,
          'data-language': language,
          lang: language === 'zh' ? 'zh' : 'en',
        };
      },
      handleDOMEvents: { paste: handlePaste, drop: handleDrop },
      dispatchTransaction(tr) {
        const next = v.state.apply(tr);
        v.updateState(next);
        workspace.store.update(next);
      },
    });
    workspace.view = v;
    v.focus();
    return () => {
      if (workspace.view === v) workspace.view = null;
      v.destroy();
    };
    // One view per document: the state it starts from is part of the document.
  }, [doc, workspace]);

  return <div className={className ? `editor ${className}` : 'editor'} ref={mount} />;
}
