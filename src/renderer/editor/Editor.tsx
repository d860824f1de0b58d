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
import type { Script } from '../../core/model/script';

/** zh-Hant for scripts whose title page says so (Traditional glyph shapes in the CJK fonts), else zh-Hans. */
function chineseTag(script: Script): string {
  const value = script.titlePage.find((e) => e.key.toLowerCase() === 'language')?.value.toLowerCase() ?? '';
  return /hant|tw|hk|mo|繁/.test(value) ? 'zh-Hant' : 'zh-Hans';
}

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
        const script = scriptOf(state);
        const language = script.language;
        return {
          class: 'script',
          // Electron's checker marks misspelt English and offers suggestions in the context menu (src/main).
          spellcheck: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label.current,
          'data-language': language,
          lang: language === 'zh' ? chineseTag(script) : 'en',
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
