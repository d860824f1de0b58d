// Series episodes the writer switched away from with unsaved changes, kept in memory (with their undo
// history) until they are opened again, saved, or the writer agrees to drop them.
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';

export interface KeptEpisode {
  state: EditorState;
  /** The document as last saved (or read), or null when it never was. */
  saved: PMNode | null;
  /** The document as last sent to its recovery copy, or null. */
  autosaved: PMNode | null;
}

function dirty(kept: KeptEpisode): boolean {
  return kept.saved === null || !kept.saved.eq(kept.state.doc);
}

export class KeptEpisodes {
  private episodes = new Map<string, KeptEpisode>();

  keep(path: string, state: EditorState, saved: PMNode | null): void {
    this.episodes.set(path, { state, saved, autosaved: null });
  }

  /** The kept episode of `path`, no longer kept. */
  take(path: string): KeptEpisode | null {
    const kept = this.episodes.get(path) ?? null;
    this.episodes.delete(path);
    return kept;
  }

  state(path: string): EditorState | null {
    return this.episodes.get(path)?.state ?? null;
  }

  /** Replaces the state of a kept episode (a replace-all in the series). */
  setState(path: string, state: EditorState): void {
    const kept = this.episodes.get(path);
    this.episodes.set(path, { state, saved: kept?.saved ?? null, autosaved: kept?.autosaved ?? null });
  }

  isDirty(path: string): boolean {
    const kept = this.episodes.get(path);
    return !!kept && dirty(kept);
  }

  /** The paths of the episodes with unsaved changes (but those `except` picks), in the order they were kept. */
  dirtyPaths(except: (path: string) => boolean = () => false): string[] {
    return [...this.episodes].filter(([path, kept]) => dirty(kept) && !except(path)).map(([path]) => path);
  }

  /** The episode was saved as it is. */
  saved(path: string): void {
    const kept = this.episodes.get(path);
    if (kept) this.episodes.set(path, { ...kept, saved: kept.state.doc, autosaved: kept.state.doc });
  }

  /**
   * The unsaved episodes (but `except`) whose text changed since their last recovery copy, marked as sent;
   * `failed` marks one as not sent after all.
   */
  toAutosave(except: string | null): { path: string; state: EditorState; failed: () => void }[] {
    const out: { path: string; state: EditorState; failed: () => void }[] = [];
    for (const path of this.dirtyPaths((p) => p === except)) {
      const kept = this.episodes.get(path)!;
      if (kept.autosaved === kept.state.doc) continue;
      kept.autosaved = kept.state.doc;
      out.push({ path, state: kept.state, failed: () => (kept.autosaved = null) });
    }
    return out;
  }

  /** Drops every episode `keep` does not pick. */
  retain(keep: (path: string) => boolean): void {
    for (const path of [...this.episodes.keys()]) if (!keep(path)) this.episodes.delete(path);
  }

  clear(): void {
    this.episodes.clear();
  }
}
