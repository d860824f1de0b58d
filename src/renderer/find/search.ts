// Find and replace over lines of text: plain or regular-expression queries, case and whole-word options.
// Pure (no DOM), so it serves the open script and the other files of a series alike. Matches never span
// lines: a script is searched line by line.

export interface FindQuery {
  text: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface Match {
  /** 0-based line and the columns [from, to) in it. */
  line: number;
  from: number;
  to: number;
}

export type Compiled = { re: RegExp; error: null } | { re: null; error: string };

/** Stops runaway searches: more matches than this are not listed. */
export const MAX_MATCHES = 10_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query as a global regular expression, or why it is not one. Empty queries give null. */
export function compileQuery(query: FindQuery): Compiled | null {
  if (!query.text) return null;
  let source = query.regex ? query.text : escape(query.text);
  if (query.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
  try {
    return { re: new RegExp(source, `gu${query.caseSensitive ? '' : 'i'}`), error: null };
  } catch (error) {
    return { re: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The matches in `lines[from..to)`, in order (empty matches skipped). */
export function findInLines(lines: readonly string[], re: RegExp, from = 0, to = lines.length, limit = MAX_MATCHES): Match[] {
  const out: Match[] = [];
  for (let line = from; line < to && out.length < limit; line++) {
    const text = lines[line];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ line, from: m.index, to: m.index + m[0].length });
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** What replaces one match: the replacement, with $1, $&, $<name> ... expanded for regular expressions. */
export function replacementFor(lineText: string, match: Match, re: RegExp, replacement: string, regex: boolean): string {
  if (!regex) return replacement;
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  sticky.lastIndex = match.from;
  const replaced = lineText.replace(sticky, replacement);
  return replaced.slice(match.from, replaced.length - (lineText.length - match.to));
}

/** A text with every match of `re` replaced; and how many. */
export function replaceAllInText(text: string, re: RegExp, replacement: string, regex: boolean): { text: string; count: number } {
  const lines = text.split(/(\r\n|\r|\n)/);
  let count = 0;
  for (let i = 0; i < lines.length; i += 2) {
    const matches = findInLines([lines[i]], re);
    if (matches.length === 0) continue;
    let out = '';
    let at = 0;
    for (const m of matches) {
      out += lines[i].slice(at, m.from) + replacementFor(lines[i], m, re, replacement, regex);
      at = m.to;
    }
    lines[i] = out + lines[i].slice(at);
    count += matches.length;
  }
  return { text: lines.join(''), count };
}

/** The index of the first match at or after (line, column), wrapping to 0. */
export function matchAtOrAfter(matches: readonly Match[], line: number, column: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (m.line < line || (m.line === line && m.from < column)) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}
