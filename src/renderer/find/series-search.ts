// Find and replace across the open series: the open episode (live), episodes kept unsaved in memory, and the
// others as last read from disk. Replacing writes the episodes that are not open back to their files (each
// save refuses a file another program changed); the open and kept ones change in the editor, undoable.
import type { EditorState } from 'prosemirror-state';
import type { Script } from '../../core/model/script';
import { parse } from '../../core/parse';
import { scriptOf } from '../editor/state';
import type { Workspace } from '../session/workspace';
import { findInLines, replaceAllInText } from './search';
import { replaceAllTransaction } from './find-plugin';

export interface SeriesHit {
  path: string;
  name: string;
  line: number;
  from: number;
  to: number;
  /** The line's text, for showing the match in context. */
  text: string;
}

export const MAX_SERIES_HITS = 500;

interface Source {
  path: string;
  name: string;
  script: Script;
  /** The editor state to change (open or kept episodes), or null for a file on disk. */
  state: EditorState | null;
  open: boolean;
}

function sources(workspace: Workspace): Source[] {
  const out: Source[] = [];
  const openPath = workspace.getSnapshot().doc?.path ?? null;
  for (const episode of workspace.library.episodes()) {
    if (episode.path === openPath) {
      const state = workspace.store.current();
      if (state) out.push({ path: episode.path, name: episode.name, script: scriptOf(state), state, open: true });
      continue;
    }
    const kept = workspace.keptState(episode.path);
    if (kept) {
      out.push({ path: episode.path, name: episode.name, script: scriptOf(kept), state: kept, open: false });
      continue;
    }
    const read = workspace.library.get(episode.path);
    if (read) out.push({ path: episode.path, name: episode.name, script: read.script, state: null, open: false });
  }
  return out;
}

export function searchSeries(workspace: Workspace, re: RegExp): { hits: SeriesHit[]; total: number; files: number } {
  const hits: SeriesHit[] = [];
  let total = 0;
  let files = 0;
  for (const source of sources(workspace)) {
    const lines = source.script.lines.map((l) => l.text);
    const matches = findInLines(lines, re);
    if (matches.length > 0) files++;
    total += matches.length;
    for (const m of matches) {
      if (hits.length >= MAX_SERIES_HITS) break;
      hits.push({ path: source.path, name: source.name, line: m.line, from: m.from, to: m.to, text: lines[m.line] });
    }
  }
  return { hits, total, files };
}

/** Replaces every match in every episode; how many matches and files, and the files that failed. */
export async function replaceInSeries(
  workspace: Workspace,
  re: RegExp,
  replacement: string,
  regex: boolean,
): Promise<{ count: number; files: number; failed: string[] }> {
  let count = 0;
  let files = 0;
  const failed: string[] = [];
  for (const source of sources(workspace)) {
    const lines = source.script.lines.map((l) => l.text);
    const matches = findInLines(lines, re);
    if (matches.length === 0) continue;
    if (source.open && workspace.view) {
      // The editor's state as it is now (saving other episodes above took a moment).
      const state = workspace.view.state;
      const now = findInLines(scriptOf(state).lines.map((l) => l.text), re);
      const tr = replaceAllTransaction(state, now, re, replacement, regex);
      if (!tr) continue;
      workspace.view.dispatch(tr);
      count += now.length;
      files++;
      continue;
    } else if (source.state) {
      const tr = replaceAllTransaction(source.state, matches, re, replacement, regex);
      if (!tr) continue;
      workspace.setKeptState(source.path, source.state.apply(tr));
    } else {
      const read = workspace.library.get(source.path);
      if (!read) continue;
      const next = replaceAllInText(read.text, re, replacement, regex);
      try {
        // Written for the writer, not opened by them: the recent list stays theirs.
        await workspace.api.saveFile(source.path, next.text, { recent: false });
        workspace.library.saved(source.path, next.text, parse(next.text));
      } catch (error) {
        failed.push(`${source.name}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
    }
    count += matches.length;
    files++;
  }
  return { count, files, failed };
}
