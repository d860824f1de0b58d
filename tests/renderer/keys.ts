// Runs a key through a state's key bindings the way the view does (plugins' handleKeyDown, in order).
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

interface KeymapHandles {
  (state: EditorState, key: string, only?: 'completion'): boolean;
  /** The state after the last handled key. */
  last: EditorState | null;
}

export const keymapHandles: KeymapHandles = Object.assign(
  (state: EditorState, key: string, only?: 'completion') => {
    keymapHandles.last = null;
    const view = {
      state,
      dispatch: (tr: Parameters<EditorView['dispatch']>[0]) => (keymapHandles.last = state.apply(tr)),
      composing: false,
    } as unknown as EditorView;
    // A plain key event (the tests run without a DOM); prosemirror-keymap reads these fields only.
    const event = { type: 'keydown', key, keyCode: 0, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false } as unknown as KeyboardEvent;
    // `completion`: only the bindings of the list (the first keymap, which comes before Tab cycling).
    const plugins = only === 'completion' ? state.plugins.filter((p) => p.props.handleKeyDown).slice(0, 1) : state.plugins;
    for (const plugin of plugins) {
      const handler = plugin.props.handleKeyDown;
      if (handler && handler.call(plugin, view, event)) return true;
    }
    return false;
  },
  { last: null as EditorState | null },
);
