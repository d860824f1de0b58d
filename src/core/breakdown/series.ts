// A series' breakdown from its scripts: one file with episode markers, or several episode files, plus the
// project. Incremental: each episode's facts are memoised on its text, and its reading with the project on
// those facts and the context, so after an edit only the touched episode is read again; the cheap assembly
// (absolute lines, ids) and the reports are redone each time.
import type { EpisodeBreakdown, SeriesBreakdown } from '../model/breakdown';
import type { Project } from '../model/project';
import type { Script, ScriptLine } from '../model/script';
import { aggregate } from './aggregate';
import { assembleEpisode, samePlace, type Assembled, type AssembledScene } from './assemble';
import { episodeFacts, type EpisodeFacts, type Slice } from './facts';
import { canonicalNames, context, contextId, finaliseEpisode, projectContext, type Context, type FinalEpisode, type ProjectContext } from './finalise';
import type { ToSimplified } from './names';
import { defaultProject } from './project/defaults';

export interface SeriesDocument {
  /** The file's name or path as reports show it (`ep01.fountain`). */
  name: string;
  script: Script;
}

/** Memo of a breakdown that follows edits. Create one per open series; pass it to every call. */
export interface BreakdownCache {
  facts: Map<string, EpisodeFacts>;
  slices: Map<string, SliceMemo[]>;
  finals: Map<EpisodeFacts, FinalEpisode>;
  assembled: Map<FinalEpisode, Assembled>;
  context: Context | null;
  project: { project: Project; toSimplified: ToSimplified | undefined; value: ProjectContext } | null;
}

export function createBreakdownCache(): BreakdownCache {
  return { facts: new Map(), slices: new Map(), finals: new Map(), assembled: new Map(), context: null, project: null };
}

export interface BreakdownOptions {
  /** The series' project; a default project (starter sets catalogue, default settings) when absent. */
  project?: Project | null;
  /** Traditional -> Simplified, so that 張浩 and 张浩 are one person (opencc-js, passed in by the caller). */
  toSimplified?: ToSimplified;
  cache?: BreakdownCache;
}

interface Part {
  doc: SeriesDocument;
  docIndex: number;
  slice: Slice;
  /** Scenes before the first episode marker of a file that has markers. */
  prelude: boolean;
  facts: EpisodeFacts;
}

/** Splits a script at its episode markers. Text before the first marker counts only when it has scenes. */
export function episodeSlices(script: Script): { slice: Slice; prelude: boolean }[] {
  const markers: number[] = [];
  const { elements, lines } = script;
  for (let i = 0; i < elements.length; i++) if (elements[i].type === 'episode') markers.push(i);
  if (markers.length === 0) return [{ slice: { fromLine: 0, toLine: lines.length, fromEl: 0, toEl: elements.length }, prelude: false }];
  const out: { slice: Slice; prelude: boolean }[] = [];
  const firstLine = elements[markers[0]].range.start.line - 1;
  if (elements.slice(0, markers[0]).some((e) => e.type === 'scene_heading')) {
    out.push({ slice: { fromLine: 0, toLine: firstLine, fromEl: 0, toEl: markers[0] }, prelude: true });
  }
  markers.forEach((at, k) => {
    const next = markers[k + 1];
    out.push({
      slice: {
        fromLine: elements[at].range.start.line - 1,
        toLine: next === undefined ? lines.length : elements[next].range.start.line - 1,
        fromEl: at,
        toEl: next === undefined ? elements.length : next,
      },
      prelude: false,
    });
  });
  return out;
}

/** An episode's lines as last seen, with its facts. */
interface SliceMemo {
  layout: string;
  key: string;
  lines: ScriptLine[];
  facts: EpisodeFacts;
}

function sliceText(lines: readonly ScriptLine[], slice: Slice): string {
  let text = '';
  for (let i = slice.fromLine; i < slice.toLine; i++) text += lines[i].text + '\n';
  return text;
}

/** True when the slice's lines read as the memo's: same texts and line types (the same strings are compared by identity). */
function sameLines(memo: SliceMemo, lines: readonly ScriptLine[], slice: Slice): boolean {
  const old = memo.lines;
  if (old.length !== slice.toLine - slice.fromLine) return false;
  for (let i = 0; i < old.length; i++) {
    const a = old[i];
    const b = lines[slice.fromLine + i];
    if (a !== b && (a.text !== b.text || a.type !== b.type)) return false;
  }
  return true;
}

function titleValue(script: Script, key: string): string | null {
  const entry = script.titlePage.find((e) => e.key.toLowerCase() === key.toLowerCase());
  return entry ? entry.value.trim() : null;
}

/** The episode number of a file without markers: its title page's `Episode:`, else the last number in its name. */
function fileEpisodeNumber(doc: SeriesDocument): number | null {
  const fromTitle = Number.parseInt(titleValue(doc.script, 'Episode') ?? titleValue(doc.script, '集数') ?? '', 10);
  if (Number.isInteger(fromTitle)) return fromTitle;
  const digits = doc.name.replace(/\.[^.]*$/, '').match(/\d+/g);
  return digits ? Number(digits[digits.length - 1]) : null;
}

function* allScenes(parts: readonly Part[]): Generator<EpisodeFacts['scenes'][number]> {
  for (const part of parts) yield* part.facts.scenes;
}

export function breakdownSeries(docs: readonly SeriesDocument[], options: BreakdownOptions = {}): SeriesBreakdown {
  const cache = options.cache ?? createBreakdownCache();
  const project = options.project ?? cache.project?.project ?? defaultProject();
  if (!cache.project || cache.project.project !== project || cache.project.toSimplified !== options.toSimplified) {
    cache.project = { project, toSimplified: options.toSimplified, value: projectContext(project, options.toSimplified) };
    cache.finals.clear();
    cache.assembled.clear();
  }
  const base = cache.project.value;

  // 1. Facts of every episode, memoised on the episode's lines: first compared line by line with the
  //    episode at the same place in the previous call (cheap: unchanged lines are the same strings), else
  //    looked up by the episode's whole text.
  const facts = new Map<string, EpisodeFacts>();
  const memos = new Map<string, SliceMemo[]>();
  const parts: Part[] = [];
  const rates = project.settings.timing;
  docs.forEach((doc, docIndex) => {
    const { script } = doc;
    const layout = `${script.language}|${rates[script.language].charsPerLine}`;
    const previous = cache.slices.get(doc.name) ?? [];
    const current: SliceMemo[] = [];
    episodeSlices(script).forEach(({ slice, prelude }, k) => {
      let memo = [previous[k], previous[k + 1], previous[k - 1]].find((m) => m && m.layout === layout && sameLines(m, script.lines, slice));
      if (!memo) {
        const key = `${layout}\n${sliceText(script.lines, slice)}`;
        const f = facts.get(key) ?? cache.facts.get(key) ?? episodeFacts(script, slice, rates);
        memo = { layout, key, lines: script.lines.slice(slice.fromLine, slice.toLine), facts: f };
      }
      facts.set(memo.key, memo.facts);
      current.push(memo);
      parts.push({ doc, docIndex, slice, prelude, facts: memo.facts });
    });
    memos.set(doc.name, current);
  });
  cache.facts = facts;
  cache.slices = memos;

  // 2. Everyone who speaks or is listed anywhere: known names for finding cast in the action, and the name
  //    each person goes by in the whole series (the project's, else the first spelling met).
  const language = docs[0]?.script.language ?? (project.language === 'en' ? 'en' : 'zh');
  const known = new Set<string>();
  for (const part of parts) for (const s of part.facts.scenes) {
    for (const sp of s.speakers) known.add(sp.name);
    for (const name of s.listed) known.add(name);
  }
  const knownKey = [...known].sort();
  const canonical = canonicalNames(base, allScenes(parts));
  const ctxId = contextId(base, language, knownKey, canonical);
  const ctx = cache.context?.id === ctxId ? cache.context : context(base, language, knownKey, canonical);
  cache.context = ctx;

  // 3. Each episode read with the project, memoised on its facts and the context.
  const finals = new Map<EpisodeFacts, FinalEpisode>();
  for (const part of parts) {
    let final = finals.get(part.facts) ?? cache.finals.get(part.facts);
    if (!final || final.contextId !== ctx.id) final = finaliseEpisode(part.facts, ctx);
    finals.set(part.facts, final);
  }
  cache.finals = finals;

  // 4. Assembly: episode numbers, absolute lines, ids, warnings; reused while an episode's place is the same.
  let running = 0;
  const episodes: EpisodeBreakdown[] = [];
  const finalScenes: AssembledScene[] = [];
  const seenNumbers = new Set<number>();
  const assembled = new Map<FinalEpisode, Assembled>();
  for (const part of parts) {
    const f = part.facts;
    const lone = !part.prelude && f.markerLine === null;
    let number = f.number ?? (lone ? fileEpisodeNumber(part.doc) : null) ?? (part.prelude ? 0 : running + 1);
    if (lone && seenNumbers.has(number)) number = running + 1;
    seenNumbers.add(number);
    running = Math.max(running, number);
    const final = finals.get(f)!;
    const place = { number, lineBase: part.slice.fromLine, file: part.doc.name, prelude: part.prelude };
    let done = assembled.get(final) ?? cache.assembled.get(final);
    if (!done || !samePlace(done.place, place)) done = assembleEpisode(f, final, place, project.settings);
    assembled.set(final, done);
    episodes.push(done.episode);
    for (const scene of done.scenes) finalScenes.push(scene);
  }
  cache.assembled = assembled;

  const firstScript = docs[0]?.script;
  const titleTag = firstScript ? titleValue(firstScript, 'Language') : null;
  const languageTag =
    options.project && project.language !== 'en' && language === 'zh' ? project.language : language === 'en' ? 'en' : /hant|tw|hk|繁/i.test(titleTag ?? '') ? 'zh-Hant' : 'zh-Hans';
  return {
    series: {
      title: project.title || (firstScript ? titleValue(firstScript, 'Title') : null) || null,
      language,
      languageTag,
      files: docs.map((d) => d.name),
      episodeCount: episodes.length,
      sceneCount: finalScenes.length,
      seconds: episodes.reduce((sum, e) => sum + e.seconds, 0),
      eighths: episodes.reduce((sum, e) => sum + e.eighths, 0),
      targetEpisodeSeconds: project.settings.targetEpisodeSeconds,
    },
    episodes,
    ...aggregate(finalScenes, project, base.starter),
  };
}
