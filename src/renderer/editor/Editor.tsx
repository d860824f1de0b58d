// The script editor: a ProseMirror view on an EditorState from createEditorState. The component owns the
// view; the parent gives the initial text (a new `docKey` loads a new text) and hears about changes.
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import { EditorView } from 'prosemirror-view';
import type { EditorState } from 'prosemirror-state';
import { handleDrop, handlePaste } from './clipboard';
import { createEditorState, scriptOf } from './state';

export interface EditorHandle {
  /** The current state (text, parse, selection). */
  state(): EditorState;
  focus(): void;
}

export interface EditorProps {
  text: string;
  /** Changes when `text` is a different document to load (a file opened, a sample chosen). */
  docKey: string;
  onChange?(state: EditorState): void;
  /** Every new state, document changed or not (selection moves too). */
  onState?(state: EditorState): void;
  ref?: Ref<EditorHandle>;
}

export function Editor({ text, docKey, onChange, onState, ref }: EditorProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onState });
  callbacks.current = { onChange, onState };

  useEffect(() => {
    if (!mount.current) return;
    const v = new EditorView(mount.current, {
      state: createEditorState(text),
      attributes: (state) => ({
        class: 'script',
        spellcheck: 'false',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Script',
        'data-language': scriptOf(state).language,
      }),
      handleDOMEvents: { paste: handlePaste, drop: handleDrop },
      dispatchTransaction(tr) {
        const next = v.state.apply(tr);
        v.updateState(next);
        if (tr.docChanged) callbacks.current.onChange?.(next);
        callbacks.current.onState?.(next);
      },
    });
    view.current = v;
    callbacks.current.onState?.(v.state);
    v.focus();
    return () => {
      v.destroy();
      view.current = null;
    };
    // A new document is a new view; `text` alone changing (the parent echoing edits) must not reload.
  }, [docKey]);

  useImperativeHandle(
    ref,
    () => ({
      state: () => {
        if (!view.current) throw new Error('The editor is not ready yet.');
        return view.current.state;
      },
      focus: () => view.current?.focus(),
    }),
    [],
  );

  return <div className="editor" ref={mount} />;
}
