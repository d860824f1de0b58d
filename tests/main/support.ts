// Helpers for the main-process tests: a temporary folder, and the file handlers wired to real files and
// real stores in it (dialogs answered by the test).
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecentStore, createRecoveryStore, listSeriesFolder } from '../../src/node/files';
import type { FileChange } from '../../src/shared/api';
import { createDocumentRegistry } from '../../src/main/documents';
import { nodeScriptFiles } from '../../src/main/files';
import { createFileHandlers } from '../../src/main/handlers';
import { createRecoveryHandlers } from '../../src/main/handlers-recovery';

export const ROOT = join(import.meta.dirname, '..', '..');

export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Choices {
  open?: string | null;
  save?: string | null;
  folder?: string | null;
}

/** A main process's file and recovery handlers over `dataDir` (userData), as one session. */
export function session(dataDir: string, options: { choices?: Choices; session?: string; resourcesDir?: string } = {}) {
  const choices: Choices = options.choices ?? {};
  const changes: FileChange[] = [];
  const documents = createDocumentRegistry();
  const recent = createRecentStore(join(dataDir, 'recent.json'));
  const recovery = createRecoveryStore(join(dataDir, 'recovery'), options.session ?? 'aaaaaaaa1');
  const files = createFileHandlers({
    chooseFileToOpen: async () => choices.open ?? null,
    chooseFileToSave: async () => choices.save ?? null,
    chooseFolder: async () => choices.folder ?? null,
    files: nodeScriptFiles,
    listFolder: listSeriesFolder,
    documents,
    recent,
    recovery,
    fileChanged: (change) => changes.push(change),
    resourcesDir: options.resourcesDir ?? join(ROOT, 'resources'),
    readTextFile: (path) => readFile(path, 'utf8'),
  });
  const recoveryHandlers = createRecoveryHandlers({
    documents,
    recovery,
    readFile: (path) => nodeScriptFiles.read(path).catch(() => null),
    untitled: () => 'Untitled',
  });
  return { ...files, ...recoveryHandlers, choices, changes, documents, recovery, recent };
}
