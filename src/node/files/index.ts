// Script files on disk: encodings, bad input, atomic saves. See encoding.ts for the decisions.
export { readScriptFile, MAX_SCRIPT_BYTES } from './read';
export type { ScriptFile, FileSystem, FileOptions } from './read';
export { writeScriptFileAtomic } from './write';
export type { SavedScriptFile } from './write';
export { ShotlineFileError, isShotlineFileError } from './errors';
export type { FileErrorCode } from './errors';
export { decodeBytes, encodeText, eolStyle, toSpec, isScriptEncoding, ENCODINGS } from './encoding';
export type { ScriptEncoding, EncodingSpec, EncodingInput, EolStyle } from './encoding';
