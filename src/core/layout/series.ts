// A whole series in one layout: a cover (the first episode's title page and the episode count), a contents
// page listing each episode with its first page, then every episode starting on a new page, pages numbered
// on through the series. Bookmarks: episode -> scene.
import type { Layout, LayoutLine, LayoutOptions, LayoutPage, LayoutWarning, OutlineEntry, PrintProfile } from '../model/layout';
import type { Script } from '../model/script';
import { flow } from './flow';
import { blocksOf, bodyPages, builder, languageTag, outlineOf, sceneNumbersFor } from './paginate';
import { profileMetrics, runsOf, widthOf } from './runs';
import { BOLD, plain } from './styled';
import { authorOf, titleOf, titlePage } from './title-page';

export interface SeriesEpisode {
  script: Script;
  /** The episode's name when its script has no episode marker (a file name, `Episode 3`). */
  label: string;
}

export interface SeriesOptions extends LayoutOptions {
  /** Called after each episode is laid out. */
  onProgress?: (done: number, total: number) => void;
}

function episodeTitle(script: Script, label: string): { title: string; number: number | null } {
  const el = script.elements.find((e) => e.type === 'episode');
  if (el && el.type === 'episode') return { title: el.text.replace(/^#+\s*/, ''), number: el.number };
  return { title: label, number: null };
}

/** Contents lines: the title, dot leaders, the page number at the right margin. */
function contentsPages(entries: { title: string; page: number }[], profile: PrintProfile): LayoutPage[] {
  const m = profileMetrics(profile);
  const width = profile.blocks.action.width;
  const x0 = profile.marginLeft;
  const perPage = Math.max(1, profile.linesPerPage - 2);
  const yOf = (line: number) => profile.marginTop + line * profile.lineHeight + profile.baseline;
  const pages: LayoutPage[] = [];
  for (let start = 0; start < Math.max(1, entries.length); start += perPage) {
    const heading = plain(profile.labels.contents, BOLD);
    const hw = widthOf(heading.text, m);
    const lines: LayoutLine[] = [{ kind: 'toc', y: yOf(0), runs: runsOf(heading, 0, heading.text.length, x0 + (width - hw) / 2, m), sourceLine: null, bold: true }];
    entries.slice(start, start + perPage).forEach((entry, k) => {
      const num = String(entry.page);
      const nw = widthOf(num, m);
      let title = entry.title;
      const room = width - nw - 3 * profile.narrowAdvance;
      while (title.length > 1 && widthOf(title, m) > room) title = `${title.slice(0, -2)}…`;
      const tw = widthOf(title, m);
      const dots = Math.max(0, Math.floor((width - tw - nw - 2 * profile.narrowAdvance) / profile.narrowAdvance));
      const t = plain(title);
      const d = plain('.'.repeat(dots));
      const n = plain(num);
      const runs = [
        ...runsOf(t, 0, t.text.length, x0, m),
        ...runsOf(d, 0, d.text.length, x0 + width - nw - (dots + 1) * profile.narrowAdvance, m),
        ...runsOf(n, 0, n.text.length, x0 + width - nw, m),
      ];
      lines.push({ kind: 'toc', y: yOf(k + 2), runs, sourceLine: null });
    });
    pages.push({ kind: 'contents', number: null, episode: null, lines });
  }
  return pages;
}

export function paginateSeries(episodes: SeriesEpisode[], profile: PrintProfile, options: SeriesOptions = {}): Layout {
  const warnings: LayoutWarning[] = [];
  const b = builder(profile, options, warnings);
  const bodies: { pages: LayoutPage[]; outline: OutlineEntry[]; title: string; first: number; marked: boolean }[] = [];
  let nextNumber = 1;
  // Decided once for the series: one numbered scene in any episode numbers every episode.
  const numbers = sceneNumbersFor(episodes.map((ep) => ep.script), options);
  episodes.forEach((ep, i) => {
    const flowed = flow(blocksOf(ep.script, b, numbers), profile.linesPerPage);
    const { title, number } = episodeTitle(ep.script, ep.label);
    const pages = bodyPages(flowed, profile, numbers, nextNumber, number ?? i + 1);
    // Page 1 of the series is unnumbered; every later first page of an episode is numbered.
    const marked = flowed.markers.length > 0 && flowed.markers[0].kind === 'episode';
    bodies.push({ pages, outline: outlineOf(flowed.markers, 0, profile), title, first: nextNumber, marked });
    nextNumber += pages.length;
    options.onProgress?.(i + 1, episodes.length);
  });

  const first = episodes[0]?.script;
  const cover = first ? titlePage(first.titlePage.filter((e) => !/^(episode|集数|集數)$/i.test(e.key.trim())), b, [profile.style === 'en' ? `${episodes.length} episodes` : `共${episodes.length}集`]) : null;
  const front: LayoutPage[] = cover ? [{ ...cover, kind: 'cover' }] : [];
  front.push(...contentsPages(bodies.map((body) => ({ title: body.title, page: body.first })), profile));

  const pages = [...front];
  const outline: OutlineEntry[] = [];
  for (const body of bodies) {
    const offset = pages.length;
    const shift = (e: OutlineEntry): OutlineEntry => ({ ...e, page: e.page + offset, children: e.children.map(shift) });
    const entries = body.outline.map(shift);
    // The episode's own marker becomes its bookmark; without one, a bookmark names it and holds its scenes.
    if (body.marked) {
      outline.push(...entries);
    } else {
      outline.push({ title: body.title, page: offset, y: profile.marginTop, children: entries });
    }
    pages.push(...body.pages);
  }
  return {
    profile,
    pages,
    outline,
    warnings,
    meta: { title: first ? titleOf(first) : '', author: first ? authorOf(first) : '', language: languageTag(profile.style) },
  };
}
