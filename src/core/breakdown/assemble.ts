// One episode of the breakdown as printed: its number, absolute lines, scene ids and warnings, from its
// memoised reading. Reused as long as the episode keeps its number, first line and file.
import type { EpisodeBreakdown, EpisodeWarning, SceneBreakdown } from '../model/breakdown';
import type { ProjectSettings } from '../model/project';
import type { EpisodeFacts } from './facts';
import type { FinalEpisode, FinalScene } from './finalise';

export interface Place {
  number: number;
  /** Index of the episode's first line in its file. */
  lineBase: number;
  file: string;
  prelude: boolean;
}

export interface AssembledScene {
  scene: SceneBreakdown;
  final: FinalScene;
}

export interface Assembled {
  place: Place;
  episode: EpisodeBreakdown;
  scenes: AssembledScene[];
}

export const samePlace = (a: Place, b: Place): boolean => a.number === b.number && a.lineBase === b.lineBase && a.file === b.file && a.prelude === b.prelude;

export function assembleEpisode(f: EpisodeFacts, final: FinalEpisode, place: Place, settings: ProjectSettings): Assembled {
  const { number, lineBase } = place;
  const ids = new Map<string, number>();
  const warnings: EpisodeWarning[] = [];
  const pairs: AssembledScene[] = [];
  const scenes: SceneBreakdown[] = final.scenes.map((fs, index) => {
    const written = fs.facts.number;
    const sceneNumber = written ?? `${number}-${index + 1}`;
    const base = `${number}/${sceneNumber}`;
    const repeat = (ids.get(base) ?? 0) + 1;
    ids.set(base, repeat);
    if (repeat === 2) warnings.push({ code: 'duplicate-number', message: `scene number ${sceneNumber} is used more than once` });
    const scene: SceneBreakdown = {
      id: repeat === 1 ? base : `${base}~${repeat}`,
      fingerprint: fs.facts.fingerprint,
      episode: number,
      number: sceneNumber,
      numberWritten: written !== null,
      heading: fs.facts.heading,
      intExt: fs.facts.intExt,
      location: fs.facts.location,
      time: fs.facts.time,
      timeText: fs.facts.timeText,
      dayNight: fs.dayNight,
      set: fs.set,
      setId: fs.setId,
      setSource: fs.setSource,
      cast: fs.cast,
      listed: fs.facts.listed,
      speaking: fs.facts.speakers.map((s) => s.name),
      present: fs.present,
      extras: fs.extras,
      elements: fs.elements.map((e) => ({ category: e.category, name: e.name, line: e.line + lineBase + 1 })),
      eighths: fs.eighths,
      seconds: fs.seconds,
      flashback: fs.facts.flashback,
      line: fs.facts.line + lineBase + 1,
      endLine: fs.facts.endLine + lineBase + 1,
      file: place.file,
    };
    pairs.push({ scene, final: fs });
    return scene;
  });
  const seconds = scenes.reduce((sum, s) => sum + s.seconds, 0);
  const eighths = scenes.reduce((sum, s) => sum + s.eighths, 0);
  if (place.prelude) warnings.push({ code: 'before-first-episode', message: 'scenes before the first episode marker' });
  if (scenes.length === 0) warnings.push({ code: 'no-scenes', message: 'no scene headings' });
  if (f.hook === null) warnings.push({ code: 'no-hook', message: 'no closing hook (【卡点】, or an action paragraph after a lone [[hook]] note)' });
  const target = settings.targetEpisodeSeconds;
  const tolerance = settings.episodeLengthTolerance;
  if (scenes.length > 0 && seconds < target * (1 - tolerance)) warnings.push({ code: 'too-short', message: `about ${seconds} s, far below the ${target} s target` });
  if (seconds > target * (1 + tolerance)) warnings.push({ code: 'too-long', message: `about ${seconds} s, far above the ${target} s target` });
  const episode: EpisodeBreakdown = {
    number,
    title: f.title,
    hook: f.hook,
    hookLine: f.hookLine === null ? null : f.hookLine + lineBase + 1,
    paywall: settings.paywallEpisodes.includes(number),
    sceneCount: scenes.length,
    seconds,
    eighths,
    line: (f.markerLine ?? 0) + lineBase + 1,
    file: place.file,
    warnings,
    scenes,
  };
  return { place, episode, scenes: pairs };
}
