// Locking the scene numbers of script files on disk: the pure edits of src/core/shots/lock.ts, written back
// atomically in each file's own encoding, byte-order mark and line endings. A file that changed on disk since
// it was read is left alone.
import { basename } from 'node:path';
import { applyTextEdits, lockSceneNumbers, type LockedScene } from '../../core/shots';
import { readScriptFile, writeScriptFileAtomic } from '../files';
import type { ShotsSeries } from './series';

export interface LockedFile {
  path: string;
  locked: LockedScene[];
  kept: number;
}

/** Locks every document of `series`; resolves to what changed per file (files with nothing to lock included). */
export async function lockSeriesFiles(series: ShotsSeries): Promise<LockedFile[]> {
  const out: LockedFile[] = [];
  for (const doc of series.documents) {
    const result = lockSceneNumbers(doc.script, doc.scenes);
    if (result.edits.length > 0) {
      const file = await readScriptFile(doc.path);
      const parsedText = doc.script.lines.map((l) => l.text + l.eol).join('');
      if (file.text !== parsedText) throw new Error(`${basename(doc.path)} changed on disk while Shotline was reading it; nothing was written. Run the command again.`);
      await writeScriptFileAtomic(doc.path, applyTextEdits(file.text, result.edits), { encoding: file.encoding, bom: file.bom });
    }
    out.push({ path: doc.path, locked: result.locked, kept: result.kept });
  }
  return out;
}
