// The import boundaries of DESIGN.md are enforced by eslint.config.js; these tests prove the rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('import boundaries', () => {
  it('core may not import Node built-ins', async () => {
    expect(await problems('src/core/parse/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).not.toEqual([]);
    expect(await problems('src/core/parse/x.ts', "import path from 'path';\nexport const a = path;\n")).not.toEqual([]);
  });
  it('core may not import Electron, the DOM or other layers', async () => {
    expect(await problems('src/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await problems('src/core/x.ts', "import { f } from '../node/files';\nexport const a = f;\n")).not.toEqual([]);
    expect(await problems('src/core/x.ts', 'export const a = document.title;\n')).not.toEqual([]);
    expect(await problems('src/core/x.ts', 'export const a = process.env;\n')).not.toEqual([]);
  });
  it('core may import core', async () => {
    expect(await problems('src/core/breakdown/x.ts', "import { parse } from '../parse';\nexport const a = parse;\n")).toEqual([]);
  });
  it('the renderer may not import main, node, preload or electron', async () => {
    for (const spec of ['../main/index', '../node/files', '../preload/index', 'electron', 'node:fs']) {
      expect(await problems('src/renderer/x.ts', `import * as m from '${spec}';\nexport const a = m;\n`), spec).not.toEqual([]);
    }
  });
  it('the renderer may import core and shared', async () => {
    expect(await problems('src/renderer/x.ts', "import { parse } from '../core/parse';\nimport type { ShotlineApi } from '../shared/api';\nexport const a: ShotlineApi | typeof parse = parse;\n")).toEqual([]);
  });
  it('node adapters may not import electron or the renderer', async () => {
    expect(await problems('src/node/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await problems('src/node/x.ts', "import * as r from '../renderer/App';\nexport const a = r;\n")).not.toEqual([]);
  });
  it('preload may import electron and shared only', async () => {
    expect(await problems('src/preload/x.ts', "import { contextBridge } from 'electron';\nimport type { ShotlineApi } from '../shared/api';\nexport const a: ShotlineApi | typeof contextBridge = contextBridge;\n")).toEqual([]);
    expect(await problems('src/preload/x.ts', "import { parse } from '../core/parse';\nexport const a = parse;\n")).not.toEqual([]);
  });
});
