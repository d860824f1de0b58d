// Public face of the parser. Fountain 1.1 plus the Chinese script conventions of DESIGN.md.
export { parse } from './parse';
export type { ParseOptions } from './parse';
export { reparse } from './reparse';
export { sourceText } from './source';
export { parseInline } from './inline';
export type { InlineRun, InlineStyle } from './inline';
