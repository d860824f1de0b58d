// The handlers with real files in a temporary folder: open, save (only to paths the user chose), save as,
// the bundled sample.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createHandlers } from '../../src/main/handlers';
import type { HandlerDeps } from '../../src/main/handlers';
import { nodeScriptFiles } from '../../src/main/files';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shotline-handlers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function handlersWith(choices: { open?: string | null; save?: string | null } = {}, resourcesDir = join(ROOT, 'resources')) {
  const deps: HandlerDeps = {
    chooseFileToOpen: async () => choices.open ?? null,
    chooseFileToSave: async () => choices.save ?? null,
    files: nodeScriptFiles,
    resourcesDir,
    readTextFile: (path) => readFile(path, 'utf8'),
  };
  return createHandlers(deps);
}

describe('the API handlers', () => {
  it('open: null when the dialog is cancelled', async () => {
    expect(await handlersWith().openFile()).toBeNull();
  });

  it('open then save without edits gives back the same bytes (CRLF, BOM)', async () => {
    const path = join(dir, 'crlf.fountain');
    const bytes = Buffer.from('\uFEFFINT. A - DAY\r\n\r\nAction.\r\n', 'utf8');
    writeFileSync(path, bytes);
    const handlers = handlersWith({ open: path });
    const file = await handlers.openFile();
    expect(file).toEqual({ path, name: 'crlf.fountain', text: 'INT. A - DAY\r\n\r\nAction.\r\n', encoding: 'utf-8', bom: true, eol: 'CRLF' });
    await handlers.saveFile(path, file!.text);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('keeps a Latin-1 file in its encoding when saving', async () => {
    const path = join(dir, 'latin1.fountain');
    writeFileSync(path, Buffer.from('CAF\xc9 - NIGHT\n', 'latin1'));
    const handlers = handlersWith({ open: path });
    const file = await handlers.openFile();
    expect(file?.text).toBe('CAFÉ - NIGHT\n');
    const saved = await handlers.saveFile(path, 'CAFÉ - DAY\n');
    expect(saved.encoding).toBe(file!.encoding);
    expect(readFileSync(path, 'latin1')).toBe('CAFÉ - DAY\n');
  });

  it('refuses to save to a path the user did not choose, and writes nothing', async () => {
    const target = join(dir, 'not-chosen.fountain');
    await expect(handlersWith().saveFile(target, 'text')).rejects.toThrow(/saves only to files opened or chosen with "Save As"/);
    expect(existsSync(target)).toBe(false);
  });

  it('save as writes UTF-8 to the chosen file, which later saves may use', async () => {
    const path = join(dir, 'new.fountain');
    const handlers = handlersWith({ save: path });
    expect(await handlers.saveFileAs('第1集\n林晚：你好。\n')).toEqual({ path, name: 'new.fountain', encoding: 'utf-8' });
    expect(readFileSync(path, 'utf8')).toBe('第1集\n林晚：你好。\n');
    await handlers.saveFile(path, '第1集\n');
    expect(readFileSync(path, 'utf8')).toBe('第1集\n');
    expect(await handlersWith().saveFileAs('x')).toBeNull();
  });

  it('passes on the file adapter’s message for a file that is not a script', async () => {
    const path = join(dir, 'binary.fountain');
    writeFileSync(path, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]));
    await expect(handlersWith({ open: path }).openFile()).rejects.toThrow(/binary\.fountain/);
  });

  it('reads the bundled samples', async () => {
    const handlers = handlersWith();
    const en = await handlers.readSample('en');
    expect(en.text).toBe(readFileSync(join(ROOT, 'resources', 'sample', 'en', 'ep01.fountain'), 'utf8'));
    expect((await handlers.readSample('zh')).text).toContain('第1集');
    await expect(handlersWith({}, join(dir, 'nowhere')).readSample('en')).rejects.toThrow(/bundled en sample episode is missing/);
  });
});
