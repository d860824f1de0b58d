// The shot-list store against the real main-process handlers and files: each save says which text it
// replaces, a change by another program is refused (conflict) instead of overwritten, and the user reloads
// (their edit one Undo away) or overwrites.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createShotsHandlers, shotsDeps } from '../../src/main/handlers-shots';
import { createDocumentRegistry } from '../../src/main/documents';
import { ShotsStore } from '../../src/renderer/shots/store';
import { emptyShotList, writeShotList } from '../../src/core/shots';
import type { ShotsApi } from '../../src/shared/api';

const ROOT = join(import.meta.dirname, '..', '..');
const stores: ShotsStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'shotline-store-'));
  const script = join(dir, 'ep01.fountain');
  const file = join(dir, 'ep01.shots.json');
  writeFileSync(script, 'INT. KITCHEN - DAY\n\nAnna cooks.\n');
  writeFileSync(file, writeShotList(emptyShotList('ep01.fountain')));
  const documents = createDocumentRegistry();
  documents.allowOpen(script);
  const handlers = createShotsHandlers(shotsDeps(join(ROOT, 'resources'), documents));
  const api: ShotsApi = { readShotsBeside: handlers.readShotsBeside, readSampleShots: handlers.readSampleShots, saveShots: handlers.saveShots };
  const store = new ShotsStore(api);
  stores.push(store);
  store.open({ key: script, kind: 'file', path: script, name: 'ep01.fountain', language: 'en' });
  await until(() => store.get(script)?.state === 'clean');
  /** An edit (the list's script name, which the file keeps): a new list, so it is saved. */
  const edit = (name: string) => store.edit(script, [], (r) => ({ ...r, script: name }));
  return { script, file, store, edit };
}

describe('ShotsStore saves', () => {
  it('one after another, each based on what the last one wrote', async () => {
    const { script, file, store, edit } = await setup();
    edit('One');
    await store.save(script);
    expect(store.get(script)?.state).toBe('saved');
    edit('Two');
    await store.save(script);
    expect(store.get(script)?.state).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe(writeShotList(store.get(script)!.list));
  });

  it('are refused, not written, when another program changed the file; reload brings in its version', async () => {
    const { script, file, store, edit } = await setup();
    const theirs = readFileSync(file, 'utf8').replace('"scenes": []', '"scenes": [], "by": "sync tool"');
    writeFileSync(file, theirs);
    edit('Mine');
    const mine = store.get(script)!.list;
    await store.save(script);
    const doc = store.get(script)!;
    expect(doc.state).toBe('conflict');
    expect(doc.problem).toMatchObject({ code: 'changed-on-disk', params: { name: 'ep01.shots.json' } });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    // Further edits wait for the user's choice instead of being refused again and again.
    edit('Mine, more');
    expect(store.get(script)!.state).toBe('conflict');
    await store.reload(script);
    expect(store.get(script)!.state).toBe('clean');
    expect(store.get(script)!.history.at(-1)?.script).toBe('Mine, more');
    // Saved on the reloaded text: fine.
    edit('After reload');
    await store.save(script);
    expect(store.get(script)!.state).toBe('saved');
    expect(mine.script).toBe('Mine');
  });

  it('overwrite the other version when the user chooses to', async () => {
    const { script, file, store, edit } = await setup();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"scenes": []', '"scenes": [], "by": "sync tool"'));
    edit('Mine');
    await store.save(script);
    expect(store.get(script)!.state).toBe('conflict');
    await store.overwrite(script);
    expect(store.get(script)!.state).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe(writeShotList(store.get(script)!.list));
  });
});
