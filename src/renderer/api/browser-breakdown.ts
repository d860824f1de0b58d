// The breakdown API in a plain browser: the sample's projects are bundled into the page; projects saved in
// this page live in memory (keyed by path), as the in-browser files do.
/// <reference types="vite/client" />
import enProject from '../../../resources/sample/en/night-market-heiress.shotline.json?raw';
import zhProject from '../../../resources/sample/zh/night-market-heiress.shotline.json?raw';
import { readProject } from '../../core/breakdown/project';
import { textFingerprint } from '../../core/hash';
import type { BreakdownApi, BreakdownProjectText, SampleLanguage, SaveBase, SavedText } from '../../shared/api';
import { apiError, SAMPLE_LANGUAGES } from '../../shared/api';

const SAMPLE_PROJECTS: Record<SampleLanguage, string> = { en: enProject, zh: zhProject };

const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');

export function createBrowserBreakdown(): BreakdownApi {
  const saved = new Map<string, string>();
  return {
    async readSampleProject(lang: SampleLanguage): Promise<BreakdownProjectText> {
      if (!SAMPLE_LANGUAGES.includes(lang)) throw new Error(`There is no bundled sample in "${String(lang)}".`);
      return { path: null, text: SAMPLE_PROJECTS[lang], readOnly: true };
    },
    async readProjectBeside(scriptPath: string): Promise<BreakdownProjectText | null> {
      const folder = folderOf(scriptPath);
      const found = [...saved.entries()].find(([path]) => folderOf(path) === folder);
      return found ? { path: found[0], text: found[1], readOnly: false } : null;
    },
    async saveProject(path: string, text: string, base: SaveBase): Promise<SavedText> {
      if (!path.toLowerCase().endsWith('.shotline.json')) throw new Error(`Shotline saves projects only as .shotline.json files.`);
      const checked = readProject(text);
      if (!checked.ok) throw new Error(`The project was not saved: ${checked.message}.`);
      const before = saved.get(path);
      if (before !== undefined && base.force !== true && textFingerprint(before) !== base.expected) {
        const name = path.replace(/^.*[\\/]/, '');
        throw apiError(`"${name}" was changed by another program since Shotline read it. The project was not saved: reload it to see the other version, or save again and choose to overwrite it.`, 'changed-on-disk', { name });
      }
      saved.set(path, text);
      return { path, hash: textFingerprint(text) };
    },
  };
}
