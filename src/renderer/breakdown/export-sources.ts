// What the report exports send: the open script, or every episode of the open series, as the editor holds
// them (the open one as typed so far, episodes switched away from with unsaved changes as kept in memory, the
// others as read from disk). Shared by the breakdown and shot-list panels' export dialogs.
import { textOf } from '../editor/state';
import type { OpenDocument, Workspace } from '../session/workspace';

export type ExportScope = 'script' | 'series';

export interface SourceEpisode {
  /** The file's path, or null for the sample and untitled scripts. */
  path: string | null;
  /** The file name, unique within one export. */
  name: string;
  text: string;
}

/** An episode of the series that could not be read: the export stops and says which (in the UI's language). */
export class UnreadEpisode extends Error {
  constructor(
    readonly episode: string,
    readonly reason: string,
  ) {
    super(`${episode}: ${reason}`);
  }
}

/** The episodes to export: the open script, or (scope `series`, when one is open) the whole series in order. */
export async function sourceEpisodes(workspace: Workspace, doc: OpenDocument, scope: ExportScope, untitled: string): Promise<SourceEpisode[]> {
  const own: SourceEpisode = { path: doc.path, name: doc.name || untitled, text: textOf(workspace.liveState(doc)) };
  const series = workspace.getSnapshot().series;
  if (scope === 'script' || !series) return [own];
  await workspace.library.loadAll(() => undefined);
  return workspace.library.episodes().map((e) => {
    if (e.path === doc.path) return { ...own, name: e.name };
    const kept = workspace.keptState(e.path);
    if (kept) return { path: e.path, name: e.name, text: textOf(kept) };
    const read = workspace.library.get(e.path);
    if (!read) throw new UnreadEpisode(e.name, workspace.library.error(e.path) ?? '');
    return { path: e.path, name: e.name, text: read.text };
  });
}

/** `ep03.fountain` -> `ep03`; the series folder's name for a series. */
export function baseName(doc: OpenDocument, scope: ExportScope, seriesName: string | null, untitled: string): string {
  const name = scope === 'series' && seriesName ? seriesName : doc.name || untitled;
  return name.replace(/\.[^.]*$/, '') || untitled;
}
