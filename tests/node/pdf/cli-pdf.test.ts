import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/node/cli/main';
import { ROOT, shotline } from '../cli-support';
import { pdfInfo, pdfOutline, pdfText, POPPLER_ABSENT, popplerPresent } from './poppler';

const SAMPLE = join(ROOT, 'resources', 'sample');
let dir = '';
const run = (args: string[]) => shotline(args, { mode: 'source', cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shotline-cli-pdf-'));
});

describe.skipIf(!popplerPresent)('shotline pdf', () => {
  it('prints one episode, with a plain final line on a pipe (no progress bar)', async () => {
    const r = await run(['pdf', join(SAMPLE, 'en', 'ep01.fountain'), '-o', 'ep01.pdf', '--scene-numbers', 'left']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^shotline: wrote ep01\.pdf \(\d+ pages\)\n$/);
    expect(r.stderr).not.toContain('\r');
    const info = pdfInfo(join(dir, 'ep01.pdf'));
    expect(info['Page size']).toMatch(/612 x 792/);
    expect(pdfText(join(dir, 'ep01.pdf'))).toContain('FU\'AN NIGHT MARKET');
  });

  it('prints a series folder as one PDF with contents and bookmarks, on A4', async () => {
    const r = await run(['pdf', join(SAMPLE, 'zh'), '-o', 'series.pdf', '--paper', 'a4']);
    expect(r.code).toBe(0);
    const path = join(dir, 'series.pdf');
    expect(pdfInfo(path)['Page size']).toMatch(/595\.2\d x 841\.8\d/);
    expect(pdfText(path, 2)).toContain('目录');
    expect(pdfOutline(path).filter((l) => !l.startsWith(' '))).toHaveLength(10);
  });

  it('prints one episode of a folder, or one PDF per episode into a folder', async () => {
    const one = await run(['pdf', join(SAMPLE, 'zh'), '--episode', '7', '-o', 'ep7.pdf']);
    expect(one.code).toBe(0);
    expect(pdfText(join(dir, 'ep7.pdf'))).toContain('第7集');
    const each = await run(['pdf', join(SAMPLE, 'en'), '-o', 'each/']);
    expect(each.code).toBe(0);
    expect((await readdir(join(dir, 'each'))).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `episode-${String(i + 1).padStart(2, '0')}.pdf`));
  });

  it('draws a progress bar on a terminal', async () => {
    let err = '';
    const io = { stdout: { write: () => true }, stderr: { isTTY: true, write: (c: string) => (err += c) }, cwd: dir };
    expect(await runCli(['pdf', join(SAMPLE, 'zh'), '-o', 'tty.pdf'], io)).toBe(0);
    expect(err).toMatch(/\rlaying out \[#{30}\] 10\/10 episodes/);
    expect(err).toMatch(/\rwriting {4}\[#{30}\] (\d+)\/\1 pages/);
    expect(err).toMatch(/\nshotline: wrote tty\.pdf \(\d+ pages\)\n$|\rshotline: wrote tty\.pdf \(\d+ pages\)\n$/);
  });

  it('says what is wrong and never writes over a script', async () => {
    const script = join(dir, 'keep.fountain');
    await writeFile(script, 'INT. A - DAY\n\nOne.\n');
    const over = await run(['pdf', script, '-o', 'keep.fountain']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/will not overwrite it/);
    expect(await readFile(script, 'utf8')).toBe('INT. A - DAY\n\nOne.\n');
    const notPdf = join(dir, 'notes.txt');
    await writeFile(notPdf, 'my notes');
    expect((await run(['pdf', script, '-o', 'notes.txt'])).stderr).toMatch(/exists and is not a PDF/);
    expect(await readFile(notPdf, 'utf8')).toBe('my notes');
    expect((await run(['pdf', script])).stderr).toMatch(/-o FILE is needed/);
    expect((await run(['pdf', script, '-o', 'x.pdf', '--paper', 'legal'])).code).toBe(2);
    expect((await run(['pdf', script, '-o', 'x.pdf', '--scene-numbers', 'middle'])).stderr).toMatch(/left, right, both, none/);
    const missing = await run(['pdf', join(SAMPLE, 'en'), '--episode', '42', '-o', 'x.pdf']);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/no episode 42 \(episodes found: 1, 2, 3/)]);
    // A PDF from an earlier run may be replaced.
    expect((await run(['pdf', script, '-o', 'ep01.pdf'])).code).toBe(0);
  });
});

describe.skipIf(popplerPresent)('shotline pdf (poppler absent)', () => {
  it('is checked with poppler-utils', () => console.warn(POPPLER_ABSENT));
});
