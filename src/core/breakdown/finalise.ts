// An episode's facts read with the project's knowledge: names merged into cast, extras picked out, known
// cast found in the action, sets chosen, timing from the rates. Memoised per facts object and context.
import type { DayNight, SceneElement, SetSource } from '../model/breakdown';
import type { Project, TimingRates } from '../model/project';
import type { TimeOfDay } from '../model/script';
import type { EpisodeFacts, SceneFacts } from './facts';
import { capitalRuns } from './facts';
import { aliasIndex, extrasRules, keyMaker, mentionFinder, type ExtrasRules, type ToSimplified } from './names';
import { isStarterCatalogue } from './project/defaults';
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
  /** The name a person goes by in the whole series, by person key (see `canonicalNames`). */
  canonical: ReadonlyMap<string, string>;
  /** Identity of this context: memoised episodes are reused only with the same id. */
  id: string;
}

export interface ProjectContext {
  project: Project;
  key: (name: string) => string;
  aliases: Map<string, { name: string; index: number }>;
  extras: ExtrasRules;
  sets: SetMatcher;
  /** The catalogue is the starter one (see `isStarterCatalogue`). */
  starter: boolean;
  serial: number;
}

let serials = 0;

export function projectContext(project: Project, toSimplified: ToSimplified | undefined): ProjectContext {
  const key = keyMaker(toSimplified);
  return {
    project,
    key,
    aliases: aliasIndex(project, key),
    extras: extrasRules(project.settings.extras, key),
    sets: setMatcher(project, key),
    starter: isStarterCatalogue(project.sets),
    serial: ++serials,
  };
}

/** The key a person is merged under: the project name's when the name is one of its names or aliases. */
export function personKey(name: string, base: Pick<ProjectContext, 'key' | 'aliases'>): string {
  const alias = base.aliases.get(base.key(name));
  return alias ? base.key(alias.name) : base.key(name);
}

/**
 * The name each person goes by in the whole series, by person key: the project's name, else the first
 * spelling met (listed before speaking within a scene, in series order). Scenes' `cast` and the cast report
 * both use it, so `張浩` in episode 2 shows as the `张浩` of episode 1.
 */
export function canonicalNames(base: ProjectContext, scenes: Iterable<SceneFacts>): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const k = personKey(name, base);
    if (!names.has(k)) names.set(k, base.aliases.get(base.key(name))?.name ?? name);
  };
  for (const scene of scenes) {
    for (const name of scene.listed) add(name);
    for (const s of scene.speakers) add(s.name);
  }
  return names;
}

/** Identity of a context: the project, the language, the series' known names and the names people go by. */
export function contextId(base: ProjectContext, language: 'en' | 'zh', knownNames: readonly string[], canonical: ReadonlyMap<string, string>): string {
  return `${base.serial}|${language}|${knownNames.join('\u0001')}|${[...canonical.values()].sort().join('\u0001')}`;
}

export function context(base: ProjectContext, language: 'en' | 'zh', knownNames: string[], canonical: ReadonlyMap<string, string> = new Map()): Context {
  const names = [...knownNames, ...base.project.cast.flatMap((c) => [c.name, ...c.aliases])];
  return {
    ...base,
    language,
    rates: base.project.settings.timing[language],
    mentions: mentionFinder(names, language),
    canonical,
    id: contextId(base, language, knownNames, canonical),
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
  /** Merge key and name of everyone in the scene (cast and present), for the cast report; `extra` when the extras rules match. */
  people: { key: string; name: string; spellings: string[]; extra: boolean }[];
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
  const { key, extras } = ctx;
  const people = new Map<string, FinalScene['people'][number]>();
  const cast: string[] = [];
  const extrasList: string[] = [];
  const addPerson = (name: string, into: string[]): string => {
    const k = personKey(name, ctx);
    const existing = people.get(k);
    if (existing) {
      if (!existing.spellings.includes(name)) existing.spellings.push(name);
      if (!existing.extra && extras.isExtra(name)) existing.extra = true;
      return existing.name;
    }
    const shown = canonicalSpelling(name, ctx);
    people.set(k, { key: k, name: shown, spellings: [name], extra: extras.isExtra(name) });
    into.push(shown);
    return shown;
  };

  // Cast = listed + speaking, under the series' name for each person. Bit parts the extras rules match
  // (记者A, 保镖甲, FISHERMAN #1) are cast too, and also extras, under the same name.
  for (const name of [...scene.listed, ...scene.speakers.map((s) => s.name)]) {
    const shown = addPerson(name, cast);
    if (extras.isExtra(name) && !extrasList.includes(shown)) extrasList.push(shown);
  }
  for (const name of scene.extrasTags) if (!extrasList.includes(name)) extrasList.push(name);

  const present: string[] = [];
  if (ctx.language === 'en' || !scene.hasCastList) {
    for (const found of ctx.mentions(scene.action)) {
      // Shown as the known spelling (the cue), not as it happens to be written in the action.
      if (!extras.isExtra(found) && !people.has(personKey(found, ctx))) addPerson(mentionSpelling(found, ctx), present);
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

/** A name as the series shows it: the project's name, else the first spelling in the series. */
function canonicalSpelling(name: string, ctx: Context): string {
  return ctx.canonical.get(personKey(name, ctx)) ?? ctx.aliases.get(ctx.key(name))?.name ?? name;
}

/** A name found in the action: as the series shows it, else upper-cased in English (the cue's spelling). */
function mentionSpelling(found: string, ctx: Context): string {
  const known = ctx.canonical.get(personKey(found, ctx)) ?? ctx.aliases.get(ctx.key(found))?.name;
  if (known) return known;
  return ctx.language === 'en' ? found.toUpperCase() : found;
}
