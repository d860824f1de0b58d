// Reading a project file's text: JSON syntax, the format and version check, migration from older versions,
// and a check of every field with a message that names the field. Keys this version does not know are kept
// in `preserved` and written back on save. Pure: no file system here (src/node/project reads the file).
import {
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  type CastEntry,
  type LocationMapping,
  type Preserved,
  type Project,
  type ProjectLanguage,
  type ProjectSettings,
  type SetEntry,
  type TimingRates,
} from '../../model/project';
import { defaultSettings, DEFAULT_TIMING } from './defaults';

export type ProjectProblem = 'syntax' | 'not-a-project' | 'newer-version' | 'invalid';

export type ProjectReadResult =
  | { ok: true; project: Project; migratedFrom: number | null }
  | { ok: false; problem: ProjectProblem; message: string };

/** One step of migration: a project object of version `from` to version `from + 1`. */
export interface Migration {
  from: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Migrations of older formats, in order. Version 1 is the first format, so there are none yet; a change of
 * format adds one entry here (and raises PROJECT_FORMAT_VERSION) instead of breaking older files.
 */
export const MIGRATIONS: readonly Migration[] = [];

class Invalid extends Error {}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a project file's text. Never throws for bad input: the result says what is wrong and where. */
export function readProject(text: string, options: { migrations?: readonly Migration[]; currentVersion?: number } = {}): ProjectReadResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = options.currentVersion ?? PROJECT_FORMAT_VERSION;
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: 'syntax', message: `it is not valid JSON: ${syntaxMessage(text, error)}` };
  }
  if (!isObject(raw) || raw.format !== PROJECT_FORMAT) {
    return { ok: false, problem: 'not-a-project', message: `it is not a Shotline project (a project file is a JSON object with "format": "${PROJECT_FORMAT}")` };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'invalid', message: `"version" must be a whole number from 1 up, not ${JSON.stringify(version)}` };
  }
  if (version > current) {
    return {
      ok: false,
      problem: 'newer-version',
      message: `it was written by a newer Shotline (project format ${version}; this version reads up to ${current}). Update Shotline to open it; the file was left as it is`,
    };
  }
  let obj: Raw = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, problem: 'invalid', message: `no migration from project format ${v} to ${v + 1}` };
    obj = { ...step.migrate(obj), version: v + 1 };
  }
  try {
    return { ok: true, project: checkProject(obj), migratedFrom: version < current ? version : null };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: 'invalid', message: error.message };
    throw error;
  }
}

function syntaxMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const detail = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!at) return message;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${detail} at line ${line}, column ${column}`;
}

const KNOWN_TOP = ['format', 'version', 'title', 'language', 'episodes', 'settings', 'sets', 'locations', 'cast'];
const KNOWN_SETTINGS = ['osVo', 'timing', 'targetEpisodeSeconds', 'episodeLengthTolerance', 'paywallEpisodes', 'extras'];
type RateKey = Exclude<keyof TimingRates, 'preserved'>;
const KNOWN_RATES: RateKey[] = ['dialoguePerSecond', 'actionPerSecond', 'secondsPerSpeech', 'secondsPerScene', 'secondsPerCaption', 'charsPerLine', 'linesPerPage'];
const KNOWN_SET = ['id', 'name', 'group', 'stage', 'kind', 'style', 'aliases', 'keywords', 'dayRate', 'currency'];
const KNOWN_LOCATION = ['location', 'set'];
const KNOWN_CAST = ['name', 'aliases', 'actor', 'dayRate', 'currency'];

function preserved(obj: Raw, known: readonly string[]): { preserved?: Preserved } {
  const extra: Preserved = {};
  let any = false;
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) {
      extra[key] = obj[key];
      any = true;
    }
  }
  return any ? { preserved: extra } : {};
}

const fail = (path: string, what: string, value: unknown): never => {
  throw new Invalid(`"${path}" must be ${what}, not ${JSON.stringify(value) ?? 'undefined'}`);
};

function str(obj: Raw, key: string, path: string, fallback?: string): string {
  const v = obj[key];
  if (v === undefined && fallback !== undefined) return fallback;
  return typeof v === 'string' ? v : fail(path, 'text', v);
}

function optStr(obj: Raw, key: string, path: string): { [k: string]: string } {
  const v = obj[key];
  if (v === undefined || v === null) return {};
  return typeof v === 'string' ? { [key]: v } : fail(path, 'text', v);
}

function optNum(obj: Raw, key: string, path: string): { [k: string]: number } {
  const v = obj[key];
  if (v === undefined || v === null) return {};
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? { [key]: v } : fail(path, 'a number from 0 up', v);
}

function num(obj: Raw, key: string, path: string, fallback: number, positive = false): number {
  const v = obj[key];
  if (v === undefined) return fallback;
  const good = typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0);
  return good ? v : fail(path, positive ? 'a number above 0' : 'a number from 0 up', v);
}

function strings(obj: Raw, key: string, path: string): string[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(path, 'a list of texts', v);
  return [...(v as string[])];
}

function list(obj: Raw, key: string): Raw[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(key, 'a list', v);
  return (v as unknown[]).map((item, i) => (isObject(item) ? item : fail(`${key}[${i}]`, 'an object', item)));
}

const LANGUAGES: readonly ProjectLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

function checkProject(obj: Raw): Project {
  const language = obj.language === undefined ? 'en' : obj.language;
  if (!LANGUAGES.includes(language as ProjectLanguage)) fail('language', `one of ${LANGUAGES.join(', ')}`, language);
  const settingsRaw = obj.settings === undefined ? {} : obj.settings;
  if (!isObject(settingsRaw)) fail('settings', 'an object', settingsRaw);
  const sets = list(obj, 'sets').map(checkSet);
  const ids = new Set<string>();
  for (const s of sets) {
    if (ids.has(s.id)) throw new Invalid(`two sets have the id "${s.id}"; set ids must be unique`);
    ids.add(s.id);
  }
  const locations = list(obj, 'locations').map((raw, i): LocationMapping => {
    const set = raw.set;
    if (set !== null && typeof set !== 'string') fail(`locations[${i}].set`, 'a set id or null', set);
    if (typeof set === 'string' && !ids.has(set)) throw new Invalid(`"locations[${i}].set" names the set "${set}", which is not in "sets"`);
    return { location: str(raw, 'location', `locations[${i}].location`), set: set as string | null, ...preserved(raw, KNOWN_LOCATION) };
  });
  return {
    format: PROJECT_FORMAT,
    version: obj.version as number,
    title: str(obj, 'title', 'title', ''),
    language: language as ProjectLanguage,
    episodes: strings(obj, 'episodes', 'episodes'),
    settings: checkSettings(settingsRaw as Raw),
    sets,
    locations,
    cast: list(obj, 'cast').map(checkCast),
    ...preserved(obj, KNOWN_TOP),
  };
}

function checkSet(raw: Raw, i: number): SetEntry {
  const p = `sets[${i}]`;
  const id = str(raw, 'id', `${p}.id`);
  if (!id.trim()) fail(`${p}.id`, 'a non-empty id', id);
  return {
    id,
    name: str(raw, 'name', `${p}.name`, id),
    ...optStr(raw, 'group', `${p}.group`),
    ...optStr(raw, 'stage', `${p}.stage`),
    ...optStr(raw, 'kind', `${p}.kind`),
    ...optStr(raw, 'style', `${p}.style`),
    aliases: strings(raw, 'aliases', `${p}.aliases`),
    keywords: strings(raw, 'keywords', `${p}.keywords`),
    ...optNum(raw, 'dayRate', `${p}.dayRate`),
    ...optStr(raw, 'currency', `${p}.currency`),
    ...preserved(raw, KNOWN_SET),
  };
}

function checkCast(raw: Raw, i: number): CastEntry {
  const p = `cast[${i}]`;
  return {
    name: str(raw, 'name', `${p}.name`),
    aliases: strings(raw, 'aliases', `${p}.aliases`),
    ...optStr(raw, 'actor', `${p}.actor`),
    ...optNum(raw, 'dayRate', `${p}.dayRate`),
    ...optStr(raw, 'currency', `${p}.currency`),
    ...preserved(raw, KNOWN_CAST),
  };
}

function checkRates(raw: unknown, path: string, defaults: TimingRates): TimingRates {
  if (raw === undefined) return { ...defaults };
  if (!isObject(raw)) return fail(path, 'an object', raw);
  const rates = { ...defaults };
  for (const key of KNOWN_RATES) rates[key] = num(raw, key, `${path}.${key}`, defaults[key] as number, true);
  return { ...rates, ...preserved(raw, KNOWN_RATES) };
}

function checkSettings(raw: Raw): ProjectSettings {
  const d = defaultSettings();
  const osVo = raw.osVo === undefined ? d.osVo : raw.osVo;
  if (osVo !== 'mainland' && osVo !== 'hollywood') fail('settings.osVo', '"mainland" or "hollywood"', osVo);
  const timing = raw.timing === undefined ? {} : raw.timing;
  if (!isObject(timing)) fail('settings.timing', 'an object', timing);
  const t = timing as Raw;
  const paywall = raw.paywallEpisodes === undefined ? [] : raw.paywallEpisodes;
  if (!Array.isArray(paywall) || paywall.some((n) => typeof n !== 'number' || !Number.isInteger(n))) {
    fail('settings.paywallEpisodes', 'a list of episode numbers', paywall);
  }
  const timingPreserved = preserved(t, ['en', 'zh']).preserved;
  return {
    osVo: osVo as ProjectSettings['osVo'],
    timing: {
      en: checkRates(t.en, 'settings.timing.en', DEFAULT_TIMING.en),
      zh: checkRates(t.zh, 'settings.timing.zh', DEFAULT_TIMING.zh),
      ...(timingPreserved ? { preserved: timingPreserved } : {}),
    },
    targetEpisodeSeconds: num(raw, 'targetEpisodeSeconds', 'settings.targetEpisodeSeconds', d.targetEpisodeSeconds, true),
    episodeLengthTolerance: num(raw, 'episodeLengthTolerance', 'settings.episodeLengthTolerance', d.episodeLengthTolerance),
    paywallEpisodes: [...(paywall as number[])],
    extras: raw.extras === undefined ? d.extras : strings(raw, 'extras', 'settings.extras'),
    ...preserved(raw, KNOWN_SETTINGS),
  };
}
