// Defaults of a project: timing rates, extras words, and the starter sets catalogue that holds the keyword
// rules for suggesting sets (a Taiwan street set, a Taiwan home set, hospital, office, car).
import { PROJECT_FORMAT, PROJECT_FORMAT_VERSION, type Project, type ProjectLanguage, type ProjectSettings, type SetEntry, type TimingRates } from '../../model/project';

/**
 * Timing rates, calibrated on the bundled sample series, whose Chinese and English versions tell the same
 * scenes (docs/breakdown.md, "Timing"). English: pages of 55 lines of 60 columns (Courier 12 pt, about a
 * minute a page); speech at 2.8 words a second (168 a minute, brisk micro-drama delivery); action at 3 words a
 * second of screen time. Chinese: speech at 4 characters a second (240 a minute) and action at 4.5, which give
 * the Chinese version the same screen time as the English one (the sample's Chinese has 1.43 characters for
 * each English word); pages of 21 lines of 30 characters, each paragraph starting a new line, which make a
 * Chinese page the same screen time as an English page, so eighths mean the same in both languages.
 * Both: 0.4 s per speech, 2 s per scene, 2 s per caption.
 */
export const DEFAULT_TIMING: { en: TimingRates; zh: TimingRates } = {
  en: { dialoguePerSecond: 2.8, actionPerSecond: 3, secondsPerSpeech: 0.4, secondsPerScene: 2, secondsPerCaption: 2, charsPerLine: 60, linesPerPage: 55 },
  zh: { dialoguePerSecond: 4, actionPerSecond: 4.5, secondsPerSpeech: 0.4, secondsPerScene: 2, secondsPerCaption: 2, charsPerLine: 30, linesPerPage: 21 },
};

/** Words that make a name an extra (see ProjectSettings.extras). */
export const DEFAULT_EXTRAS: readonly string[] = [
  '村民', '路人', '群众', '群眾', '群演', '记者', '記者', '摊贩', '攤販', '保镖', '保鏢', '食客', '街坊', '围观群众', '圍觀群眾',
  '人群', '行人', '宾客', '賓客', '董事', '员工', '員工', '学生', '學生', '顾客', '顧客', '客人', '小混混', '混混', '打手', '黑衣人',
  'PASSERSBY', 'PASSERS-BY', 'PASSERBY', 'CROWD', 'REPORTER', 'REPORTERS', 'JOURNALISTS', 'PHOTOGRAPHERS', 'PAPARAZZI', 'ONLOOKERS',
  'BYSTANDERS', 'DINERS', 'CUSTOMERS', 'PATRONS', 'GUESTS', 'VILLAGERS', 'VENDORS', 'NEIGHBOURS', 'NEIGHBORS',
  'BODYGUARDS', 'THUGS', 'STUDENTS', 'PEDESTRIANS', 'SHOPPERS', 'EXTRAS', 'DIRECTORS', 'EMPLOYEES', 'STAFF', 'TOURISTS',
  'COMMUTERS', 'PASSENGERS', 'WORKERS', 'SOLDIERS', 'POLICE', 'COPS', 'OFFICERS', 'GUARDS', 'NURSES', 'WAITERS', 'DANCERS',
  'FANS', 'PARTYGOERS', 'PROTESTERS', 'SPECTATORS', 'AUDIENCE', 'CLASSMATES', 'CHILDREN', 'KIDS', 'PEOPLE',
];

export function defaultSettings(): ProjectSettings {
  return {
    osVo: 'mainland',
    timing: { en: { ...DEFAULT_TIMING.en }, zh: { ...DEFAULT_TIMING.zh } },
    targetEpisodeSeconds: 120,
    episodeLengthTolerance: 0.5,
    paywallEpisodes: [],
    extras: [...DEFAULT_EXTRAS],
  };
}

const set = (id: string, name: string, group: string | undefined, kind: string, style: string | undefined, keywords: string[]): SetEntry => ({
  id,
  name,
  ...(group ? { group } : {}),
  kind,
  ...(style ? { style } : {}),
  aliases: [],
  keywords,
});

/** The starter catalogue: its keywords are the default location -> set rules. */
export function defaultSets(): SetEntry[] {
  return [
    set('tw-street-market', 'Taiwan Street set - night market', 'Taiwan Street set', 'street', 'Taiwan', ['夜市', '攤位', '摊位', 'night market', 'market', 'stall']),
    set('tw-street-arcade', 'Taiwan Street set - arcade (騎樓)', 'Taiwan Street set', 'street', 'Taiwan', ['騎樓', '骑楼', '街', '街道', '街口', '路口', 'arcade', 'street']),
    set('tw-street-alley', 'Taiwan Street set - alley', 'Taiwan Street set', 'street', 'Taiwan', ['巷', '巷子', '巷口', '後巷', '后巷', '小巷', 'alley', 'lane', 'back alley']),
    set('tw-home-living', 'Taiwan Home set - living room (神明桌)', 'Taiwan Home set', 'home', 'Taiwan', ['客廳', '客厅', '神明桌', '神明廳', '神明厅', '正廳', '正厅', 'living room', 'altar', 'front room']),
    set('tw-home-bedroom', 'Taiwan Home set - bedroom', 'Taiwan Home set', 'home', 'Taiwan', ['臥室', '卧室', '臥房', '卧房', '房間', '房间', 'bedroom']),
    set('tw-home-kitchen', 'Taiwan Home set - kitchen', 'Taiwan Home set', 'home', 'Taiwan', ['廚房', '厨房', 'kitchen']),
    set('hospital-ward', 'Hospital ward', undefined, 'hospital', undefined, ['醫院', '医院', '病房', '病床', 'hospital', 'ward', 'clinic']),
    set('office', 'Office', undefined, 'office', undefined, ['辦公室', '办公室', '公司', '集團', '集团', '會議室', '会议室', '大廳', '大厅', '前台', 'office', 'boardroom', 'meeting room', 'conference room', 'lobby', 'reception']),
    set('car', 'Car (picture car)', undefined, 'car', undefined, ['車內', '车内', '車上', '车上', '車裡', '车里', '轎車', '轿车', 'car', 'taxi', 'van']),
  ];
}

const setFields = (s: SetEntry) => [s.id, s.name, s.group ?? null, s.stage ?? null, s.kind ?? null, s.style ?? null, s.aliases, s.keywords, s.dayRate ?? null, s.currency ?? null];
const STARTER = JSON.stringify(defaultSets().map(setFields));

/**
 * True when a catalogue is the starter one, unchanged (no project, or a project file whose sets nobody has
 * edited): its sets are keyword rules rather than sets the production has, so reports list only those used.
 */
export function isStarterCatalogue(sets: readonly SetEntry[]): boolean {
  return JSON.stringify(sets.map(setFields)) === STARTER;
}

/** A new project with the starter catalogue and default settings. */
export function defaultProject(title = '', language: ProjectLanguage = 'en'): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_FORMAT_VERSION,
    title,
    language,
    episodes: [],
    settings: defaultSettings(),
    sets: defaultSets(),
    locations: [],
    cast: [],
  };
}
