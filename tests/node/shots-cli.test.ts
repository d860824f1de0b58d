// `shotline shots`: suggest, save, read back, survive a rewrite of the script, refuse to replace a broken
// shot list, export, lock scene numbers. Runs the CLI in-process on copies of the sample.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main';

const ROOT = join(__dirname, '../..');

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

function copy(lang: 'en' | 'zh', files = ['ep01.fountain', 'ep02.fountain']): string {
  const dir = mkdtempSync(join(tmpdir(), `shotline-shots-${lang}-`));
  for (const f of files) cpSync(join(ROOT, 'resources/sample', lang, f), join(dir, f));
  return dir;
}

describe('shotline shots', () => {
  it('says so when there is no shot list, and suggests one with --suggest', async () => {
    const dir = copy('zh');
    const none = await cli(['shots', 'ep01.fountain'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no saved shot lists for ep01.fountain. Run "shotline shots ep01.fountain --suggest"');
    const r = await cli(['shots', 'ep01.fountain', '--suggest', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('suggested coverage for 4 scenes without shots');
    const out = JSON.parse(r.stdout);
    expect(out.files[0].scenes.map((s: { number: string }) => s.number)).toEqual(['1-1', '1-2', '1-3', '1-4']);
    expect(out.files[0].scenes[0].shots[0]).toMatchObject({ number: '1', size: 'WS', camera: 'A', setup: 1 });
    expect(existsSync(join(dir, 'ep01.shots.json'))).toBe(false);
  });

  it('saves beside the scripts, reads the saved list back, keeps shots through a rewrite and lists orphans', async () => {
    const dir = copy('en');
    const saved = await cli(['shots', '.', '--suggest', '--save'], dir);
    expect(saved.code).toBe(0);
    expect(saved.stderr).toContain('saved ep01.shots.json');
    expect(saved.stderr).toContain('saved ep02.shots.json');
    const file = readFileSync(join(dir, 'ep01.shots.json'), 'utf8');
    expect(file).toMatch(/^\{\n {2}"format": "shotline-shots",\n {2}"version": 1,\n {2}"script": "ep01.fountain",/);

    // Mark a shot as shot by hand, then rewrite the script: a new scene first, scene 1-3 deleted.
    writeFileSync(join(dir, 'ep01.shots.json'), file.replace('"status": "planned"}', '"status": "shot"}'));
    const script = readFileSync(join(dir, 'ep01.fountain'), 'utf8');
    const deleted = script.replace(/EXT\. FU'AN NIGHT MARKET - NIGHT #1-3#[\s\S]*?(?=EXT\. FU'AN STREET ARCADE - NIGHT #1-4#)/, '');
    const rewritten = deleted.replace('EXT. FU\'AN NIGHT MARKET - NIGHT #1-1#', 'INT. LIN FAMILY HOME - KITCHEN - NIGHT #A1-1#\n\nMrs. Lin counts the day\'s takings twice.\n\nEXT. FU\'AN NIGHT MARKET - NIGHT #1-1#');
    writeFileSync(join(dir, 'ep01.fountain'), rewritten);

    const r = await cli(['shots', 'ep01.fountain', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ep01\.fountain: \d+ orphaned shots of scene 1-3 "EXT\. FU'AN NIGHT MARKET - NIGHT" \(no longer in the script; kept in the shot list\)/);
    const out = JSON.parse(r.stdout).files[0];
    expect(out.scenes.map((s: { number: string; shots: unknown[] }) => [s.number, s.shots.length > 0])).toEqual([['A1-1', false], ['1-1', true], ['1-2', true], ['1-4', true]]);
    expect(out.scenes[1].shots[0].status).toBe('shot');
    expect(out.orphans[0].scene).toMatchObject({ number: '1-3', heading: "EXT. FU'AN NIGHT MARKET - NIGHT" });

    // Saved again: the orphans stay in the file.
    await cli(['shots', 'ep01.fountain', '--save'], dir);
    const again = JSON.parse(readFileSync(join(dir, 'ep01.shots.json'), 'utf8'));
    expect(again.scenes.map((b: { scene: { number: string } }) => b.scene.number)).toEqual(['1-1', '1-2', '1-4', '1-3']);
  });

  it('never replaces a shot list it could not read, and says what is wrong with it', async () => {
    const dir = copy('zh', ['ep01.fountain']);
    const bad = '{"format": "shotline-shots", "version": 1, "scenes": [{"scene": {"number": "1-1"}, "shots": [{"number": "1", "size": "wide-ish"}]}]}';
    writeFileSync(join(dir, 'ep01.shots.json'), bad);
    const r = await cli(['shots', 'ep01.fountain', '--suggest', '--save'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ep01.shots.json could not be read: scenes[0].shots[0].size: "wide-ish" is not one of EWS WS FS MS MCU CU ECU INSERT OTS POV 2S');
    expect(readFileSync(join(dir, 'ep01.shots.json'), 'utf8')).toBe(bad);
  });

  it('exports CSV, XLSX and PDF, by episode or by set, and never over a script', async () => {
    const dir = copy('zh');
    const r = await cli(['shots', '.', '--suggest', '--by', 'set', '--csv', 'shots.csv', '--xlsx', 'shots.xlsx', '--pdf', 'shots.pdf', '--episode', '2'], dir);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, 'shots.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new Set(csv.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['2']));
    expect(readFileSync(join(dir, 'shots.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'shots.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const refused = await cli(['shots', '.', '--suggest', '--csv', 'ep01.fountain'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ep01.fountain is one of the files being read; Shotline will not overwrite it');
    expect((await cli(['shots', '.', '--by', 'scene'], dir)).code).toBe(2);
  });

  it('locks scene numbers in the script files, and the saved shots stay on their scenes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-lock-'));
    writeFileSync(join(dir, 'ep03.fountain'), 'Title: T\nLanguage: en\n\nINT. KITCHEN - DAY\n\nAnna cooks.\n\nANNA\nEat.\n\nEXT. GARDEN - DAY\n\nBen digs.\n');
    expect((await cli(['shots', 'ep03.fountain', '--suggest', '--save'], dir)).code).toBe(0);
    const r = await cli(['shots', 'ep03.fountain', '--lock-scene-numbers', '--json'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'ep03.fountain'), 'utf8')).toContain('INT. KITCHEN - DAY #3-1#\n\nAnna cooks.');
    expect(r.stdout).toContain('ep03.fountain:4: INT. KITCHEN - DAY #3-1#');
    const out = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))).files[0];
    expect(out.scenes.map((s: { number: string; match: string; shots: unknown[] }) => [s.number, s.match, s.shots.length > 0])).toEqual([['3-1', 'same', true], ['3-2', 'same', true]]);
  });
});
