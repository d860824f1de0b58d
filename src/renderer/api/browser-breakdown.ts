// The breakdown API in a plain browser: the sample's projects are bundled into the page; projects saved in
// this page live in memory (keyed by path), as the in-browser files do.
/// <reference types="vite/client" />
import enProject from '../../../resources/sample/en/night-market-heiress.shotline.json?raw';
import zhProject from '../../../resources/sample/zh/night-market-heiress.shotline.json?raw';
import { readProject } from '../../core/breakdown/project';
import type { BreakdownApi, BreakdownProjectText, SampleLanguage } from '../../shared/api';
import { SAMPLE_LANGUAGES } from '../../shared/api';

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
    async saveProject(path: string, text: string): Promise<void> {
      if (!path.toLowerCase().endsWith('.shotline.json')) throw new Error(`Shotline saves projects only as .shotline.json files.`);
      const checked = readProject(text);
      if (!checked.ok) throw new Error(`The project was not saved: ${checked.message}.`);
      saved.set(path, text);
    },
  };
}
