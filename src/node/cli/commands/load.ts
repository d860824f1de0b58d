// Reading and parsing the script a command works on.
import { resolve } from 'node:path';
import type { Language, Script } from '../../../core/model/script';
import { parse } from '../../../core/parse';
import { readScriptFile, type ScriptFile } from '../../files';
import { CliError, type CliIo, type OptionSpec } from '../command';

export const LANGUAGE_OPTION: OptionSpec = {
  type: 'string',
  help: 'read the script with English or Chinese conventions, whatever its title page says',
  valueName: 'en|zh',
};

export function languageOption(value: string | boolean | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'zh') return value;
  throw new CliError(`--language must be "en" or "zh", not "${String(value)}".`);
}

export interface LoadedScript {
  path: string;
  file: ScriptFile;
  script: Script;
}

/** Reads and parses FILE; file problems become ShotlineFileErrors with a writer's message. */
export async function loadScript(path: string, io: CliIo, language: Language | undefined): Promise<LoadedScript> {
  const full = resolve(io.cwd, path);
  const file = await readScriptFile(full);
  return { path: full, file, script: parse(file.text, language ? { language } : {}) };
}
