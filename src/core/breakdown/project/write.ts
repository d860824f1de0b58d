// Writing a project as diff-friendly JSON: keys in a fixed order (known keys first, in the order of the model,
// then keys this version does not know, as they were found), one set / location / cast member per line,
// lists of words on one line, two-space indents, a final newline. The same project always gives the same text.
import type { CastEntry, LocationMapping, Preserved, Project, ProjectSettings, SetEntry, TimingRates } from '../../model/project';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Entries with `preserved` spread after the known keys (known keys win over preserved ones of the same name). */
function withPreserved(known: [string, unknown][], extra: Preserved | undefined): [string, unknown][] {
  const out = known.filter(([, v]) => v !== undefined);
  if (extra) for (const [k, v] of Object.entries(extra)) if (!out.some(([key]) => key === k)) out.push([k, v]);
  return out;
}

/** One line: `{ "a": 1, "b": ["x", "y"] }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value as Json) ?? 'null';
}

/** An object over several lines; `block` says which keys are themselves written over several lines. */
function block(entries: [string, unknown][], indent: string, nested: Record<string, (value: unknown, indent: string) => string> = {}): string {
  if (entries.length === 0) return '{}';
  const inner = indent + '  ';
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${nested[k] ? nested[k](v, inner) : inline(v)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** A list with one item per line. */
function rows(items: unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  const inner = indent + '  ';
  return `[\n${items.map((item) => inner + inline(item)).join(',\n')}\n${indent}]`;
}

const setEntries = (s: SetEntry) =>
  Object.fromEntries(
    withPreserved(
      [['id', s.id], ['name', s.name], ['group', s.group], ['stage', s.stage], ['kind', s.kind], ['style', s.style], ['aliases', s.aliases], ['keywords', s.keywords], ['dayRate', s.dayRate], ['currency', s.currency]],
      s.preserved,
    ),
  );

const locationEntries = (l: LocationMapping) => Object.fromEntries(withPreserved([['location', l.location], ['set', l.set]], l.preserved));

const castEntries = (c: CastEntry) =>
  Object.fromEntries(withPreserved([['name', c.name], ['aliases', c.aliases], ['actor', c.actor], ['dayRate', c.dayRate], ['currency', c.currency]], c.preserved));

const rateEntries = (r: TimingRates) =>
  Object.fromEntries(
    withPreserved(
      [['dialoguePerSecond', r.dialoguePerSecond], ['actionPerSecond', r.actionPerSecond], ['secondsPerSpeech', r.secondsPerSpeech], ['secondsPerScene', r.secondsPerScene], ['secondsPerCaption', r.secondsPerCaption], ['charsPerLine', r.charsPerLine], ['linesPerPage', r.linesPerPage]],
      r.preserved,
    ),
  );

function settingsText(s: ProjectSettings, indent: string): string {
  const timing = withPreserved([['en', rateEntries(s.timing.en)], ['zh', rateEntries(s.timing.zh)]], s.timing.preserved);
  return block(
    withPreserved(
      [['osVo', s.osVo], ['timing', timing], ['targetEpisodeSeconds', s.targetEpisodeSeconds], ['episodeLengthTolerance', s.episodeLengthTolerance], ['paywallEpisodes', s.paywallEpisodes], ['extras', s.extras]],
      s.preserved,
    ),
    indent,
    { timing: (v, i) => block(v as [string, unknown][], i) },
  );
}

/** The project file's text. */
export function writeProject(project: Project): string {
  const top = withPreserved(
    [
      ['format', project.format],
      ['version', project.version],
      ['title', project.title],
      ['language', project.language],
      ['episodes', project.episodes],
      ['settings', project.settings],
      ['sets', project.sets.map(setEntries)],
      ['locations', project.locations.map(locationEntries)],
      ['cast', project.cast.map(castEntries)],
    ],
    project.preserved,
  );
  const list = (v: unknown, i: string) => rows(v as unknown[], i);
  return `${block(top, '', { episodes: list, settings: (v, i) => settingsText(v as ProjectSettings, i), sets: list, locations: list, cast: list })}\n`;
}

/** The project with the user's mapping of `location` set to `setId` (null: "not a set"); `undefined` removes it. */
export function withLocationMapping(project: Project, location: string, setId: string | null | undefined): Project {
  const rest = project.locations.filter((l) => l.location !== location);
  const at = project.locations.findIndex((l) => l.location === location);
  if (setId === undefined) return { ...project, locations: rest };
  const entry: LocationMapping = { ...(at >= 0 ? project.locations[at] : {}), location, set: setId };
  const locations = [...project.locations];
  if (at >= 0) locations[at] = entry;
  else locations.push(entry);
  return { ...project, locations };
}
