// The shot-list API in a plain browser: the sample's shot lists are bundled into the page; shot lists saved in
// this page live in memory, mirrored to localStorage (keyed by script path), as the in-browser files are.
// localStorage plays the disk: reads and the check before a save look at it afresh, so a save made meanwhile
// in another tab is "another program's change" and is refused, as on the desktop.
/// <reference types="vite/client" />
import enShots from '../../../resources/sample/en/ep01.shots.json?raw';
import zhShots from '../../../resources/sample/zh/ep01.shots.json?raw';
import { textFingerprint } from '../../core/hash';
import { readShotList } from '../../core/shots/file';
import type { SampleLanguage, SaveBase, SavedText, ShotsApi, ShotsFileText } from '../../shared/api';
import { apiError, SAMPLE_LANGUAGES } from '../../shared/api';

const SAMPLE_SHOTS: Record<SampleLanguage, string> = { en: enShots, zh: zhShots };
export const SHOTS_STORAGE_KEY = 'shotline.browser.shots';

const besideOf = (scriptPath: string) => scriptPath.replace(/\.[^./\\]*$/, '') + '.shots.json';

export function createBrowserShots(storage: Storage | null): ShotsApi {
  const saved = new Map<string, string>();
  try {
    const raw = storage?.getItem(SHOTS_STORAGE_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) if (typeof v === 'string') saved.set(k, v);
  } catch {
    // Unreadable storage: start empty; nothing is written over it until a save.
  }
  /** What localStorage holds now (another tab may have saved since), or null when it cannot be read. */
  const stored = (): Record<string, unknown> | null => {
    try {
      const raw = storage?.getItem(SHOTS_STORAGE_KEY);
      const data: unknown = raw ? JSON.parse(raw) : {};
      return data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  /** The list at `path` as "on disk": localStorage's when it has one, else this page's. */
  const current = (path: string): string | undefined => {
    const value = stored()?.[path];
    return typeof value === 'string' ? value : saved.get(path);
  };
  const persist = (path: string, text: string) => {
    try {
      // Only this list changes: the others stay as other tabs left them.
      storage?.setItem(SHOTS_STORAGE_KEY, JSON.stringify({ ...Object.fromEntries(saved), ...(stored() ?? {}), [path]: text }));
    } catch {
      // Storage full or refused: the lists stay in memory for this page.
    }
  };
  return {
    async readShotsBeside(scriptPath: string): Promise<ShotsFileText | null> {
      const path = besideOf(scriptPath);
      const text = current(path);
      return text === undefined ? null : { path, text, readOnly: false };
    },
    async readSampleShots(lang: SampleLanguage): Promise<ShotsFileText | null> {
      if (!SAMPLE_LANGUAGES.includes(lang)) throw new Error(`There is no bundled sample in "${String(lang)}".`);
      return { path: null, text: SAMPLE_SHOTS[lang], readOnly: true };
    },
    async saveShots(scriptPath: string, text: string, base: SaveBase): Promise<SavedText> {
      const checked = readShotList(text);
      if (!checked.ok) throw new Error(`The shot list was not saved: ${checked.message}`);
      const path = besideOf(scriptPath);
      const name = path.replace(/^.*[\\/]/, '');
      const before = current(path);
      if (before !== undefined && !readShotList(before).ok) throw apiError(`${path} could not be read; Shotline will not replace it.`, 'unreadable-shots', { name });
      if (before !== undefined && base.force !== true && textFingerprint(before) !== base.expected) {
        throw apiError(`"${name}" was changed by another program since Shotline read it. The shot list was not saved: reload it to see the other version, or save again and choose to overwrite it.`, 'changed-on-disk', { name });
      }
      saved.set(path, text);
      persist(path, text);
      return { path, hash: textFingerprint(text) };
    },
  };
}
