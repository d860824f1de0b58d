// Traditional -> Simplified conversion for merging names (張浩 / 张浩), with opencc-js (character level:
// names and places are converted character by character, not re-worded as phrases).
import { createRequire } from 'node:module';
import type * as OpenCCModule from 'opencc-js/t2cn';
import type { ToSimplified } from '../../core/breakdown';

let converter: ToSimplified | null = null;

/** The shared converter (built once: the dictionaries take a moment to load, so they load on first use). */
export function toSimplified(): ToSimplified {
  converter ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof OpenCCModule).Converter({ from: 't', to: 'cn' });
  return converter;
}
