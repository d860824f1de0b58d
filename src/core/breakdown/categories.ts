// Breakdown element categories: their names in English and Chinese, their colours, and reading the tags
// writers put in the script (`[[prop: gold pendant]]`, `[[道具：金坠子]]`).
import type { ElementCategory } from '../model/breakdown';

export interface CategoryInfo {
  id: ElementCategory;
  /** Report labels. */
  en: string;
  zhHans: string;
  zhHant: string;
  /** Fill colour of the category on breakdown sheets (#RRGGBB). */
  color: string;
  /** Text colour that reads on the fill. */
  ink: string;
}

/**
 * The industry categories in breakdown-sheet order. Colours follow the usual breakdown-sheet convention
 * where one exists (cast red, stunts orange, extras green, special effects blue, props violet, vehicles and
 * animals pink, sound and music brown); wardrobe and make-up, which the convention marks with shapes rather
 * than colours, get cyan and yellow here, and VFX, set dressing and notes light blue, tan and grey.
 */
export const CATEGORIES: readonly CategoryInfo[] = [
  { id: 'cast', en: 'Cast', zhHans: '演员', zhHant: '演員', color: '#E53935', ink: '#FFFFFF' },
  { id: 'extras', en: 'Extras', zhHans: '群演', zhHant: '群演', color: '#43A047', ink: '#FFFFFF' },
  { id: 'stunts', en: 'Stunts', zhHans: '特技', zhHant: '特技', color: '#FB8C00', ink: '#000000' },
  { id: 'props', en: 'Props', zhHans: '道具', zhHant: '道具', color: '#8E24AA', ink: '#FFFFFF' },
  { id: 'wardrobe', en: 'Wardrobe', zhHans: '服装', zhHant: '服裝', color: '#00ACC1', ink: '#000000' },
  { id: 'makeup', en: 'Makeup/Hair', zhHans: '化妆', zhHant: '化妝', color: '#FDD835', ink: '#000000' },
  { id: 'vehicles', en: 'Vehicles', zhHans: '车辆', zhHant: '車輛', color: '#EC407A', ink: '#FFFFFF' },
  { id: 'animals', en: 'Animals', zhHans: '动物', zhHant: '動物', color: '#F48FB1', ink: '#000000' },
  { id: 'sfx', en: 'Special effects', zhHans: '特效', zhHant: '特效', color: '#1E88E5', ink: '#FFFFFF' },
  { id: 'vfx', en: 'Visual effects', zhHans: '视效', zhHant: '視效', color: '#81D4FA', ink: '#000000' },
  { id: 'set_dressing', en: 'Set dressing', zhHans: '陈设', zhHant: '陳設', color: '#BCAAA4', ink: '#000000' },
  { id: 'sound', en: 'Sound', zhHans: '音效', zhHant: '音效', color: '#8D6E63', ink: '#FFFFFF' },
  { id: 'music', en: 'Music', zhHans: '音乐', zhHant: '音樂', color: '#6D4C41', ink: '#FFFFFF' },
  { id: 'notes', en: 'Notes', zhHans: '备注', zhHant: '備註', color: '#9E9E9E', ink: '#000000' },
];

export const CATEGORY_IDS: readonly ElementCategory[] = CATEGORIES.map((c) => c.id);

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryInfo(id: ElementCategory): CategoryInfo {
  return BY_ID.get(id) as CategoryInfo;
}

/** Words a tag may start with, for each category (English lower-cased; Simplified and Traditional). */
const WORDS: Record<ElementCategory, string> = {
  cast: 'cast|character|actor|演员|演員|角色|人物',
  extras: 'extras|extra|background|bg|crowd|atmosphere|群演|群众|群眾|群众演员|群眾演員|特约|特約|临演|臨演',
  stunts: 'stunts|stunt|stunt performer|特技|武打|动作|動作|替身|威亚|威亞',
  props: 'props|prop|道具',
  wardrobe: 'wardrobe|costume|costumes|服装|服裝|服饰|服飾|戏服|戲服',
  makeup: 'makeup|make-up|make up|hair|makeup/hair|hair/makeup|化妆|化妝|妆发|妝髮|造型|发型|髮型',
  vehicles: 'vehicles|vehicle|car|picture car|车辆|車輛|车|車',
  animals: 'animals|animal|动物|動物',
  sfx: 'sfx|special effects|special effect|fx|特效|现场特效|現場特效|烟火|煙火',
  vfx: 'vfx|visual effects|visual effect|cg|cgi|视效|視效|后期|後期|后期特效|後期特效|数字特效|數字特效',
  set_dressing: 'set dressing|dressing|set dec|陈设|陳設|置景|布景|佈景',
  sound: 'sound|sound effects|sound effect|音效|声音|聲音|拟音|擬音',
  music: 'music|song|音乐|音樂|配乐|配樂|歌曲',
  notes: 'notes|note|备注|備註|注|註',
};

const CATEGORY_OF_WORD = new Map<string, ElementCategory>();
for (const id of Object.keys(WORDS) as ElementCategory[]) {
  for (const word of WORDS[id].split('|')) CATEGORY_OF_WORD.set(word, id);
}

/** The category a tag word names (`prop`, `Props`, `道具`, `服裝`), or null. */
export function categoryOfWord(word: string): ElementCategory | null {
  return CATEGORY_OF_WORD.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** The category's label in a report language. */
export function categoryLabel(id: ElementCategory, language: 'en' | 'zh-Hans' | 'zh-Hant'): string {
  const info = categoryInfo(id);
  return language === 'en' ? info.en : language === 'zh-Hant' ? info.zhHant : info.zhHans;
}

export interface Tag {
  category: ElementCategory;
  name: string;
  /** Offset of the note's `[[` in the text scanned. */
  at: number;
}

// `category: name` or `category：name`; several names may be listed with , 、 ， ; ；
const TAG = /^\s*([^:：\]]{1,24}?)\s*[:：]\s*([\s\S]+?)\s*$/;
const SPLIT = /\s*[,、，；;]\s*/;

/** Reads one note's content (`prop: gold pendant`, `道具：金坠子、铁板`) as tags; [] for other notes. */
export function readTag(content: string, at = 0): Tag[] {
  const m = TAG.exec(content);
  if (!m) return [];
  const category = categoryOfWord(m[1]);
  if (!category) return [];
  const tags: Tag[] = [];
  for (const name of m[2].split(SPLIT)) {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean) tags.push({ category, name: clean, at });
  }
  return tags;
}

/** Every tag in a text holding inline notes (`… [[prop: x]] …`). Notes without a category are skipped. */
export function tagsIn(text: string): Tag[] {
  let from = text.indexOf('[[');
  if (from < 0) return [];
  const tags: Tag[] = [];
  while (from >= 0) {
    const end = text.indexOf(']]', from + 2);
    if (end < 0) break;
    for (const tag of readTag(text.slice(from + 2, end), from)) tags.push(tag);
    from = text.indexOf('[[', end + 2);
  }
  return tags;
}

/** The text without its inline notes (`[[…]]`) and boneyard (`/* … *\/`). */
export function withoutNotes(text: string): string {
  if (!text.includes('[[') && !text.includes('/*')) return text;
  return text.replace(/\[\[[\s\S]*?\]\]/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The note a writer adds to tag `name` as `category`, in the script's language: `[[prop: x]]`, `[[道具：x]]`. */
export function tagNote(category: ElementCategory, name: string, language: 'en' | 'zh', traditional = false): string {
  const clean = name.replace(/\]\]/g, '] ]').replace(/\s+/g, ' ').trim();
  if (language === 'zh') return `[[${categoryLabel(category, traditional ? 'zh-Hant' : 'zh-Hans')}：${clean}]]`;
  return `[[${TAG_WORD[category]}: ${clean}]]`;
}

const TAG_WORD: Record<ElementCategory, string> = {
  cast: 'cast', extras: 'extras', stunts: 'stunt', props: 'prop', wardrobe: 'wardrobe', makeup: 'makeup',
  vehicles: 'vehicle', animals: 'animal', sfx: 'sfx', vfx: 'vfx', set_dressing: 'set dressing', sound: 'sound',
  music: 'music', notes: 'note',
};
