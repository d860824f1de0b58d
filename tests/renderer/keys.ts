// Runs a key through a state's key bindings the way the view does (plugins' handleKeyDown, in order).
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { domSelectionKey } from '../../src/renderer/editor/dom-selection';

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
    // Without a DOM there is no selection on the page to read first (the e2e tests cover that plugin).
    const keyed = state.plugins.filter((p) => p.props.handleKeyDown && p.spec.key !== domSelectionKey);
    const plugins = only === 'completion' ? keyed.slice(0, 1) : keyed;
    for (const plugin of plugins) {
      const handler = plugin.props.handleKeyDown;
      if (handler && handler.call(plugin, view, event)) return true;
    }
    return false;
  },
  { last: null as EditorState | null },
);
