// Time-of-day and interior/exterior words, English and Chinese, normalised for the breakdown.
import type { IntExt, TimeOfDay } from '../model/script';

const ZH_TIME: Record<string, TimeOfDay> = {};
const add = (time: TimeOfDay, words: string) => {
  for (const w of words.split(' ')) ZH_TIME[w] = time;
};
add('DAY', '日 白天 白日 昼 晝 早 晨 早上 早晨 上午 中午 午 正午 下午 日间 日間');
add('DAWN', '清晨 黎明 凌晨 拂晓 拂曉 破晓 破曉');
add('DUSK', '傍晚 黄昏 黃昏 暮 日落 薄暮');
add('NIGHT', '夜 晚 深夜 夜晚 晚上 午夜 半夜 夜间 夜間');

const EN_TIME: Record<string, TimeOfDay> = {
  DAY: 'DAY', NIGHT: 'NIGHT', DAWN: 'DAWN', DUSK: 'DUSK', MORNING: 'MORNING', AFTERNOON: 'AFTERNOON',
  EVENING: 'EVENING', CONTINUOUS: 'CONTINUOUS', CONT: 'CONTINUOUS', 'CONT.': 'CONTINUOUS', LATER: 'LATER',
  'MOMENTS LATER': 'MOMENTS LATER', 'A MOMENT LATER': 'MOMENTS LATER', 'MOMENT LATER': 'MOMENTS LATER',
  'SECONDS LATER': 'MOMENTS LATER', 'MINUTES LATER': 'LATER', 'HOURS LATER': 'LATER', SAME: 'SAME',
  'SAME TIME': 'SAME', SUNRISE: 'DAWN', 'EARLY MORNING': 'DAWN', SUNSET: 'DUSK', TWILIGHT: 'DUSK',
  NOON: 'DAY', MIDDAY: 'DAY', 'LATE NIGHT': 'NIGHT', MIDNIGHT: 'NIGHT', 'LATE AFTERNOON': 'AFTERNOON',
  'EARLY EVENING': 'EVENING', MAGIC_HOUR: 'DUSK', 'MAGIC HOUR': 'DUSK', 'DAY - CONTINUOUS': 'CONTINUOUS',
};

/** The normalised time of a time phrase (`NIGHT`, `moments later`, `夜`, `深夜`), or null. */
export function normaliseTime(words: string): TimeOfDay | null {
  const w = words.trim();
  if (!w) return null;
  const zh = ZH_TIME[w];
  if (zh) return zh;
  const en = EN_TIME[w.toUpperCase().replace(/\s+/g, ' ').replace(/[.]$/, '')] ?? EN_TIME[w.toUpperCase()];
  return en ?? null;
}

/** True when `word` is a Chinese time word by itself. */
export function isZhTimeWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(ZH_TIME, word);
}

const ZH_INT_EXT: Record<string, IntExt> = {
  内: 'INT', 內: 'INT', 内景: 'INT', 內景: 'INT', 室内: 'INT', 室內: 'INT',
  外: 'EXT', 外景: 'EXT', 室外: 'EXT',
  '内/外': 'INT/EXT', '內/外': 'INT/EXT', 内外: 'INT/EXT', 內外: 'INT/EXT', 内外景: 'INT/EXT', 內外景: 'INT/EXT',
  '内外/景': 'INT/EXT', '外/内': 'INT/EXT', '外/內': 'INT/EXT',
};

/** INT, EXT or INT/EXT for a Chinese int/ext word (`内`, `內景`, `外`, `内/外`), or null. */
export function zhIntExt(word: string): IntExt | null {
  return Object.prototype.hasOwnProperty.call(ZH_INT_EXT, word) ? ZH_INT_EXT[word] : null;
}
