// The breakdown and the shot-list table of a series given as texts: the episodes as the editor holds them,
// the project file's text and each episode's shot-list text. What the app's report exports start from, in the
// main process (which writes the files with src/node/reports, src/node/shots and src/node/pdf) and in the
// in-browser stand-in alike, so both export the same tables as the CLI prints from files.
import { breakdownSeries, readProject, type SeriesDocument, type ToSimplified } from '../breakdown';
import type { SeriesBreakdown } from '../model/breakdown';
import type { Project } from '../model/project';
import { parse } from '../parse';
import { emptyShotList, readShotList, resolveShots, shotScenes, shotTable, type LabelLanguage, type OrphanInput, type SceneShotsInput, type ShotGrouping, type ShotTable } from '../shots';

export interface EpisodeText {
  /** The file's name (`ep03.fountain`), as the reports show it; unique within the series. */
  name: string;
  text: string;
}

export interface EpisodeShotsText extends EpisodeText {
  /** The episode's shot-list text (`*.shots.json`), or null when it has none. */
  shots: string | null;
}

/** A project text that cannot be read, or a shot list that cannot be read: the message names which and why. */
export class SeriesTextError extends Error {}

/** The project of a project file's text; null (the starter catalogue) for null. Throws SeriesTextError. */
export function projectOfText(text: string | null): Project | null {
  if (text === null) return null;
  const read = readProject(text);
  if (!read.ok) throw new SeriesTextError(`The project could not be read: ${read.message}`);
  return read.project;
}

function documentsOf(episodes: readonly EpisodeText[]): SeriesDocument[] {
  return episodes.map((e) => ({ name: e.name, script: parse(e.text) }));
}

/** The series broken down as the breakdown panel and `shotline breakdown` do. */
export function breakdownOfTexts(episodes: readonly EpisodeText[], projectText: string | null, toSimplified?: ToSimplified): SeriesBreakdown {
  return breakdownSeries(documentsOf(episodes), { project: projectOfText(projectText), toSimplified });
}

export interface ShotTableOfTexts {
  table: ShotTable;
  breakdown: SeriesBreakdown;
  /** Shots whose scene is no longer in the script (printed last, marked). */
  orphans: number;
}

export interface ShotTableTextOptions {
  /** The labels' language; by default the series'. */
  language?: LabelLanguage;
  grouping: ShotGrouping;
  toSimplified?: ToSimplified;
}

/**
 * The shot-list table of the series: each episode's shot list read against its scenes as they are now (as the
 * panel and `shotline shots` read it), orphans last. A shot list that cannot be read throws SeriesTextError
 * naming the episode: an export never leaves shots out without saying so.
 */
export function shotTableOfTexts(episodes: readonly EpisodeShotsText[], projectText: string | null, options: ShotTableTextOptions): ShotTableOfTexts {
  const documents = documentsOf(episodes);
  const breakdown = breakdownSeries(documents, { project: projectOfText(projectText), toSimplified: options.toSimplified });
  const scenes: SceneShotsInput[] = [];
  const orphans: OrphanInput[] = [];
  let lost = 0;
  documents.forEach((doc, i) => {
    const text = episodes[i].shots;
    const read = text === null ? null : readShotList(text, doc.name.replace(/\.[^.]*$/, '') + '.shots.json');
    if (read && !read.ok) throw new SeriesTextError(`The shot list of ${doc.name} could not be read: ${read.message}`);
    const keyed = shotScenes(doc.script, doc.name, breakdown);
    const resolved = resolveShots(read ? read.list : emptyShotList(doc.name), keyed);
    for (const scene of keyed) scenes.push({ script: doc.script, scene, shots: resolved.scenes[scene.id]?.shots ?? [] });
    for (const block of resolved.orphans) {
      orphans.push({ file: doc.name, block });
      lost += block.shots.length;
    }
  });
  const table = shotTable(scenes, orphans, { language: options.language ?? breakdown.series.languageTag, grouping: options.grouping });
  return { table, breakdown, orphans: lost };
}
