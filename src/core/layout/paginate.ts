// paginate(script, profile, options): a script's printed pages as data.
import type { Layout, LayoutLine, LayoutOptions, LayoutPage, LayoutStyle, LayoutWarning, OutlineEntry, PaperId, PrintProfile, SceneNumbers } from '../model/layout';
import type { Script } from '../model/script';
import type { Block } from './block';
import { type BlockBuilder, englishBlocks } from './blocks-en';
import { chineseBlocks } from './blocks-zh';
import { flow, type Flowed, type Marker } from './flow';
import { chineseStyle } from './language';
import { LETTER, pageLabel, printProfile } from './profiles';
import { profileMetrics, runsOf, widthOf } from './runs';
import { plain } from './styled';
import { authorOf, hasTitlePage, titleOf, titlePage } from './title-page';

export function builder(profile: PrintProfile, options: LayoutOptions, warnings: LayoutWarning[]): BlockBuilder {
  return { profile, m: profileMetrics(profile), ctx: { notes: !!options.notes, warnings } };
}

/** The page convention for a script: English, or the Chinese style its title page and text suggest. */
export function styleFor(script: Script, options: LayoutOptions = {}): LayoutStyle {
  if (script.language !== 'zh') return 'en';
  const zh = options.chineseStyle ?? chineseStyle(script);
  return zh === 'taiwan' ? 'zh-taiwan' : 'zh-mainland';
}

/** The profile for a script on a paper size (A4 by default for Chinese scripts, Letter for English). */
export function profileFor(script: Script, paper?: PaperId, options: LayoutOptions = {}): PrintProfile {
  const style = styleFor(script, options);
  return printProfile(paper ?? (style === 'en' ? 'letter' : 'a4'), style);
}

/**
 * Scene numbers: as asked, else both margins when the script numbers its scenes, else none. For a series
 * pass every episode's script: one numbered scene anywhere numbers them all, so episodes print alike.
 */
export function sceneNumbersFor(scripts: Script | readonly Script[], options: LayoutOptions): SceneNumbers {
  if (options.sceneNumbers) return options.sceneNumbers;
  const list: readonly Script[] = Array.isArray(scripts) ? scripts : [scripts as Script];
  return list.some((script) => script.elements.some((e) => e.type === 'scene_heading' && e.number)) ? 'both' : 'none';
}

export function blocksOf(script: Script, b: BlockBuilder, numbers: SceneNumbers): Block[] {
  return b.profile.style === 'en' ? englishBlocks(script, b) : chineseBlocks(script, b, numbers !== 'none');
}

/** Body pages from flowed rows: y positions, margin scene numbers, page numbers from `firstNumber`. */
export function bodyPages(flowed: Flowed, profile: PrintProfile, numbers: SceneNumbers, firstNumber: number, episode: number | null): LayoutPage[] {
  const m = profileMetrics(profile);
  const yOf = (line: number) => profile.marginTop + line * profile.lineHeight + profile.baseline;
  return flowed.pages.map((placed, p) => {
    const lines: LayoutLine[] = [];
    for (let k = 0; k < placed.length; k++) {
      const { row, line } = placed[k];
      const y = yOf(line);
      const out: LayoutLine = { kind: row.kind, y, runs: row.runs, sourceLine: row.sourceLine };
      if (row.bold) out.bold = true;
      lines.push(out);
      if (row.sceneNumber && profile.style === 'en' && numbers !== 'none') {
        const text = plain(row.sceneNumber);
        if (numbers === 'left' || numbers === 'both') {
          lines.push({ kind: 'scene_number', y, runs: runsOf(text, 0, text.text.length, profile.sceneNumberLeft - widthOf(text.text, m), m), sourceLine: row.sourceLine });
        }
        if (numbers === 'right' || numbers === 'both') {
          lines.push({ kind: 'scene_number', y, runs: runsOf(text, 0, text.text.length, profile.sceneNumberRight, m), sourceLine: row.sourceLine });
        }
      }
    }
    const number = firstNumber + p;
    if (number >= 2) {
      const label = plain(pageLabel(profile, number));
      const x = profile.pageWidth - profile.marginRight - widthOf(label.text, m);
      lines.push({ kind: 'page_number', y: profile.pageNumberY, runs: runsOf(label, 0, label.text.length, x, m), sourceLine: null });
    }
    return { kind: 'body', number: number >= 2 ? number : null, episode, lines };
  });
}

/** Bookmarks from flow markers: scenes under their episode when the script has episode markers. */
export function outlineOf(markers: Marker[], pageOffset: number, profile: PrintProfile): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  let episode: OutlineEntry | null = null;
  for (const mk of markers) {
    const numbered = mk.kind === 'scene' && mk.number && !mk.title.startsWith(mk.number);
    const entry: OutlineEntry = { title: numbered ? `${mk.number} ${mk.title}` : mk.title, page: mk.page + pageOffset, y: profile.marginTop + mk.line * profile.lineHeight, children: [] };
    if (mk.kind === 'episode') {
      episode = entry;
      top.push(entry);
    } else if (episode) {
      episode.children.push(entry);
    } else {
      top.push(entry);
    }
  }
  return top;
}

export function languageTag(style: LayoutStyle): Layout['meta']['language'] {
  return style === 'en' ? 'en' : style === 'zh-taiwan' ? 'zh-TW' : 'zh-CN';
}

/** Lays a script out on pages of the profile (US Letter English by default). Pure and deterministic. */
export function paginate(script: Script, profile: PrintProfile = LETTER, options: LayoutOptions = {}): Layout {
  const warnings: LayoutWarning[] = [];
  const b = builder(profile, options, warnings);
  const numbers = sceneNumbersFor(script, options);
  const flowed = flow(blocksOf(script, b, numbers), profile.linesPerPage);
  const pages: LayoutPage[] = [];
  if (options.titlePage !== false && hasTitlePage(script)) pages.push(titlePage(script.titlePage, b));
  const offset = pages.length;
  pages.push(...bodyPages(flowed, profile, numbers, 1, null));
  return {
    profile,
    pages,
    outline: outlineOf(flowed.markers, offset, profile),
    warnings,
    meta: { title: titleOf(script), author: authorOf(script), language: languageTag(profile.style) },
  };
}
