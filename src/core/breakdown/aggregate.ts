// The series-wide reports: cast, locations, sets and elements, in order of first appearance (sets in
// catalogue order, then elements by category). Built from every scene on each call: cheap next to reading text.
import type {
  Appearance,
  CastReportEntry,
  ElementReportEntry,
  LocationReportEntry,
  SceneBreakdown,
  SeriesBreakdown,
  SetReportEntry,
} from '../model/breakdown';
import type { Project } from '../model/project';
import { CATEGORY_IDS } from './categories';
import type { FinalScene } from './finalise';

const appearance = (s: SceneBreakdown): Appearance => ({ episode: s.episode, scene: s.number, line: s.line, file: s.file });

function addEpisode(list: number[], episode: number): void {
  if (list[list.length - 1] !== episode && !list.includes(episode)) list.push(episode);
}

type Reports = Pick<SeriesBreakdown, 'cast' | 'locations' | 'sets' | 'unmapped' | 'elements'>;

/**
 * The reports of every scene. `usedSetsOnly` (the starter catalogue) leaves out the sets no location went to:
 * they are the starter's keyword rules, not sets the production has.
 */
export function aggregate(scenes: readonly { scene: SceneBreakdown; final: FinalScene }[], project: Project, usedSetsOnly = false): Reports {
  const cast = new Map<string, CastReportEntry>();
  const locations = new Map<string, LocationReportEntry>();
  const elements = new Map<string, ElementReportEntry>();
  const sets = new Map<string, SetReportEntry>(
    project.sets.map((s) => [
      s.id,
      {
        id: s.id,
        name: s.name,
        group: s.group ?? null,
        stage: s.stage ?? null,
        kind: s.kind ?? null,
        style: s.style ?? null,
        locations: [],
        scenes: 0,
        sceneIds: [],
        episodes: [],
        dayScenes: 0,
        nightScenes: 0,
        eighths: 0,
        seconds: 0,
      },
    ]),
  );
  const projectCast = new Map(project.cast.map((c) => [c.name, c]));

  for (const { scene, final } of scenes) {
    const at = appearance(scene);
    for (const person of final.people) {
      let entry = cast.get(person.key);
      if (!entry) {
        const known = projectCast.get(person.name);
        entry = {
          id: person.key,
          name: person.name,
          spellings: [],
          scenes: 0,
          sceneIds: [],
          episodes: [],
          speeches: 0,
          characters: 0,
          first: at,
          last: at,
          dayRate: known?.dayRate ?? null,
          currency: known?.currency ?? null,
          inProject: known !== undefined,
          extra: person.extra,
        };
        cast.set(person.key, entry);
      }
      for (const spelling of person.spellings) if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
      if (person.extra) entry.extra = true;
      entry.scenes++;
      entry.sceneIds.push(scene.id);
      addEpisode(entry.episodes, scene.episode);
      entry.last = at;
    }
    for (const s of final.speech) {
      const entry = cast.get(s.key);
      if (entry) {
        entry.speeches += s.speeches;
        entry.characters += s.characters;
      }
    }

    const lk = final.locationKey;
    let location = locations.get(lk);
    if (!location) {
      location = { id: lk, location: scene.location, spellings: [], set: scene.set, setId: scene.setId, setSource: scene.setSource, scenes: 0, sceneIds: [], episodes: [], intExt: [], times: [], eighths: 0, seconds: 0 };
      locations.set(lk, location);
    }
    if (!location.spellings.includes(scene.location)) location.spellings.push(scene.location);
    location.scenes++;
    location.sceneIds.push(scene.id);
    addEpisode(location.episodes, scene.episode);
    if (scene.intExt && !location.intExt.includes(scene.intExt)) location.intExt.push(scene.intExt);
    const time = scene.timeText ?? scene.time;
    if (time && !location.times.includes(time)) location.times.push(time);
    location.eighths += scene.eighths;
    location.seconds += scene.seconds;

    const set = scene.setId ? sets.get(scene.setId) : undefined;
    if (set) {
      if (!set.locations.includes(location.location)) set.locations.push(location.location);
      set.scenes++;
      set.sceneIds.push(scene.id);
      addEpisode(set.episodes, scene.episode);
      if (scene.dayNight === 'DAY') set.dayScenes++;
      if (scene.dayNight === 'NIGHT') set.nightScenes++;
      set.eighths += scene.eighths;
      set.seconds += scene.seconds;
    }

    for (const el of scene.elements) {
      const k = `${el.category}\u0001${el.name.toLowerCase()}`;
      let entry = elements.get(k);
      if (!entry) {
        entry = { category: el.category, name: el.name, scenes: 0, sceneIds: [], episodes: [], first: { ...at, line: el.line } };
        elements.set(k, entry);
      }
      if (entry.sceneIds[entry.sceneIds.length - 1] !== scene.id) {
        entry.scenes++;
        entry.sceneIds.push(scene.id);
      }
      addEpisode(entry.episodes, scene.episode);
    }
  }

  const order = new Map(CATEGORY_IDS.map((c, i) => [c, i]));
  const locationList = [...locations.values()];
  return {
    cast: [...cast.values()],
    locations: locationList,
    sets: [...sets.values()].filter((s) => !usedSetsOnly || s.scenes > 0),
    unmapped: locationList.filter((l) => l.setSource === null).map((l) => l.location),
    elements: [...elements.values()].sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0)),
  };
}
