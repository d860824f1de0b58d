// What to print: the episodes of one or more scripts (a file holding several episode markers gives one per
// marker), one of them, or all; laid out as a screenplay (one episode) or a series (several). Shared by the
// PDF writer (src/node/pdf), the print preview and the in-browser export, so all show the same pages.
import type { Layout, LayoutOptions, PaperId } from '../model/layout';
import type { Script } from '../model/script';
import { splitEpisodes } from './episodes';
import { paginate, profileFor, sceneNumbersFor } from './paginate';
import { paginateSeries } from './series';

/** A script to print: one episode file, or a file holding several episodes. */
export interface ScreenplaySource {
  script: Script;
  /** A name for it (the file name): the contents entry when the script has no episode marker. */
  label: string;
  /** The episode number its file name gives, when the script has no marker. */
  episode?: number | null;
}

export interface Episode {
  number: number | null;
  label: string;
  script: Script;
}

export interface PrintOptions extends LayoutOptions {
  paper?: PaperId;
  /** Only this episode (by its marker's number, else its file's). */
  episode?: number;
  /** Called after each episode of a series is laid out. */
  onLayout?: (done: number, total: number) => void;
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

/** The episodes to print under these options (all, or the one asked for). */
export function printedEpisodes(sources: ScreenplaySource[], options: PrintOptions = {}): Episode[] {
  const episodes = episodesOf(sources);
  if (episodes.length === 0) throw new Error('there is nothing to print');
  return options.episode !== undefined ? [pickEpisode(episodes, options.episode)] : episodes;
}

/**
 * The options with scene numbers decided once for all the sources: an episode printed alone, or each on its
 * own, is numbered as it is in the whole series.
 */
function seriesOptions<T extends PrintOptions>(sources: ScreenplaySource[], options: T): T {
  return options.sceneNumbers ? options : { ...options, sceneNumbers: sceneNumbersFor(sources.map((s) => s.script), options) };
}

/** The layout to print: one episode or script as a screenplay, several as a series. */
export function layoutFor(sources: ScreenplaySource[], printOptions: PrintOptions = {}): Layout {
  const options = seriesOptions(sources, printOptions);
  const episodes = printedEpisodes(sources, options);
  const profile = profileFor(episodes[0].script, options.paper, options);
  if (episodes.length === 1) {
    const layout = paginate(episodes[0].script, profile, options);
    options.onLayout?.(1, 1);
    return layout;
  }
  return paginateSeries(
    episodes.map((e) => ({ script: e.script, label: e.label })),
    profile,
    { ...options, onProgress: options.onLayout },
  );
}

/** Each episode laid out on its own (one PDF per episode). */
export function layoutEach(sources: ScreenplaySource[], printOptions: PrintOptions = {}): { episode: Episode; layout: Layout }[] {
  const options = seriesOptions(sources, printOptions);
  return printedEpisodes(sources, options).map((episode) => ({ episode, layout: paginate(episode.script, profileFor(episode.script, options.paper, options), options) }));
}
