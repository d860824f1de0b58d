// Screenplay PDF export, shared by the CLI and the app: one script, one episode of a series, the whole series
// in one file (cover, contents, bookmarks episode -> scene) or one PDF per episode, with progress.
import { paginate, paginateSeries, profileFor, splitEpisodes } from '../../core/layout';
import type { Layout, LayoutOptions, PaperId } from '../../core/model/layout';
import type { Script } from '../../core/model/script';
import { renderPdf, type PdfResult, type RenderOptions } from './screenplay';

/** A script to print: one episode file, or a file holding several episodes. */
export interface ScreenplaySource {
  script: Script;
  /** A name for it (the file name): the contents entry when the script has no episode marker. */
  label: string;
  /** The episode number its file name gives, when the script has no marker. */
  episode?: number | null;
}

export interface ExportProgress {
  phase: 'layout' | 'pages';
  done: number;
  total: number;
}

export interface ExportOptions extends LayoutOptions {
  paper?: PaperId;
  /** Only this episode (by its marker's number, else its file's). */
  episode?: number;
  onProgress?: (progress: ExportProgress) => void;
  render?: Omit<RenderOptions, 'onPage'>;
}

export interface Episode {
  number: number | null;
  label: string;
  script: Script;
}

/** The episodes of the sources, in order: a file with several episode markers gives one per marker. */
export function episodesOf(sources: ScreenplaySource[]): Episode[] {
  return sources.flatMap((src) => {
    const parts = splitEpisodes(src.script);
    return parts.map((part) => ({
      number: part.number ?? (parts.length === 1 ? (src.episode ?? null) : null),
      label: part.title ?? src.label,
      script: part.script,
    }));
  });
}

/** Picks episode N, with a message naming the episodes there are when it is not found. */
export function pickEpisode(episodes: Episode[], n: number): Episode {
  const found = episodes.find((e) => e.number === n) ?? (episodes.every((e) => e.number === null) ? episodes[n - 1] : undefined);
  if (found) return found;
  const have = episodes.map((e) => e.number).filter((x): x is number => x !== null);
  throw new Error(`there is no episode ${n}${have.length > 0 ? ` (episodes found: ${have.join(', ')})` : ''}`);
}

/** The layout to print: one episode or script as a screenplay, several as a series. */
export function layoutFor(sources: ScreenplaySource[], options: ExportOptions = {}): Layout {
  let episodes = episodesOf(sources);
  if (episodes.length === 0) throw new Error('there is nothing to print');
  if (options.episode !== undefined) episodes = [pickEpisode(episodes, options.episode)];
  const profile = profileFor(episodes[0].script, options.paper, options);
  if (episodes.length === 1) {
    const layout = paginate(episodes[0].script, profile, options);
    options.onProgress?.({ phase: 'layout', done: 1, total: 1 });
    return layout;
  }
  return paginateSeries(
    episodes.map((e) => ({ script: e.script, label: e.label })),
    profile,
    { ...options, onProgress: (done, total) => options.onProgress?.({ phase: 'layout', done, total }) },
  );
}

/** One PDF: a script, one episode, or the whole series with cover, contents and bookmarks. */
export async function exportPdf(sources: ScreenplaySource[], options: ExportOptions = {}): Promise<PdfResult> {
  const layout = layoutFor(sources, options);
  return renderPdf(layout, { ...options.render, onPage: (done, total) => options.onProgress?.({ phase: 'pages', done, total }) });
}

/** One PDF per episode, in order. */
export async function exportEpisodePdfs(sources: ScreenplaySource[], options: ExportOptions = {}): Promise<{ label: string; number: number | null; result: PdfResult }[]> {
  let episodes = episodesOf(sources);
  if (options.episode !== undefined) episodes = [pickEpisode(episodes, options.episode)];
  const out: { label: string; number: number | null; result: PdfResult }[] = [];
  for (const [i, ep] of episodes.entries()) {
    const profile = profileFor(ep.script, options.paper, options);
    const result = await renderPdf(paginate(ep.script, profile, options), options.render);
    out.push({ label: ep.label, number: ep.number, result });
    options.onProgress?.({ phase: 'pages', done: i + 1, total: episodes.length });
  }
  return out;
}
