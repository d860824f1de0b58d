// The project file: checks with messages that name the field, migration, unknown keys kept, stable text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultProject, readProject, writeProject, withLocationMapping, type Migration } from '../../../src/core/breakdown/project';
import { PROJECT_FORMAT_VERSION, type Project } from '../../../src/core/model/project';

const ok = (text: string): Project => {
  const r = readProject(text);
  if (!r.ok) throw new Error(r.message);
  return r.project;
};

describe('project file', () => {
  it('writes the same text for the same project, and reads back what it wrote', () => {
    const p = defaultProject('夜市千金', 'zh-Hans');
    const text = writeProject(p);
    expect(writeProject(ok(text))).toBe(text);
    expect(ok(text)).toEqual(p);
  });

  it('is diff-friendly: one set, location and cast member per line, final newline', () => {
    const p = { ...defaultProject('T'), cast: [{ name: '林晚', aliases: ['LIN WAN'], dayRate: 1000, currency: 'CNY' }], locations: [{ location: '福安夜市', set: 'tw-street-market' }] };
    const lines = writeProject(p).split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('{ "id": ')).length).toBe(p.sets.length);
    expect(lines).toContain('    { "name": "林晚", "aliases": ["LIN WAN"], "dayRate": 1000, "currency": "CNY" }');
    expect(lines).toContain('    { "location": "福安夜市", "set": "tw-street-market" }');
    expect(writeProject(p).endsWith('}\n')).toBe(true);
  });

  it('keeps keys it does not know, at every level, and writes them back after the known keys', () => {
    const text = JSON.stringify({
      format: 'shotline-project',
      version: 1,
      futureTop: { a: 1 },
      title: 'X',
      settings: { futureSetting: true, timing: { en: { linesPerPage: 50, futureRate: 3 }, futureLanguage: {} } },
      sets: [{ id: 's', name: 'S', aliases: [], keywords: [], futureSet: 'kept' }],
      locations: [{ location: 'L', set: 's', note: 'kept too' }],
      cast: [{ name: 'A', aliases: [], agent: 'Ms. B' }],
    });
    const p = ok(text);
    expect(p.preserved).toEqual({ futureTop: { a: 1 } });
    expect(p.settings.timing.en.linesPerPage).toBe(50);
    const again = JSON.parse(writeProject(p));
    expect(again.futureTop).toEqual({ a: 1 });
    expect(again.settings.futureSetting).toBe(true);
    expect(again.settings.timing.en.futureRate).toBe(3);
    expect(again.settings.timing.futureLanguage).toEqual({});
    expect(again.sets[0].futureSet).toBe('kept');
    expect(again.locations[0].note).toBe('kept too');
    expect(again.cast[0].agent).toBe('Ms. B');
    expect(Object.keys(again).slice(-1)).toEqual(['futureTop']);
  });

  it('fills what a hand-written file leaves out with the defaults', () => {
    const p = ok('{ "format": "shotline-project", "version": 1 }');
    expect(p.settings.timing.zh.dialoguePerSecond).toBeGreaterThan(0);
    expect(p.sets).toEqual([]);
    expect(p.language).toBe('en');
  });

  it('says where the JSON is broken', () => {
    const r = readProject('{\n  "format": "shotline-project",\n  "version": 1,,\n}');
    expect(r).toMatchObject({ ok: false, problem: 'syntax' });
    expect(!r.ok && r.message).toMatch(/line 3, column \d+/);
  });

  it('refuses JSON that is not a project', () => {
    expect(readProject('[1, 2]')).toMatchObject({ ok: false, problem: 'not-a-project' });
    expect(readProject('{"title": "x"}')).toMatchObject({ ok: false, problem: 'not-a-project' });
  });

  it('refuses a file written by a newer version, saying so', () => {
    const r = readProject(`{"format": "shotline-project", "version": ${PROJECT_FORMAT_VERSION + 1}}`);
    expect(r).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(!r.ok && r.message).toMatch(/newer Shotline/);
  });

  it.each([
    ['{"format":"shotline-project","version":1,"sets":[{"id":"a","aliases":"x"}]}', /"sets\[0\]\.aliases" must be a list of texts/],
    ['{"format":"shotline-project","version":1,"cast":[{"aliases":[]}]}', /"cast\[0\]\.name" must be text/],
    ['{"format":"shotline-project","version":1,"language":"fr"}', /"language" must be one of en, zh-Hans, zh-Hant/],
    ['{"format":"shotline-project","version":1,"settings":{"timing":{"zh":{"dialoguePerSecond":0}}}}', /settings\.timing\.zh\.dialoguePerSecond" must be a number above 0/],
    ['{"format":"shotline-project","version":1,"locations":[{"location":"x","set":"nope"}]}', /names the set "nope", which is not in "sets"/],
    ['{"format":"shotline-project","version":1,"sets":[{"id":"a"},{"id":"a"}]}', /two sets have the id "a"/],
    ['{"format":"shotline-project","version":"1"}', /"version" must be a whole number/],
  ])('names the field that is wrong: %s', (text, message) => {
    const r = readProject(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('migrates older versions step by step', () => {
    // A pretend format 2 that renamed "title" to "seriesTitle"; version-1 files are migrated on read.
    const migrations: Migration[] = [{ from: 1, migrate: (raw) => ({ ...raw, seriesTitle: raw.title }) }];
    const r = readProject('{"format":"shotline-project","version":1,"title":"Old"}', { migrations, currentVersion: 2 });
    expect(r).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(r.ok && r.project.version).toBe(2);
    expect(r.ok && r.project.preserved).toEqual({ seriesTitle: 'Old' });
    expect(readProject('{"format":"shotline-project","version":1}', { migrations: [], currentVersion: 2 })).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('sets and clears a user mapping, keeping the other mappings in place', () => {
    const p = { ...defaultProject(), locations: [{ location: 'A', set: 'office' }, { location: 'B', set: 'car' }] };
    expect(withLocationMapping(p, 'A', 'car').locations).toEqual([{ location: 'A', set: 'car' }, { location: 'B', set: 'car' }]);
    expect(withLocationMapping(p, 'C', null).locations.at(-1)).toEqual({ location: 'C', set: null });
    expect(withLocationMapping(p, 'A', undefined).locations).toEqual([{ location: 'B', set: 'car' }]);
  });

  it.each(['zh', 'en'])('reads the bundled %s sample project, and writes it back byte for byte', (lang) => {
    const text = readFileSync(`resources/sample/${lang}/night-market-heiress.shotline.json`, 'utf8');
    const p = ok(text);
    expect(p.sets.map((s) => s.name).join('\n')).toMatch(/Taiwan Street set - night market[\s\S]*Taiwan Home set - living room/);
    expect(writeProject(p)).toBe(text);
  });
});
