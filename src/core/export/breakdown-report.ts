// The breakdown reports as tables, in the script's language with bilingual column headers: the scene list in
// script order (顺场表), cast, locations, sets and elements, and one breakdown sheet per scene. CSV, XLSX
// and PDF writers all draw these tables, so the three formats say the same thing.
import { categoryInfo, categoryLabel, CATEGORY_IDS } from '../breakdown/categories';
import type { ElementCategory, SceneBreakdown, SeriesBreakdown } from '../model/breakdown';

export type ReportLanguage = 'en' | 'zh-Hans' | 'zh-Hant';
export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  /** Bilingual: the report language first (`场次 Scene`, `Scene 场次`). */
  header: string;
  /** The same in two lines, for printed and spreadsheet headers. */
  headerLines: [string, string];
  /** Relative width (characters of a typical value). */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface ReportTable {
  id: 'scenes' | 'cast' | 'locations' | 'sets' | 'elements';
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Optional fill colour per row (flashback scenes, night scenes ...). */
  rowFill?: (string | null)[];
  /** Optional colour swatch of the first cell of each row (element categories). */
  swatch?: (string | null)[];
}

export interface SheetGroup {
  category: ElementCategory;
  label: string;
  color: string;
  ink: string;
  items: string[];
}

/** One breakdown sheet: a scene's header fields and its elements by category (cast and extras included). */
export interface BreakdownSheet {
  sceneId: string;
  title: string;
  fields: { label: string; value: string }[];
  groups: SheetGroup[];
}

export interface BreakdownReport {
  language: ReportLanguage;
  title: string;
  tables: ReportTable[];
  /** Title of the breakdown sheets' part (`分解表`, `Breakdown sheets`). */
  sheetsTitle: string;
  sheets: BreakdownSheet[];
}

type Words = [en: string, zhHans: string, zhHant?: string];

const W = {
  episode: ['Episode', '集'],
  scene: ['Scene', '场次', '場次'],
  intExt: ['INT/EXT', '内/外', '內/外'],
  time: ['Time', '时间', '時間'],
  location: ['Location', '场景', '場景'],
  set: ['Set', '置景'],
  cast: ['Cast', '演员', '演員'],
  extras: ['Extras', '群演'],
  elements: ['Elements', '道具与元素', '道具與元素'],
  pages: ['Pages', '页数', '頁數'],
  duration: ['Duration', '时长', '時長'],
  flashback: ['Flashback', '闪回', '閃回'],
  line: ['Line', '行'],
  heading: ['Heading', '场景标题', '場景標題'],
  name: ['Name', '姓名'],
  spellings: ['Spellings', '写法', '寫法'],
  scenes: ['Scenes', '场数', '場數'],
  episodes: ['Episodes', '集数', '集數'],
  speeches: ['Speeches', '台词数', '台詞數'],
  characters: ['Characters spoken', '台词字数', '台詞字數'],
  first: ['First', '首次出场', '首次出場'],
  last: ['Last', '最后出场', '最後出場'],
  dayRate: ['Day rate', '日薪'],
  source: ['Mapped by', '对应方式', '對應方式'],
  times: ['Times', '时段', '時段'],
  group: ['Group', '景区', '景區'],
  stage: ['Stage / base', '基地/棚', '基地/棚'],
  kind: ['Kind', '类型', '類型'],
  style: ['Style', '风格', '風格'],
  locations: ['Locations', '场景', '場景'],
  day: ['Day scenes', '日戏', '日戲'],
  night: ['Night scenes', '夜戏', '夜戲'],
  category: ['Category', '类别', '類別'],
  element: ['Element', '名称', '名稱'],
  user: ['user', '用户指定', '使用者指定'],
  suggested: ['suggested', '自动建议', '自動建議'],
  yes: ['yes', '是'],
  hook: ['Hook', '卡点', '卡點'],
  sceneList: ['Scene list', '顺场表', '順場表'],
  castReport: ['Cast report', '演员表', '演員表'],
  locationReport: ['Locations', '场景表', '場景表'],
  setReport: ['Sets', '置景表'],
  elementReport: ['Elements', '道具与元素表', '道具與元素表'],
  sheet: ['Breakdown sheet', '分解表'],
  sheets: ['Breakdown sheets', '分解表'],
  unmapped: ['(no set)', '（未对应置景）', '（未對應置景）'],
} satisfies Record<string, Words>;

type Word = keyof typeof W;

function one(word: Word, language: ReportLanguage): string {
  const w: Words = W[word];
  return language === 'en' ? w[0] : language === 'zh-Hant' ? (w[2] ?? w[1]) : w[1];
}

/** `[场次, Scene]` in Chinese reports, `[Scene, 场次]` in English ones. */
export function bilingualLines(word: Word, language: ReportLanguage): [string, string] {
  const w: Words = W[word];
  const zh = language === 'zh-Hant' ? (w[2] ?? w[1]) : w[1];
  return language === 'en' ? [w[0], zh] : [zh, w[0]];
}

/** `场次 Scene` in Chinese reports, `Scene 场次` in English ones. */
export function bilingual(word: Word, language: ReportLanguage): string {
  return bilingualLines(word, language).join(' ');
}

/** Eighths as a page count the way schedules write it, never reduced: `1 3/8`, `4/8`, `1`. */
export function pagesText(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole ? `${whole} ${rest}/8` : `${rest}/8`;
}

/** Seconds as `m:ss`. */
export function durationText(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Episode numbers as ranges: `1-3, 5, 7-8`. */
export function episodesText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}-${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
}

const ZH_INT_EXT: Record<string, [string, string]> = { INT: ['内', '內'], EXT: ['外', '外'], 'INT/EXT': ['内/外', '內/外'] };

function intExtText(value: string | null, language: ReportLanguage): string {
  if (!value) return '';
  if (language === 'en') return value;
  return ZH_INT_EXT[value]?.[language === 'zh-Hant' ? 1 : 0] ?? value;
}

const sep = (language: ReportLanguage) => (language === 'en' ? ', ' : '、');

const col = (key: string, word: Word, language: ReportLanguage, width: number, align: ReportColumn['align'] = 'left'): ReportColumn => ({
  key,
  header: bilingual(word, language),
  headerLines: bilingualLines(word, language),
  width,
  align,
});

function elementsSummary(s: SceneBreakdown, language: ReportLanguage): string {
  return s.elements.map((e) => `${categoryLabel(e.category, language)}${language === 'en' ? ': ' : '：'}${e.name}`).join(language === 'en' ? '; ' : '；');
}

export function sceneTable(b: SeriesBreakdown, language: ReportLanguage): ReportTable {
  const scenes = b.episodes.flatMap((e) => e.scenes);
  return {
    id: 'scenes',
    title: one('sceneList', language),
    columns: [
      col('episode', 'episode', language, 4, 'center'),
      col('scene', 'scene', language, 6, 'center'),
      col('intExt', 'intExt', language, 5, 'center'),
      col('time', 'time', language, 8, 'center'),
      col('location', 'location', language, 16),
      col('set', 'set', language, 18),
      col('cast', 'cast', language, 22),
      col('extras', 'extras', language, 12),
      col('elements', 'elements', language, 24),
      col('pages', 'pages', language, 5, 'right'),
      col('duration', 'duration', language, 5, 'right'),
      col('flashback', 'flashback', language, 4, 'center'),
      col('line', 'line', language, 5, 'right'),
    ],
    rows: scenes.map((s) => [
      s.episode,
      s.number,
      intExtText(s.intExt, language),
      s.timeText ?? s.time ?? '',
      s.location,
      s.set ?? one('unmapped', language),
      [...castOnly(s), ...s.present.map((p) => `(${p})`)].join(sep(language)),
      s.extras.join(sep(language)),
      elementsSummary(s, language),
      pagesText(s.eighths),
      durationText(s.seconds),
      s.flashback ? one('yes', language) : '',
      s.line,
    ]),
    rowFill: scenes.map((s) => (s.flashback ? '#EDE7F6' : s.dayNight === 'NIGHT' ? '#E8EAF6' : null)),
  };
}

/** A scene's cast without the bit parts that are also extras: printed reports show those under extras only. */
function castOnly(s: SceneBreakdown): string[] {
  return s.cast.filter((name) => !s.extras.includes(name));
}

export function castTable(b: SeriesBreakdown, language: ReportLanguage): ReportTable {
  return {
    id: 'cast',
    title: one('castReport', language),
    columns: [
      col('name', 'name', language, 14),
      col('spellings', 'spellings', language, 18),
      col('scenes', 'scenes', language, 5, 'right'),
      col('episodes', 'episodes', language, 14),
      col('speeches', 'speeches', language, 6, 'right'),
      col('characters', 'characters', language, 7, 'right'),
      col('first', 'first', language, 8, 'center'),
      col('last', 'last', language, 8, 'center'),
      col('dayRate', 'dayRate', language, 9, 'right'),
      col('extra', 'extras', language, 4, 'center'),
    ],
    rows: b.cast.map((c) => [
      c.name,
      c.spellings.filter((s) => s !== c.name).join(sep(language)),
      c.scenes,
      episodesText(c.episodes),
      c.speeches,
      c.characters,
      c.first.scene,
      c.last.scene,
      c.dayRate === null ? '' : `${c.dayRate}${c.currency ? ` ${c.currency}` : ''}`,
      c.extra ? one('yes', language) : '',
    ]),
  };
}

export function locationTable(b: SeriesBreakdown, language: ReportLanguage): ReportTable {
  return {
    id: 'locations',
    title: one('locationReport', language),
    columns: [
      col('location', 'location', language, 20),
      col('set', 'set', language, 22),
      col('source', 'source', language, 8, 'center'),
      col('scenes', 'scenes', language, 5, 'right'),
      col('episodes', 'episodes', language, 14),
      col('intExt', 'intExt', language, 6, 'center'),
      col('times', 'times', language, 10),
      col('pages', 'pages', language, 6, 'right'),
      col('duration', 'duration', language, 6, 'right'),
    ],
    rows: b.locations.map((l) => [
      l.location,
      l.set ?? one('unmapped', language),
      l.setSource ? one(l.setSource, language) : '',
      l.scenes,
      episodesText(l.episodes),
      l.intExt.map((v) => intExtText(v, language)).join(sep(language)),
      l.times.join(sep(language)),
      pagesText(l.eighths),
      durationText(l.seconds),
    ]),
    rowFill: b.locations.map((l) => (l.setSource === null ? '#FFF3E0' : null)),
  };
}

export function setTable(b: SeriesBreakdown, language: ReportLanguage): ReportTable {
  return {
    id: 'sets',
    title: one('setReport', language),
    columns: [
      col('set', 'set', language, 22),
      col('group', 'group', language, 14),
      col('stage', 'stage', language, 16),
      col('kind', 'kind', language, 7),
      col('style', 'style', language, 7),
      col('locations', 'locations', language, 22),
      col('scenes', 'scenes', language, 5, 'right'),
      col('day', 'day', language, 5, 'right'),
      col('night', 'night', language, 5, 'right'),
      col('pages', 'pages', language, 6, 'right'),
      col('duration', 'duration', language, 6, 'right'),
      col('episodes', 'episodes', language, 12),
    ],
    rows: b.sets.map((s) => [
      s.name,
      s.group ?? '',
      s.stage ?? '',
      s.kind ?? '',
      s.style ?? '',
      s.locations.join(sep(language)),
      s.scenes,
      s.dayScenes,
      s.nightScenes,
      pagesText(s.eighths),
      durationText(s.seconds),
      episodesText(s.episodes),
    ]),
  };
}

export function elementTable(b: SeriesBreakdown, language: ReportLanguage): ReportTable {
  return {
    id: 'elements',
    title: one('elementReport', language),
    columns: [col('category', 'category', language, 10), col('element', 'element', language, 26), col('scenes', 'scenes', language, 5, 'right'), col('episodes', 'episodes', language, 14), col('first', 'first', language, 8, 'center')],
    rows: b.elements.map((e) => [categoryLabel(e.category, language), e.name, e.scenes, episodesText(e.episodes), e.first.scene]),
    swatch: b.elements.map((e) => categoryInfo(e.category).color),
  };
}

export function breakdownSheet(s: SceneBreakdown, language: ReportLanguage): BreakdownSheet {
  const byCategory = new Map<ElementCategory, string[]>();
  const add = (c: ElementCategory, name: string) => {
    const list = byCategory.get(c) ?? [];
    if (!list.includes(name)) list.push(name);
    byCategory.set(c, list);
  };
  for (const name of castOnly(s)) add('cast', name);
  for (const name of s.extras) add('extras', name);
  for (const e of s.elements) add(e.category, e.name);
  return {
    sceneId: s.id,
    title: `${one('sheet', language)} ${s.number}`,
    fields: [
      { label: bilingual('episode', language), value: String(s.episode) },
      { label: bilingual('scene', language), value: s.number },
      { label: bilingual('heading', language), value: s.heading },
      { label: bilingual('intExt', language), value: intExtText(s.intExt, language) },
      { label: bilingual('time', language), value: s.timeText ?? s.time ?? '' },
      { label: bilingual('location', language), value: s.location },
      { label: bilingual('set', language), value: s.set ?? one('unmapped', language) },
      { label: bilingual('pages', language), value: pagesText(s.eighths) },
      { label: bilingual('duration', language), value: durationText(s.seconds) },
      ...(s.flashback ? [{ label: bilingual('flashback', language), value: one('yes', language) }] : []),
    ],
    groups: CATEGORY_IDS.filter((c) => byCategory.has(c)).map((c) => {
      const info = categoryInfo(c);
      return { category: c, label: `${categoryLabel(c, language)} ${language === 'en' ? categoryLabel(c, 'zh-Hans') : info.en}`, color: info.color, ink: info.ink, items: byCategory.get(c)! };
    }),
  };
}

/** The breakdown sheets as one table: a row for each item of each scene, by category. */
export function sheetTable(sheets: readonly BreakdownSheet[], scenes: readonly SceneBreakdown[], language: ReportLanguage): { columns: ReportColumn[]; rows: Cell[][]; swatch: string[] } {
  const rows: Cell[][] = [];
  const swatch: string[] = [];
  sheets.forEach((sheet, i) => {
    for (const group of sheet.groups) {
      for (const item of group.items) {
        rows.push([scenes[i].episode, scenes[i].number, scenes[i].location, categoryLabel(group.category, language), item]);
        swatch.push(group.color);
      }
    }
  });
  return {
    columns: [col('episode', 'episode', language, 4, 'center'), col('scene', 'scene', language, 6, 'center'), col('location', 'location', language, 16), col('category', 'category', language, 10), col('element', 'element', language, 26)],
    rows,
    swatch,
  };
}

/** Every report of a breakdown, in `language` (default: the series' own). */
export function breakdownReport(b: SeriesBreakdown, language: ReportLanguage = b.series.languageTag): BreakdownReport {
  return {
    language,
    title: b.series.title ?? '',
    tables: [sceneTable(b, language), castTable(b, language), locationTable(b, language), setTable(b, language), elementTable(b, language)],
    sheetsTitle: one('sheets', language),
    sheets: b.episodes.flatMap((e) => e.scenes.map((s) => breakdownSheet(s, language))),
  };
}
