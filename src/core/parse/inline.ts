// Inline markup inside an element's text: emphasis (*italic*, **bold**, ***bold italic***, _underline_,
// with backslash escapes), inline notes [[ ]] and inline boneyard /* */.

export type InlineStyle = 'bold' | 'italic' | 'underline';

export interface InlineRun {
  /** The run's text with markup and escapes removed. */
  text: string;
  /** Start and end columns of the run's source (markup excluded) in the input text. */
  from: number;
  to: number;
  styles: InlineStyle[];
  /** 'note' for [[...]], 'boneyard' for /* ... *\/; these are not printed. */
  kind: 'text' | 'note' | 'boneyard';
}

interface Mark {
  at: number;
  len: number;
  style: InlineStyle[];
}

/** Finds the closing `*`, `**`, `***` or `_` for an opener at `at`, on the same line, not after a space. */
function findClose(text: string, token: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '\n') return -1;
    if (text.startsWith(token, i) && text[i - 1] !== ' ' && text[i - 1] !== '\\') {
      if (token[0] === '*' && text[i + token.length] === '*' && token.length < 3) {
        // Part of a longer run of asterisks: skip it.
        let j = i;
        while (text[j] === '*') j++;
        i = j - 1;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** Splits text into styled runs. Unmatched markers stay as literal text. */
export function parseInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const open: Mark[] = [];
  const closeAt = new Map<number, Mark>();
  let buf = '';
  let bufFrom = 0;
  let styles: InlineStyle[] = [];
  const flush = (at: number) => {
    if (buf) runs.push({ text: buf, from: bufFrom, to: at, styles: [...styles], kind: 'text' });
    buf = '';
    bufFrom = at;
  };
  const currentStyles = () => {
    const s = new Set<InlineStyle>();
    for (const m of open) for (const st of m.style) s.add(st);
    return (['bold', 'italic', 'underline'] as InlineStyle[]).filter((x) => s.has(x));
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && '*_\\[/'.includes(text[i + 1])) {
      if (!buf) bufFrom = i;
      buf += text[i + 1];
      i += 2;
      continue;
    }
    const closing = closeAt.get(i);
    if (closing) {
      flush(i);
      open.splice(open.indexOf(closing), 1);
      closeAt.delete(i);
      styles = currentStyles();
      i += closing.len;
      bufFrom = i;
      continue;
    }
    if (c === '[' && text.startsWith('[[', i)) {
      const end = text.indexOf(']]', i + 2);
      if (end >= 0) {
        flush(i);
        runs.push({ text: text.slice(i + 2, end), from: i + 2, to: end, styles: [], kind: 'note' });
        i = end + 2;
        bufFrom = i;
        continue;
      }
    }
    if (c === '/' && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end >= 0) {
        flush(i);
        runs.push({ text: text.slice(i + 2, end), from: i + 2, to: end, styles: [], kind: 'boneyard' });
        i = end + 2;
        bufFrom = i;
        continue;
      }
    }
    if ((c === '*' || c === '_') && text[i + 1] !== ' ' && text[i + 1] !== undefined) {
      let len = 1;
      if (c === '*') while (len < 3 && text[i + len] === '*') len++;
      const token = c.repeat(len);
      const close = findClose(text, token, i + len + 1);
      if (close > i + len) {
        flush(i);
        const style: InlineStyle[] = c === '_' ? ['underline'] : len === 1 ? ['italic'] : len === 2 ? ['bold'] : ['bold', 'italic'];
        const mark = { at: i, len, style };
        open.push(mark);
        closeAt.set(close, mark);
        styles = currentStyles();
        i += len;
        bufFrom = i;
        continue;
      }
    }
    if (!buf) bufFrom = i;
    buf += c;
    i++;
  }
  flush(text.length);
  return runs;
}
