// The one place the main process touches files: src/node/files behind the ScriptFiles interface, and the
// small JSON files of the app's data folder (preferences).
import {
  checkDisk,
  encodeText,
  fingerprintFile,
  hashBytes,
  readJsonFile,
  readScriptFile,
  serialQueue,
  stampOf,
  toSpec,
  writeJsonFileAtomic,
  writeScriptFileAtomic,
} from '../node/files';
import type { Fingerprint } from '../node/files';
import { dirname } from 'node:path';
import type { ScriptFiles } from './handlers';
import type { LanguageStore } from './language';
import { isUiLanguage } from './language';

export const nodeScriptFiles: ScriptFiles = {
  async read(path) {
    // The stamp is taken before the read: if the file changes in between, the next check hashes again.
    const stamp = await stampOf(path).catch(() => null);
    const file = await readScriptFile(path);
    const spec = toSpec({ encoding: file.encoding, bom: file.bom });
    // Decoding is accepted only when encoding gives the same bytes back, so this is the hash of the file read.
    const bytes = spec && encodeText(file.text, spec);
    const fingerprint: Fingerprint | null = bytes ? { hash: hashBytes(bytes), stamp } : await fingerprintFile(path);
    return { text: file.text, encoding: file.encoding, bom: file.bom, eol: file.eol, fingerprint };
  },
  async write(path, text, encoding, bom) {
    const written = await writeScriptFileAtomic(path, text, { encoding, bom });
    const spec = toSpec({ encoding, bom });
    const bytes = spec && encodeText(text, spec);
    // Read back: if another program wrote in the moment after the rename, its stamp must not pass for ours.
    const now = await fingerprintFile(written.path).catch(() => null);
    if (!bytes) return now;
    const hash = hashBytes(bytes);
    return now && now.hash === hash ? now : { hash, stamp: null };
  },
  check: (path, baseline) => checkDisk(path, baseline),
};

/** A JSON object of settings in the app's data folder; keys this build does not know are kept. */
export function createPreferencesFile(file: string) {
  const queue = serialQueue();
  const load = async (): Promise<Record<string, unknown>> => {
    const read = await readJsonFile(file);
    return read.ok && typeof read.value === 'object' && read.value !== null && !Array.isArray(read.value) ? (read.value as Record<string, unknown>) : {};
  };
  return {
    get: (key: string) => queue(async () => (await load())[key]),
    set: (key: string, value: unknown) =>
      queue(async () => {
        const data = await load();
        if (value === undefined || value === null) delete data[key];
        else data[key] = value;
        await writeJsonFileAtomic(file, { version: 1, ...data }, dirname(file));
      }),
  };
}

export function preferencesLanguageStore(preferences: ReturnType<typeof createPreferencesFile>): LanguageStore {
  return {
    async load() {
      const value = await preferences.get('uiLanguage');
      return isUiLanguage(value) ? value : null;
    },
    save: (language) => preferences.set('uiLanguage', language),
  };
}
