// What a parse keeps beside the plain Script for the incremental reparse. Held in a WeakMap so the
// Script itself stays plain JSON data.
import type { Language, Script } from '../model/script';

export interface ParseInternals {
  /** Offset of each line's first character. */
  lineStart: Float64Array;
  /** Classifier state at the start of each line; one more entry than lines. */
  stateIn: Uint8Array;
  han: number;
  latin: number;
  /** The language forced by the caller, if any. */
  forced: Language | undefined;
  /** Number of leading lines that belong to the title page, with the blank line that ends it. */
  titleLines: number;
}

export const internals = new WeakMap<Script, ParseInternals>();
