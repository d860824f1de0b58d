// An episode's facts read with the project's knowledge: names merged into cast, extras picked out, known
// cast found in the action, sets chosen, timing from the rates. Memoised per facts object and context.
import type { DayNight, SceneElement, SetSource } from '../model/breakdown';
import type { Project, TimingRates } from '../model/project';
import type { TimeOfDay } from '../model/script';
import type { EpisodeFacts, SceneFacts } from './facts';
import { capitalRuns } from './facts';
import { aliasIndex, extrasRules, keyMaker, mentionFinder, type ExtrasRules, type ToSimplified } from './names';
import { setMatcher, type SetMatcher } from './sets';
import { eighthsOf, secondsOf } from './timing';

/** What a scene needs from the project; built once per project and converter, and per set of known names. */
export interface Context {
  project: Project;
  key: (name: string) => string;
  aliases: Map<string, { name: string; index: number }>;
  extras: ExtrasRules;
  sets: SetMatcher;
  language: 'en' | 'zh';
  rates: TimingRates;
  /** Known cast in action text (names of speakers and listed cast across the series, and project names). */
  mentions: (text: string) => string[];
  /** Identity of this context: memoised episodes are reused only with the same id. */
  id: string;
}

export interface ProjectContext {
  project: Project;
  key: (name: string) => string;
  aliases: Map<string, { name: string; index: number }>;
  extras: ExtrasRules;
  sets: SetMatcher;
  serial: number;
}

let serials = 0;

export function projectContext(project: Project, toSimplified: ToSimplified | undefined): ProjectContext {
  const key = keyMaker(toSimplified);
  return { project, key, aliases: aliasIndex(project, key), extras: extrasRules(project.settings.extras, key), sets: setMatcher(project, key), serial: ++serials };
}

export function context(base: ProjectContext, language: 'en' | 'zh', knownNames: string[]): Context {
  const names = [...knownNames, ...base.project.cast.flatMap((c) => [c.name, ...c.aliases])];
  return {
    ...base,
    language,
    rates: base.project.settings.timing[language],
    mentions: mentionFinder(names, language),
    id: `${base.serial}|${language}|${knownNames.join('\u0001')}`,
  };
}

/** A scene read with the project, lines still relative to its episode. */
export interface FinalScene {
  facts: SceneFacts;
  cast: string[];
  present: string[];
  extras: string[];
  elements: SceneElement[];
  dayNight: DayNight | null;
  set: string | null;
  setId: string | null;
  setSource: SetSource | null;
  eighths: number;
  seconds: number;
  /** Merge key and display name of everyone in the scene (cast and present), for the cast report. */
  people: { key: string; name: string; spellings: string[] }[];
  /** Speech counts by merge key. */
  speech: { key: string; speeches: number; characters: number }[];
  /** Merge key of the location. */
  locationKey: string;
}

export interface FinalEpisode {
  contextId: string;
  scenes: FinalScene[];
}

const DAY_NIGHT: Partial<Record<TimeOfDay, DayNight>> = {
  DAY: 'DAY', MORNING: 'DAY', AFTERNOON: 'DAY', DAWN: 'DAY', NIGHT: 'NIGHT', EVENING: 'NIGHT', DUSK: 'NIGHT',
};

export function finaliseEpisode(facts: EpisodeFacts, ctx: Context): FinalEpisode {
  let previousDayNight: DayNight | null = null;
  const scenes = facts.scenes.map((scene) => {
    const final = finaliseScene(scene, ctx, previousDayNight);
    previousDayNight = final.dayNight;
    return final;
  });
  return { contextId: ctx.id, scenes };
}

function finaliseScene(scene: SceneFacts, ctx: Context, previous: DayNight | null): FinalScene {
  const { key, aliases, extras } = ctx;
  const people = new Map<string, { key: string; name: string; spellings: string[] }>();
  const cast: string[] = [];
  const extrasList: string[] = [];
  const display = (name: string) => aliases.get(key(name))?.name ?? name;
  const addPerson = (name: string, into: string[] | null) => {
    const k = aliases.get(key(name)) ? key(aliases.get(key(name))!.name) : key(name);
    const existing = people.get(k);
    if (existing) {
      if (!existing.spellings.includes(name)) existing.spellings.push(name);
      return;
    }
    const shown = display(name);
    people.set(k, { key: k, name: shown, spellings: [name] });
    into?.push(shown);
  };

  for (const name of [...scene.listed, ...scene.speakers.map((s) => s.name)]) {
    if (extras.isExtra(name)) {
      if (!extrasList.includes(name)) extrasList.push(name);
    } else addPerson(name, cast);
  }
  for (const name of scene.extrasTags) if (!extrasList.includes(name)) extrasList.push(name);

  const present: string[] = [];
  if (ctx.language === 'en' || !scene.hasCastList) {
    for (const found of ctx.mentions(scene.action)) {
      if (!extras.isExtra(found) && !people.has(aliases.get(key(found)) ? key(aliases.get(key(found))!.name) : key(found))) {
        // Shown as the known spelling (the cue), not as it happens to be written in the action.
        addPerson(canonicalSpelling(found, ctx), present);
      }
    }
  }
  // Crowds in the action: capitals in English (`PASSERSBY gather round`); in Chinese only when the scene has
  // no cast line (a cast line lists its crowds: 路人若干).
  const crowd = ctx.language === 'en' ? capitalRuns(scene.action).flatMap((run) => extras.inAction(run, 'en')) : scene.hasCastList ? [] : extras.inAction(scene.action, 'zh');
  for (const word of crowd) if (!extrasList.some((e) => e.includes(word) || key(e).includes(key(word)))) extrasList.push(word);

  const speech = scene.speakers.map((s) => ({ key: personKey(s.name, ctx), speeches: s.speeches, characters: s.characters }));
  const choice = ctx.sets.choose(scene.location);
  const dayNight = (scene.time && DAY_NIGHT[scene.time]) ?? (scene.time ? previous : null);
  return {
    facts: scene,
    cast,
    present,
    extras: extrasList,
    elements: scene.tags.map((t) => ({ category: t.category, name: t.name, line: t.line })),
    dayNight,
    set: choice.set?.name ?? null,
    setId: choice.set?.id ?? null,
    setSource: choice.source,
    eighths: eighthsOf(scene.printed, ctx.rates),
    seconds: secondsOf({ dialogue: scene.dialogueUnits, speeches: scene.speeches, action: scene.actionUnits, captions: scene.captions }, ctx.rates),
    people: [...people.values()],
    speech,
    locationKey: key(scene.location),
  };
}

function personKey(name: string, ctx: Context): string {
  const alias = ctx.aliases.get(ctx.key(name));
  return alias ? ctx.key(alias.name) : ctx.key(name);
}

/** The mention as its project name, else upper-cased in English (the cue's spelling), else as found. */
function canonicalSpelling(found: string, ctx: Context): string {
  const alias = ctx.aliases.get(ctx.key(found));
  if (alias) return alias.name;
  return ctx.language === 'en' ? found.toUpperCase() : found;
}
