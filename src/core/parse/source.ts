// Rebuilding the exact source text from a parse.
import type { Script } from '../model/script';

/** The text the script was parsed from, byte for byte (BOM and line endings included). */
export function sourceText(script: Script): string {
  let out = script.bom ? '\uFEFF' : '';
  for (const line of script.lines) out += line.text + line.eol;
  return out;
}
