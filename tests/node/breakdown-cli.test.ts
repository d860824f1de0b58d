// `shotline breakdown`: the JSON of item 8 on the sample, the fixtures and scripts written here (English,
// Simplified, Traditional), and clear messages for bad input. Runs the CLI in-process.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main';

const ROOT = join(__dirname, '../..');

async function cli(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

async function json(path: string, cwd = ROOT) {
  const r = await cli(['breakdown', path, '--json'], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const SCENE_KEYS = ['number', 'heading', 'intExt', 'location', 'time', 'timeText', 'set', 'cast', 'speaking', 'extras', 'elements', 'eighths', 'seconds', 'line'];

describe('shotline breakdown --json', () => {
  it('prints the shape of the issue: series, episodes with scenes, cast, locations, sets', async () => {
    const out = await json('resources/sample/zh');
    expect(Object.keys(out).slice(0, 5)).toEqual(['series', 'episodes', 'cast', 'locations', 'sets']);
    expect(Object.keys(out.episodes[0]).slice(0, 4)).toEqual(['number', 'title', 'hook', 'scenes']);
    expect(Object.keys(out.episodes[0].scenes[0]).slice(0, SCENE_KEYS.length)).toEqual(SCENE_KEYS);
    expect(Object.keys(out.episodes[0].scenes[0].elements[0]).slice(0, 2)).toEqual(['category', 'name']);
    expect(out.series).toMatchObject({ title: '夜市千金', episodeCount: 10, sceneCount: 38 });
    const s = out.episodes[0].scenes[1];
    expect(s).toMatchObject({ number: '1-2', intExt: 'EXT', location: '福安街骑楼', time: 'NIGHT', timeText: '夜', set: 'Taiwan Street set - arcade street (騎樓)', line: 25 });
    expect(out.cast.find((c: { name: string }) => c.name === '林晚').dayRate).toBe(1500);
  });

  it('reads a project file given as PATH, and one given with --project', async () => {
    const viaProject = await json('resources/sample/en/night-market-heiress.shotline.json');
    expect(viaProject.series.episodeCount).toBe(10);
    const dir = mkdtempSync(join(tmpdir(), 'shotline-bd-'));
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ format: 'shotline-project', version: 1, title: 'Other', sets: [{ id: 'x', name: 'Everything', keywords: ['market', 'arcade', 'alley', 'home', 'hospital', 'group', 'car', 'house'] }] }));
    const r = await cli(['breakdown', 'resources/sample/en/ep01.fountain', '--json', '--project', join(dir, 'p.json')]);
    const out = JSON.parse(r.stdout);
    expect(out.series.title).toBe('Other');
    expect(out.episodes[0].scenes.map((s: { set: string }) => s.set)).toEqual(['Everything', 'Everything', 'Everything', 'Everything']);
  });

  it.each(['zh-mainland-a', 'zh-mainland-b', 'zh-taiwan', 'zh-mixed-fountain', 'en-standard', 'en-series'])('breaks down the fixture %s as its expected file says', async (name) => {
    const out = await json(`tests/fixtures/scripts/${name}.fountain`);
    const expected = JSON.parse(readFileSync(join(ROOT, `tests/fixtures/scripts/${name}.expected.json`), 'utf8'));
    const scenes = out.episodes.flatMap((e: { scenes: unknown[] }) => e.scenes);
    expect(scenes.map((s: Record<string, unknown>) => [s.line, s.intExt, s.location, s.time, s.timeText])).toEqual(
      expected.scenes.map((s: Record<string, unknown>) => [s.line, s.intExt, s.location, s.time, s.timeText]),
    );
    expect(out.episodes.map((e: { hookLine: number | null }) => e.hookLine).filter((l: number | null) => l !== null)).toEqual(expected.hooks);
  });

  it('breaks down series it has not seen: English, Simplified and Traditional, from a folder of files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-unseen-'));
    mkdirSync(join(dir, 'zh'));
    writeFileSync(join(dir, 'zh', '第1集.fountain'), '第1集：开业\n1-1 日 外 老街口\n人物：阿强、阿芳、路人若干\n阿强：今天开张！\n阿芳（OS）：希望一切顺利。\n【卡点】一辆黑车停在门口。\n');
    writeFileSync(join(dir, 'zh', '第2集.fountain'), '第2集\n2-1 夜内 阿强家客厅\n人物：阿强、黑衣人\n黑衣人：欠的钱，该还了。\n【卡点】阿强打开箱子。\n');
    const zh = await json(join(dir, 'zh'));
    expect(zh.episodes.map((e: { number: number; title: string | null; hook: string }) => [e.number, e.title, e.hook])).toEqual([
      [1, '开业', '一辆黑车停在门口。'],
      [2, null, '阿强打开箱子。'],
    ]);
    const [s1, s2] = zh.episodes.flatMap((e: { scenes: unknown[] }) => e.scenes);
    expect(s1).toMatchObject({ number: '1-1', intExt: 'EXT', location: '老街口', time: 'DAY', cast: ['阿强', '阿芳', '路人若干'], speaking: ['阿强', '阿芳'], extras: ['路人若干'], set: 'Taiwan Street set - arcade (騎樓)' });
    expect(s2).toMatchObject({ number: '2-1', intExt: 'INT', location: '阿强家客厅', time: 'NIGHT', speaking: ['黑衣人'], cast: ['阿强', '黑衣人'], extras: ['黑衣人'] });
    expect(zh.cast.map((c: { name: string; extra: boolean }) => [c.name, c.extra])).toEqual([['阿强', false], ['阿芳', false], ['路人若干', true], ['黑衣人', true]]);

    writeFileSync(join(dir, 'tw.fountain'), 'Language: zh-Hant\n\n第一集：回鄉\n3. 內 阿嬤家廚房 晨\n人物：阿嬤、志明\n阿嬤：吃飽未？\n志明：（笑）吃飽了。\n【卡點】電話響起。\n');
    const tw = await json(join(dir, 'tw.fountain'));
    expect(tw.series.languageTag).toBe('zh-Hant');
    expect(tw.episodes[0]).toMatchObject({ number: 1, title: '回鄉', hook: '電話響起。' });
    expect(tw.episodes[0].scenes[0]).toMatchObject({ number: '3', intExt: 'INT', location: '阿嬤家廚房', time: 'DAY', timeText: '晨', speaking: ['阿嬤', '志明'], set: 'Taiwan Home set - kitchen' });

    writeFileSync(join(dir, 'en.fountain'), '# Episode 4: Debts\n\nINT. BANK - DAY #4-1#\n\nA queue. CUSTOMERS wait. [[prop: loan form]]\n\nTELLER\nNext!\n\nSAM (O.S.)\nComing.\n\n[[hook]]\n\nSam\'s card is declined.\n');
    const en = await json(join(dir, 'en.fountain'));
    expect(en.episodes[0]).toMatchObject({ number: 4, title: 'Debts', hook: "Sam's card is declined." });
    expect(en.episodes[0].scenes[0]).toMatchObject({ number: '4-1', intExt: 'INT', location: 'BANK', time: 'DAY', speaking: ['TELLER', 'SAM'], cast: ['TELLER', 'SAM'], extras: ['CUSTOMERS'], elements: [{ category: 'props', name: 'loan form', line: 5 }] });
  });

  it('prints a summary without --json', async () => {
    const r = await cli(['breakdown', 'resources/sample/en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Night Market Heiress: 10 episodes, 39 scenes/);
    expect(r.stdout).toMatch(/6 +A Single Hair +4 scenes, \d:\d\d, paywall/);
  });

  it('says what is wrong with a bad project file, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-badproj-'));
    writeFileSync(join(dir, 'ep1.fountain'), 'INT. A - DAY\n\nHi.\n');
    const text = '{ "format": "shotline-project", "version": 1, "sets": [ { "id": 1 } ] }';
    writeFileSync(join(dir, 'x.shotline.json'), text);
    const r = await cli(['breakdown', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"x\.shotline\.json".*"sets\[0\]\.id" must be text/);
    expect(readFileSync(join(dir, 'x.shotline.json'), 'utf8')).toBe(text);
  });

  it('reports a missing path and a bad --report-language', async () => {
    expect((await cli(['breakdown', 'no/such/file.fountain'])).code).toBe(1);
    const r = await cli(['breakdown', 'resources/sample/zh', '--report-language', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report-language must be one of en, zh-Hans, zh-Hant/);
  });
});
