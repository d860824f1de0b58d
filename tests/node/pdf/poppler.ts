// Reading PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftohtml), as a user's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const popplerPresent = has('pdftotext') && has('pdffonts') && has('pdfinfo');
export const POPPLER_ABSENT = 'skipped: poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed; on Debian: apt-get install poppler-utils';

const dir = mkdtempSync(join(tmpdir(), 'shotline-pdf-test-'));
let n = 0;

export function saved(bytes: Uint8Array): string {
  const path = join(dir, `t${n++}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The text of the PDF (all pages, or one). `raw` keeps the order the text was drawn in (our reading order);
 * without it pdftotext regroups lines into blocks by its own guesses, as viewers do for selection.
 */
export const pdfText = (path: string, page?: number, raw = false) =>
  tool('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(raw ? ['-raw'] : []), '-enc', 'UTF-8', path, '-']);

export interface PdfFont {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(path: string): PdfFont[] {
  return tool('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... emb sub uni object ID: the yes/no columns are the 5th to 3rd from the end.
      return { name: cols[0], embedded: cols.at(-5) === 'yes', subset: cols.at(-4) === 'yes' };
    });
}

export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of tool('pdfinfo', [path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

/** Bookmarks as "page title" lines, nested ones indented (pdftohtml -xml). */
export function pdfOutline(path: string): string[] {
  const xml = tool('pdftohtml', ['-xml', '-i', '-stdout', '-q', path]);
  const out: string[] = [];
  let depth = -1;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else out.push(`${'  '.repeat(depth)}${m[1]} ${m[2]}`);
  }
  return out;
}
