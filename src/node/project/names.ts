// Traditional -> Simplified conversion for merging names (張浩 / 张浩), with opencc-js (character level:
// names and places are converted character by character, not re-worded as phrases).
import * as OpenCC from 'opencc-js/t2cn';
import type { ToSimplified } from '../../core/breakdown';

let converter: ToSimplified | null = null;

/** The shared converter (built once: the dictionaries take a moment to load). */
export function toSimplified(): ToSimplified {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter;
}
