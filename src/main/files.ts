// The one place the main process touches script files: src/node/files behind the ScriptFiles interface.
import { readScriptFile, writeScriptFileAtomic } from '../node/files';
import type { ScriptFiles } from './handlers';

export const nodeScriptFiles: ScriptFiles = {
  async read(path) {
    const file = await readScriptFile(path);
    return { text: file.text, encoding: file.encoding, bom: file.bom, eol: file.eol };
  },
  async write(path, text, encoding, bom) {
    await writeScriptFileAtomic(path, text, { encoding, bom });
  },
};
