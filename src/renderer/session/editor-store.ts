// The live editor state, held outside React. The editor writes every new state here without re-rendering
// anything; React readers (status bar, navigator, panels) get a snapshot when typing pauses. A React
// commit while the editor has focus costs a walk over the whole editable DOM (React saves the selection),
// so nothing may re-render on each keystroke.
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { Script } from '../../core/model/script';
import { scriptKey } from '../editor/line-types';
import { lineAt } from '../editor/lines';

export interface EditorSnapshot {
  state: EditorState;
  script: Script;
  /** 0-based line of the caret. */
  caretLine: number;
  /** Unsaved changes. */
  dirty: boolean;
  /** Counts document changes since the editor opened (for memoising). */
  version: number;
}

/** How long typing must pause before readers hear about it, and the longest they wait while it goes on. */
export const PAUSE_MS = 250;
export const MAX_WAIT_MS = 10_000;

export class EditorStore {
  private state: EditorState | null = null;
  private saved: PMNode | null = null;
  private snapshot: EditorSnapshot | null = null;
  private listeners = new Set<() => void>();
  private dirtyListeners = new Set<(dirty: boolean) => void>();
  private editListeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private lastDirty = false;

  /** A new document: its state, saved as it is unless `dirty` (a restored recovery). */
  load(state: EditorState, dirty = false): void {
    this.state = state;
    this.saved = dirty ? null : state.doc;
    this.publish();
  }

  /** Every new editor state. Cheap: the readers hear about it later. */
  update(state: EditorState): void {
    const edited = this.state !== null && state.doc !== this.state.doc;
    this.state = state;
    if (edited) for (const listener of this.editListeners) listener();
    const dirty = this.isDirty();
    if (dirty !== this.lastDirty) {
      // The dirty marker shows at once: it changes rarely.
      this.publish();
      return;
    }
    const now = Date.now();
    if (!this.timer) this.firstPending = now;
    else clearTimeout(this.timer);
    const wait = now - this.firstPending >= MAX_WAIT_MS ? 0 : PAUSE_MS;
    this.timer = setTimeout(() => this.publish(), wait);
  }

  /** The document as just saved. */
  markSaved(doc: PMNode): void {
    this.saved = doc;
    this.publish();
  }

  /** The document as last saved (or loaded), or null when it never was. */
  savedDoc(): PMNode | null {
    return this.saved;
  }

  current(): EditorState | null {
    return this.state;
  }

  isDirty(): boolean {
    return !!this.state && (this.saved === null || !this.saved.eq(this.state.doc));
  }

  /** Tells readers now (after a jump, a load, a save). */
  publish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const state = this.state;
    if (!state) return;
    const plugin = scriptKey.getState(state);
    if (!plugin) return;
    const dirty = this.isDirty();
    const caretLine = lineAt(state.doc, state.selection.head);
    const prev = this.snapshot;
    if (prev && prev.state === state && prev.dirty === dirty) return;
    this.snapshot = { state, script: plugin.script, caretLine, dirty, version: plugin.version };
    if (dirty !== this.lastDirty) {
      this.lastDirty = dirty;
      for (const listener of this.dirtyListeners) listener(dirty);
    }
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): EditorSnapshot | null => this.snapshot;

  onDirtyChange(listener: (dirty: boolean) => void): () => void {
    this.dirtyListeners.add(listener);
    return () => this.dirtyListeners.delete(listener);
  }

  /** Calls `listener` at once on every change of the text (each keystroke: it must be cheap). */
  onEdit(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    this.dirtyListeners.clear();
    this.editListeners.clear();
  }
}
