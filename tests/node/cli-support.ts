// Running the CLI as a child process, from the sources (through tsx) or from a bundle built for the test.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'shotline.mjs');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Mode = 'source' | 'build';

/**
 * Builds the CLI bundle into a temporary folder (the same config as `npm run build:cli`), inside the
 * repository's node_modules so the bundle finds its runtime dependencies as out/cli does.
 */
export async function buildBundle(): Promise<string> {
  const parent = join(ROOT, 'node_modules', '.tmp');
  await mkdir(parent, { recursive: true });
  const out = await mkdtemp(join(parent, 'shotline-cli-build-'));
  await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT });
  return join(out, 'shotline.mjs');
}

/** Runs `shotline ARGS` through bin/shotline.mjs, from the sources or from `bundle`. */
export async function shotline(args: string[], options: { mode: Mode; bundle?: string; cwd?: string }): Promise<CliResult> {
  const env = { ...process.env, SHOTLINE_CLI: options.mode, SHOTLINE_CLI_BUNDLE: options.bundle ?? '', NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
