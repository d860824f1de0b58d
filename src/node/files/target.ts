// Where an output (a PDF, a spreadsheet, a CSV report, a strict Fountain copy) may be written. Never over a
// file being read (a script, the project), never over a folder or a device, and never over an existing file
// of another kind: a script given as the output by mistake must survive. An existing file of the same kind
// (an earlier report, a PDF from the last run) may be replaced, except for scripts: an existing script is
// never written over.
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeBytes } from './encoding';
import { ShotlineFileError } from './errors';

export type OutputKind = 'pdf' | 'xlsx' | 'csv' | 'fountain';

export interface OutputTargetOptions {
  /** The files being read (scripts, the project file): never written over, whatever they hold. */
  inputs?: readonly string[];
  /** How the output is named in messages (default: the path). */
  shown?: string;
}

const WHAT: Record<OutputKind, string> = { pdf: 'a PDF', xlsx: 'a spreadsheet (.xlsx)', csv: 'a CSV file', fountain: 'a script' };
const NAME: Record<OutputKind, string> = { pdf: '.pdf', xlsx: '.xlsx', csv: '.csv', fountain: '.fountain' };

async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** Whether the bytes of an existing file are an output of this kind (so replacing it loses nothing of the user's). */
export function isOutputOfKind(path: string, bytes: Uint8Array, kind: OutputKind): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (kind) {
    case 'pdf':
      return buffer.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'xlsx':
      // A zip archive holding a workbook (a .docx or a plain .zip is not one).
      return buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && buffer.includes('xl/workbook');
    case 'csv':
      return /\.csv$/i.test(basename(path)) && decodeBytes(bytes).ok;
    case 'fountain':
      // A script is never replaced: an existing file is always someone's.
      return false;
  }
}

/**
 * Throws a ShotlineFileError (code `not-replaceable`) with a writer's message when `path` must not be written
 * as an output of `kind`: it is one of the inputs, a folder or a device, or an existing file that is not an
 * output of that kind. Resolves when there is no file there, or an earlier output of the same kind.
 */
export async function checkOutputTarget(path: string, kind: OutputKind, options: OutputTargetOptions = {}): Promise<void> {
  const shown = options.shown ?? path;
  const refuse = (why: string) => new ShotlineFileError('not-replaceable', path, `${shown} ${why}`, { params: { kind } });
  const inputs = options.inputs ?? [];
  if (inputs.length > 0) {
    const target = await real(path);
    for (const input of inputs) {
      if (input === path || (await real(input)) === target) {
        throw refuse(`is one of the files being read; Shotline will not overwrite it. Choose another file name.`);
      }
    }
  }
  const info = await stat(path).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) throw refuse('is a folder; choose a file name.');
  if (!info.isFile()) throw refuse('is not a regular file; choose another file name.');
  if (kind === 'fountain') throw refuse(`exists; Shotline will not overwrite a script. Choose a new ${NAME[kind]} file name.`);
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null || !isOutputOfKind(path, bytes, kind)) {
    throw refuse(`exists and is not ${WHAT[kind]}; Shotline will not overwrite it. Choose another file name.`);
  }
}
