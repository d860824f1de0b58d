// Where the CLI writes its outputs: never over a script, the project or a file of another kind, in every
// command that writes one (breakdown, pdf, shots, fountain); earlier outputs of the same kind may be replaced.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main';
import { checkOutputTarget, isShotlineFileError } from '../../src/node/files';

const ROOT = join(__dirname, '../..');
const SCRIPT = 'Title: T\nLanguage: en\n\nINT. KITCHEN - DAY\n\nAnna cooks.\n\nANNA\nEat.\n';
const PDF = '%PDF-1.7\n% an earlier report\n';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shotline-target-'));
  writeFileSync(join(dir, 'ep01.fountain'), SCRIPT);
  writeFileSync(join(dir, 'ep02.fountain'), SCRIPT.replace('Anna', 'Ben'));
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('checkOutputTarget', () => {
  it('lets a new file, or an earlier output of the same kind, be written', async () => {
    const dir = folder();
    await expect(checkOutputTarget(join(dir, 'new.pdf'), 'pdf')).resolves.toBeUndefined();
    writeFileSync(join(dir, 'old.pdf'), PDF);
    await expect(checkOutputTarget(join(dir, 'old.pdf'), 'pdf')).resolves.toBeUndefined();
    writeFileSync(join(dir, 'old.csv'), '\uFEFFa,b\r\n1,2\r\n');
    await expect(checkOutputTarget(join(dir, 'old.csv'), 'csv')).resolves.toBeUndefined();
  });

  it.each([
    ['a script as a PDF', 'ep01.fountain', 'pdf', /exists and is not a PDF/],
    ['a script as a spreadsheet', 'ep01.fountain', 'xlsx', /exists and is not a spreadsheet/],
    ['a script as a CSV file', 'ep01.fountain', 'csv', /exists and is not a CSV file/],
    ['a PDF as a spreadsheet', 'old.pdf', 'xlsx', /is not a spreadsheet/],
    ['a PDF named .csv', 'binary.csv', 'csv', /is not a CSV file/],
    ['a zip that is no workbook', 'archive.xlsx', 'xlsx', /is not a spreadsheet/],
    ['an existing script as strict Fountain', 'ep02.fountain', 'fountain', /will not overwrite a script/],
    ['a folder', 'sub', 'pdf', /is a folder/],
  ] as const)('refuses %s', async (_what, name, kind, message) => {
    const dir = folder();
    writeFileSync(join(dir, 'old.pdf'), PDF);
    writeFileSync(join(dir, 'binary.csv'), PDF);
    writeFileSync(join(dir, 'archive.xlsx'), Buffer.from('PK\x03\x04word/document.xml', 'latin1'));
    mkdirSync(join(dir, 'sub'));
    const error = await checkOutputTarget(join(dir, name), kind, { shown: name }).catch((e: unknown) => e);
    expect(isShotlineFileError(error) && error.code).toBe('not-replaceable');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(name)).toBe(true);
  });

  it('refuses an input, also through a symbolic link, even when it looks like an output', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'in.pdf'), PDF);
    symlinkSync(join(dir, 'ep01.fountain'), join(dir, 'link.csv'));
    await expect(checkOutputTarget(join(dir, 'in.pdf'), 'pdf', { inputs: [join(dir, 'in.pdf')] })).rejects.toThrow(/is one of the files being read/);
    await expect(checkOutputTarget(join(dir, 'link.csv'), 'csv', { inputs: [join(dir, 'ep01.fountain')] })).rejects.toThrow(/is one of the files being read/);
  });
});

describe('shotline breakdown writes reports only where nothing is lost', () => {
  it.each([
    ['--xlsx', 'ep02.fountain'],
    ['--pdf', 'ep02.fountain'],
    ['--xlsx', 'ep01.fountain'],
    ['--pdf', 'notes.txt'],
  ])('%s %s is refused and the file is left as it was', async (flag, name) => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'my notes');
    const before = read(dir, name);
    const r = await cli(['breakdown', 'ep01.fountain', flag, name], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')} (is one of the files being read|exists and is not)`));
    expect(read(dir, name)).toBe(before);
  });

  it('--csv DIR never replaces a file that is not CSV, and writes nothing when one is in the way', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'cast.csv'), PDF);
    const r = await cli(['breakdown', '.', '--csv', 'reports'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cast\.csv exists and is not a CSV file/);
    expect(read(join(dir, 'reports'), 'cast.csv')).toBe(PDF);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['cast.csv']);
    // A script as the folder is refused too.
    expect((await cli(['breakdown', '.', '--csv', 'ep01.fountain'], dir)).code).toBe(1);
    expect(read(dir, 'ep01.fountain')).toBe(SCRIPT);
  });

  it('replaces its own earlier reports', async () => {
    const dir = folder();
    const args = ['breakdown', '.', '--csv', 'reports', '--xlsx', 'b.xlsx', '--pdf', 'b.pdf'];
    expect((await cli(args, dir)).code).toBe(0);
    const again = await cli(args, dir);
    expect(again.stderr).not.toMatch(/will not overwrite/);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['breakdown-sheets.csv', 'cast.csv', 'elements.csv', 'locations.csv', 'scene-list.csv', 'sets.csv']);
  });

  it('never writes a report over the project file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shotline-target-'));
    cpSync(join(ROOT, 'resources/sample/en'), dir, { recursive: true });
    const project = readdirSync(dir).find((n) => n.endsWith('.shotline.json'))!;
    const before = read(dir, project);
    const r = await cli(['breakdown', '.', '--csv', '.'], dir);
    expect(r.code).toBe(0);
    const over = await cli(['breakdown', '.', '--xlsx', project], dir);
    expect(over.code).toBe(1);
    expect(read(dir, project)).toBe(before);
  });
});

describe('the other commands use the same check', () => {
  it('shots --xlsx / --pdf / --csv refuse a file of another kind', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'my notes');
    for (const flag of ['--xlsx', '--pdf', '--csv']) {
      const r = await cli(['shots', 'ep01.fountain', '--suggest', flag, 'notes.txt'], dir);
      expect([flag, r.code]).toEqual([flag, 1]);
      expect(r.stderr).toMatch(/notes\.txt exists and is not/);
    }
    expect(read(dir, 'notes.txt')).toBe('my notes');
    const own = await cli(['shots', 'ep01.fountain', '--suggest', '--csv', 'ep01.fountain'], dir);
    expect(own.stderr).toMatch(/ep01\.fountain is one of the files being read; Shotline will not overwrite it/);
  });

  it('fountain -o never writes over another script, nor a file of another kind', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.pdf'), PDF);
    expect((await cli(['fountain', 'ep01.fountain', '-o', 'ep02.fountain'], dir)).stderr).toMatch(/ep02\.fountain exists; Shotline will not overwrite a script/);
    expect((await cli(['fountain', 'ep01.fountain', '-o', 'old.pdf'], dir)).code).toBe(1);
    expect(read(dir, 'ep02.fountain')).toBe(SCRIPT.replace('Anna', 'Ben'));
    expect(read(dir, 'old.pdf')).toBe(PDF);
    expect((await cli(['fountain', 'ep01.fountain', '-o', 'strict.fountain'], dir)).code).toBe(0);
  });

  it('pdf -o refuses a spreadsheet', async () => {
    const dir = folder();
    expect((await cli(['breakdown', '.', '--xlsx', 'b.xlsx'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'b.xlsx'));
    const r = await cli(['pdf', 'ep01.fountain', '-o', 'b.xlsx'], dir);
    expect(r.stderr).toMatch(/b\.xlsx exists and is not a PDF/);
    expect(readFileSync(join(dir, 'b.xlsx')).equals(before)).toBe(true);
  });
});
