// The JSON shape of `shotline parse --json`: plain data, one object per element, positions flattened.
import type { Element, Script } from '../../core/model/script';
import type { ScriptFile } from '../files';

export interface ElementJson {
  type: Element['type'];
  text: string;
  /** First and last source line (1-based). */
  line: number;
  endLine: number;
  /** Columns and offsets in UTF-16 code units of the decoded text (without the byte-order mark). */
  column: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  [field: string]: unknown;
}

export interface ScriptJson {
  language: Script['language'];
  languageSource: Script['languageSource'];
  file: { encoding: string; bom: boolean; eol: string; size: number };
  titlePage: { key: string; value: string }[];
  elements: ElementJson[];
}

export function elementJson(el: Element): ElementJson {
  const { type, text, range, ...parts } = el;
  return {
    type,
    text,
    line: range.start.line,
    endLine: range.end.line,
    column: range.start.column,
    endColumn: range.end.column,
    offset: range.start.offset,
    endOffset: range.end.offset,
    ...parts,
  };
}

export function scriptJson(script: Script, file: ScriptFile): ScriptJson {
  return {
    language: script.language,
    languageSource: script.languageSource,
    file: { encoding: file.encoding, bom: file.bom, eol: file.eol, size: file.size },
    titlePage: script.titlePage.map(({ key, value }) => ({ key, value })),
    elements: script.elements.map(elementJson),
  };
}
