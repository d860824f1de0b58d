// Full parse: text -> Script.
import type { Element, Language, LanguageSource, Script, ScriptLine } from '../model/script';
import { classifyLine, INITIAL_STATE } from './classify';
import { buildElements } from './elements';
import { internals } from './internal';
import { countScripts, detectedLanguage } from './language';
import { isBlankText, readsBlank, splitLines } from './lines';
import { isTitleLine, isTitleStart, readTitlePage, titleLanguage } from './title-page';

export interface ParseOptions {
  /** Read the text with these conventions whatever its title page says or its text looks like. */
  language?: Language;
}

/** Parses Fountain text (with the Chinese conventions when the script is Chinese) into a plain Script. */
export function parse(text: string, options: ParseOptions = {}): Script {
  const bom = text.charCodeAt(0) === 0xfeff;
  const lines: ScriptLine[] = splitLines(bom ? text.slice(1) : text);
  const n = lines.length;
  const lineStart = new Float64Array(n);
  let offset = bom ? 1 : 0;
  const counts: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const r = lines[i];
    lineStart[i] = offset;
    offset += r.text.length + r.eol.length;
    countScripts(r.text, counts);
  }

  // The title page does not depend on the language, so it is read first and may choose it.
  let titleLines = 0;
  if (isTitleStart(lines[0].text)) {
    lines[titleLines++].type = 'title_page';
    while (titleLines < n && !isBlankText(lines[titleLines].text) && isTitleLine(lines[titleLines].text)) {
      lines[titleLines++].type = 'title_page';
    }
    // The blank line that ends the title page (or the line that ends it) is part of the title region.
    if (titleLines < n) titleLines++;
  }
  const titlePage = readTitlePage(lines, (i) => lineStart[i]);
  const { language, languageSource } = decideLanguage(options.language, titleLanguage(titlePage), counts);
  const zh = language === 'zh';

  const stateIn = new Uint8Array(n + 1);
  let state = INITIAL_STATE;
  for (let i = 0; i < n; i++) {
    stateIn[i] = state;
    const r = classifyLine(lines[i].text, state, i + 1 >= n || readsBlank(lines[i + 1].text), zh);
    lines[i].type = r.type;
    state = r.next;
  }
  stateIn[n] = state;

  const elements: Element[] = [];
  buildElements({ lines, lineStart, zh }, 0, n, elements);
  const script: Script = { language, languageSource, bom, titlePage, lines, elements };
  internals.set(script, { lineStart, stateIn, han: counts[0], latin: counts[1], forced: options.language, titleLines });
  return script;
}

export function decideLanguage(
  forced: Language | undefined,
  fromTitle: Language | null,
  counts: readonly [number, number],
): { language: Language; languageSource: LanguageSource } {
  if (forced) return { language: forced, languageSource: 'option' };
  if (fromTitle) return { language: fromTitle, languageSource: 'title' };
  if (counts[0] > 0 || counts[1] > 0) return { language: detectedLanguage(counts[0], counts[1]), languageSource: 'detected' };
  return { language: 'en', languageSource: 'default' };
}
