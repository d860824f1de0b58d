// .ci/run refuses to start on a Node older than 20 (with a message saying so) before installing anything.
// The script runs with a PATH of stand-ins: node reporting a chosen version, and dpkg, apt-get and npm
// that only note that they were called.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function ci(nodeVersion: string | null): Promise<{ code: number; stderr: string; calls: string[] }> {
  const bin = mkdtempSync(join(tmpdir(), 'shotline-ci-'));
  const log = join(bin, 'calls.log');
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  if (nodeVersion !== null) stub('node', `echo ${nodeVersion}`);
  for (const name of ['dpkg', 'apt-get', 'npm']) stub(name, `echo "${name} $*" >> ${log}`);
  symlinkSync('/usr/bin/dirname', join(bin, 'dirname'));
  try {
    const { stderr } = await run('/bin/bash', [join(ROOT, '.ci', 'run')], { env: { PATH: bin, HOME: bin } });
    return { code: 0, stderr, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
  }
}

describe('.ci/run', () => {
  it.each(['v18.19.1', 'v16.20.2'])('stops on Node %s with a clear message, before installing anything', async (version) => {
    const r = await ci(version);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Node.js 20 or newer is required (found ${version})`);
    expect(r.calls).toEqual([]);
  });

  it('stops when there is no node at all', async () => {
    const r = await ci(null);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Node\.js 20 or newer is required.*not found/);
    expect(r.calls).toEqual([]);
  });

  it.each(['v20.11.1', 'v22.3.0'])('goes on with Node %s', async (version) => {
    const r = await ci(version);
    expect(r.stderr).not.toMatch(/is required/);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
  });
});
