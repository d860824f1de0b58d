// The title page from the Fountain keys: title, credit, author(s) and source centred a third of the way down;
// contact, copyright and notes at the bottom left; draft date and revision at the bottom right. Other keys
// (Language, Episode, Format ...) are settings, not printed.
import type { LayoutLine, LayoutPage, PrintProfile } from '../model/layout';
import type { Script, TitleEntry } from '../model/script';
import { parseInline } from '../parse';
import type { BlockBuilder } from './blocks-en';
import { rowsFor } from './blocks-en';
import type { Row } from './runs';
import { BOLD, type Paragraph, paragraphs, plain } from './styled';

const TITLE_KEYS = ['title', '剧名', '劇名', '片名', '标题', '標題'];
const AUTHOR_KEYS = ['author', 'authors', '编剧', '編劇', '作者'];

const norm = (key: string) => key.trim().toLowerCase();

function find(entries: TitleEntry[], keys: string[]): TitleEntry[] {
  return entries.filter((e) => keys.includes(norm(e.key)));
}

/** Plain text of a title-page value (markup removed, lines joined), for PDF metadata. */
export function plainValue(entries: TitleEntry[], keys: string[]): string {
  const e = find(entries, keys)[0];
  if (!e) return '';
  return e.value
    .split('\n')
    .map((l) => parseInline(l).filter((r) => r.kind === 'text').map((r) => r.text).join('').trim())
    .filter(Boolean)
    .join(' ');
}

export const titleOf = (script: Script): string => plainValue(script.titlePage, TITLE_KEYS);
export const authorOf = (script: Script): string => plainValue(script.titlePage, AUTHOR_KEYS);

/** True when the script's title page has something to print. */
export function hasTitlePage(script: Script): boolean {
  return find(script.titlePage, [...TITLE_KEYS, ...AUTHOR_KEYS, 'credit', 'source', 'contact', 'draft date']).length > 0;
}

function valueParas(e: TitleEntry, mark = 0, prefix = ''): Paragraph[] {
  const paras = paragraphs(e.value, e.range.start.line, false, mark);
  if (prefix && paras.length > 0) paras[0] = { ...paras[0], text: prefix + paras[0].text, marks: [...plain(prefix, mark).marks, ...paras[0].marks] };
  return paras;
}

function toLines(rows: Row[], firstLine: number, profile: PrintProfile): LayoutLine[] {
  return rows.map((row, k) => {
    const line: LayoutLine = { kind: 'title', y: profile.marginTop + (firstLine + k) * profile.lineHeight + profile.baseline, runs: row.runs, sourceLine: row.sourceLine };
    if (row.bold) line.bold = true;
    return line;
  });
}

/** Lays out a title page; `extra` adds lines under the title block (a series cover's episode count). */
export function titlePage(entries: TitleEntry[], b: BlockBuilder, extra: string[] = []): LayoutPage {
  const { profile } = b;
  const zh = profile.style !== 'en';
  const centre: Row[] = [];
  const gap = () => {
    if (centre.length > 0) centre.push({ kind: 'title', runs: [], sourceLine: null });
  };
  const centred = (paras: Paragraph[], bold = false) => {
    if (paras.length === 0) return;
    gap();
    centre.push(...rowsFor(b, 'centered', paras, { kind: 'title', bold }));
  };
  for (const e of find(entries, TITLE_KEYS)) centred(valueParas(e, zh ? BOLD : 0), zh);
  for (const e of find(entries, ['credit'])) centred(valueParas(e));
  for (const e of find(entries, AUTHOR_KEYS)) {
    const label = zh && ['author', 'authors'].includes(norm(e.key)) ? (profile.style === 'zh-taiwan' ? '編劇：' : '编剧：') : '';
    centred(valueParas(e, 0, label));
  }
  for (const e of find(entries, ['source'])) centred(valueParas(e));
  if (extra.length > 0) centred(extra.map((t) => ({ ...plain(t), line: 0 })));

  const side = (keys: string[], align: 'left' | 'right'): Row[] =>
    find(entries, keys).flatMap((e) => rowsFor(b, 'action', valueParas(e), { kind: 'title', align, width: profile.blocks.action.width / 2, x: align === 'left' ? profile.marginLeft : profile.marginLeft + profile.blocks.action.width / 2 }));
  const left = side(['contact', 'copyright', 'notes'], 'left');
  const right = side(['draft date', 'date', 'revision'], 'right');

  const L = profile.linesPerPage;
  const top = Math.max(0, Math.min(Math.round(L * 0.3), L - centre.length - Math.max(left.length, right.length) - 2));
  const lines = [
    ...toLines(centre, top, profile),
    ...toLines(left, Math.max(0, L - left.length), profile),
    ...toLines(right, Math.max(0, L - right.length), profile),
  ];
  for (const l of lines) if (l.sourceLine === 0) l.sourceLine = null;
  return { kind: 'title', number: null, episode: null, lines: lines.filter((l) => l.runs.length > 0) };
}
