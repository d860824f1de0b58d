// The `shotline` command as a writer runs it: a child process, from the sources (tsx) and from the bundle
// `npm run build:cli` makes. JSON shape, exit codes and the messages on stderr.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from '../../src/core/parse';
import { toStrictFountain } from '../../src/core/export';
import { COMMANDS } from '../../src/node/cli/commands';
import { buildBundle, ROOT, shotline, type Mode } from './cli-support';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ZH_SAMPLE = 'resources/sample/zh/ep01.fountain';
const EN_SAMPLE = 'resources/sample/en/ep01.fountain';
const TYPES = new Set([
  'scene_heading', 'action', 'character', 'parenthetical', 'dialogue', 'transition', 'centered', 'lyrics', 'section',
  'synopsis', 'note', 'boneyard', 'page_break', 'episode', 'cast_list', 'caption', 'hook', 'flashback_start', 'flashback_end',
]);

interface Json {
  language: string;
  titlePage: Record<string, unknown>[];
  elements: Record<string, unknown>[];
}

let bundle = '';
let dir = '';
beforeAll(async () => {
  [bundle, dir] = await Promise.all([buildBundle(), mkdtemp(join(tmpdir(), 'shotline-cli-'))]);
}, 120_000);
afterAll(async () => {
  await Promise.all([rm(dir, { recursive: true, force: true }), bundle && rm(dirname(bundle), { recursive: true, force: true })]);
});

describe.each(['source', 'build'] as Mode[])('shotline (%s)', (mode) => {
  const cli = (...args: string[]) => shotline(args, { mode, bundle });

  it('--version and --help', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `shotline ${VERSION}\n`, stderr: '' });
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: shotline COMMAND/);
    expect(help.stdout).toMatch(/^ {2}parse +show the elements/m);
    expect(help.stdout).toMatch(/^ {2}fountain +write a script as strict Fountain/m);
    const parseHelp = await cli('parse', '--help');
    expect(parseHelp.stdout).toMatch(/Usage: shotline parse FILE \[options\]/);
    expect(parseHelp.stdout).toMatch(/--json/);
  });

  it('parse --json: the shape of a Chinese script', async () => {
    const { code, stdout, stderr } = await cli('parse', ZH_SAMPLE, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout) as Json;
    expect(json.language).toBe('zh');
    expect(json.titlePage[0]).toEqual({ key: 'Title', value: '夜市千金' });
    for (const entry of json.titlePage) expect(Object.keys(entry).sort()).toEqual(['key', 'value']);
    for (const el of json.elements) {
      expect(TYPES.has(el.type as string), String(el.type)).toBe(true);
      expect(typeof el.text).toBe('string');
      expect(el.line as number).toBeGreaterThan(0);
      expect(el.endLine as number).toBeGreaterThanOrEqual(el.line as number);
      expect(typeof el.column).toBe('number');
      expect(typeof el.offset).toBe('number');
      expect(el).not.toHaveProperty('range');
    }
    expect(json.elements.find((e) => e.type === 'scene_heading')).toMatchObject({
      text: '1-1 夜 外 福安夜市', line: 10, endLine: 10, number: '1-1', intExt: 'EXT', location: '福安夜市', time: 'NIGHT', timeText: '夜',
    });
    // `林母：阿晚，…` is a character element and a dialogue element on the same line.
    const i = json.elements.findIndex((e) => e.type === 'character' && e.name === '林母');
    expect(json.elements[i]).toMatchObject({ text: '林母', line: 15, extension: null, dual: false });
    expect(json.elements[i + 1]).toMatchObject({ type: 'dialogue', text: '阿晚，蛋少打一个，蛋价又涨了。', line: 15, column: 3 });
    for (const type of ['episode', 'cast_list', 'caption']) expect(json.elements.some((e) => e.type === type), type).toBe(true);
  });

  it('parse --json: an English script, and the same elements as the parser in-process', async () => {
    const { code, stdout } = await cli('parse', EN_SAMPLE, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    const script = parse(readFileSync(join(ROOT, EN_SAMPLE), 'utf8'));
    expect(json.language).toBe('en');
    expect(json.elements.map((e) => [e.type, e.text, e.line])).toEqual(script.elements.map((e) => [e.type, e.text, e.range.start.line]));
    expect(json.elements.find((e) => e.type === 'scene_heading')).toMatchObject({ intExt: 'EXT', number: '1-1', time: 'NIGHT' });
  });

  it('parse: a Traditional Chinese script in Big5, without --json', async () => {
    const path = join(dir, `${mode}-big5.fountain`);
    await writeFile(path, iconv.encode('12. 內 客廳 日\n人物：林晚、阿嬤\n阿嬤：回來啦。\n', 'big5'));
    const { code, stdout } = await cli('parse', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Chinese \(detected\), big5/);
    expect(stdout).toMatch(/^1 {2}scene_heading +12\. 內 客廳 日 +\[#12 INT «客廳» DAY\]$/m);
    expect(stdout).toMatch(/^3 {2}character +阿嬤$/m);
  });

  it('fountain --strict: to stdout, and to a file with -o', async () => {
    const expected = toStrictFountain(parse(readFileSync(join(ROOT, ZH_SAMPLE), 'utf8')));
    expect(await cli('fountain', ZH_SAMPLE, '--strict')).toEqual({ code: 0, stdout: expected, stderr: '' });
    const out = join(dir, `${mode}-strict.fountain`);
    const written = await cli('fountain', ZH_SAMPLE, '--strict', '-o', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(/wrote strict Fountain to .*strict\.fountain/);
    expect(await readFile(out, 'utf8')).toBe(expected);
  });

  it('errors: a missing file, a binary file, a folder', async () => {
    const missing = await cli('parse', 'episode99.fountain', '--json');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^shotline: Cannot open "episode99.fountain": there is no such file .* Nothing was changed.\n$/);
    const binary = join(dir, `${mode}-poster.fountain`);
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const bin = await cli('fountain', binary, '--strict');
    expect(bin).toMatchObject({ code: 1, stdout: '' });
    expect(bin.stderr).toMatch(/it is a PNG image, not a script text file/);
    expect((await cli('parse', 'resources')).stderr).toMatch(/"resources": it is a folder/);
  });

  it('errors: unknown command, unknown option, missing or extra arguments', async () => {
    const unknown = await cli('pars', EN_SAMPLE);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    // The command list grows with each feature: it is the command table's, in order.
    const names = COMMANDS.map((c) => c.name).join(', ');
    expect(unknown.stderr).toBe(`shotline: unknown command "pars". Did you mean "shotline parse"? Commands: ${names}. Run "shotline --help" for help.\n`);
    const flag = await cli('parse', EN_SAMPLE, '--jason');
    expect(flag).toMatchObject({ code: 2, stdout: '' });
    expect(flag.stderr).toBe('shotline parse: unknown option --jason. Run "shotline parse --help" for its options.\n');
    expect((await cli('parse')).stderr).toBe('shotline parse: missing FILE. Usage: shotline parse FILE [options].\n');
    expect((await cli('parse', 'a', 'b')).code).toBe(2);
    expect((await cli('fountain', EN_SAMPLE, '-o')).stderr).toMatch(/option -o, --output needs a value/);
    expect((await cli('parse', EN_SAMPLE, '--language', 'fr')).stderr).toBe('shotline parse: --language must be "en" or "zh", not "fr".\n');
  });

  it('refuses to write the strict export over the script itself', async () => {
    const path = join(dir, `${mode}-own.fountain`);
    await writeFile(path, 'INT. A - DAY\n\nHi.\n');
    const result = await cli('fountain', path, '-o', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is one of the files being read; Shotline will not overwrite it/);
    expect(await readFile(path, 'utf8')).toBe('INT. A - DAY\n\nHi.\n');
  });
});
