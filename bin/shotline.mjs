#!/usr/bin/env node
// `shotline` (and `npx shotline`): runs the built CLI (out/cli/shotline.mjs, from `npm run build`) when it
// is there and at least as new as the sources, else the TypeScript sources directly through tsx.
// SHOTLINE_CLI=build or SHOTLINE_CLI=source picks one explicitly; SHOTLINE_CLI_BUNDLE names another built
// bundle (the tests build one in a temporary folder).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = process.env.SHOTLINE_CLI_BUNDLE || join(root, 'out', 'cli', 'shotline.mjs');
const source = join(root, 'src', 'node', 'cli', 'main.ts');

/** Newest modification time of the files under the given folders. */
function newest(folders) {
  let max = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else max = Math.max(max, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(folder)) walk(folder);
  return max;
}

function useBuild() {
  const choice = process.env.SHOTLINE_CLI;
  if (choice === 'source') return false;
  if (!existsSync(built)) return false;
  if (choice === 'build' || !existsSync(source)) return true;
  return statSync(built).mtimeMs >= newest([join(root, 'src', 'core'), join(root, 'src', 'node')]);
}

// `shotline parse big.fountain --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let cli;
try {
  if (useBuild()) {
    cli = await import(pathToFileURL(built).href);
  } else if (existsSync(source)) {
    const { tsImport } = await import('tsx/esm/api');
    cli = await tsImport(pathToFileURL(source).href, import.meta.url);
  } else {
    throw new Error(`neither ${built} nor ${source} exists; run "npm run build"`);
  }
} catch (error) {
  process.stderr.write(`shotline: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(70);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
