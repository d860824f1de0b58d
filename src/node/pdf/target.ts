// Where a PDF may be written: never over a script or any other file that is not a PDF, never over a folder.
import { readFile, stat } from 'node:fs/promises';

/**
 * Throws an Error with a writer's message when `out` is one of the scripts being printed, a folder, or an
 * existing file that is not a PDF (a script given as the output by mistake must survive). `shown` names it.
 */
export async function checkPdfTarget(out: string, inputs: readonly string[], shown = out): Promise<void> {
  if (inputs.includes(out)) throw new Error(`${shown} is one of the scripts being printed; Shotline will not overwrite it. Choose a .pdf file name.`);
  const info = await stat(out).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) throw new Error(`${shown} is a folder; choose a file name.`);
  const head = await readFile(out).then(
    (b) => b.subarray(0, 5).toString('latin1'),
    () => '',
  );
  if (head !== '%PDF-') throw new Error(`${shown} exists and is not a PDF; Shotline will not overwrite it. Choose another file name.`);
}
