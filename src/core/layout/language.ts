// Mainland or Taiwan pages for a Chinese script: the title page's `Language:` (zh-Hant, zh-TW, zh-HK, 繁體 ...
// say Taiwan; zh-Hans, zh-CN, 简体 say mainland), else whichever of Simplified-only and Traditional-only common
// characters the text uses more.
import type { Script } from '../model/script';

const SIMPLIFIED = '们这个说来时会为国对还没内场门见让话开关长问间吗发东车听钱妈爷谁边钟样亲应该经过头';
const TRADITIONAL = '們這個說來時會為國對還沒內場門見讓話開關長問間嗎發東車聽錢媽爺誰邊鐘樣親應該經過頭';

// Code units (all of these characters are in the BMP), so the text is read without making a string per character.
const SIMP = new Set(Array.from(SIMPLIFIED).filter((c, i) => c !== Array.from(TRADITIONAL)[i]).map((c) => c.charCodeAt(0)));
const TRAD = new Set(Array.from(TRADITIONAL).filter((c, i) => c !== Array.from(SIMPLIFIED)[i]).map((c) => c.charCodeAt(0)));

export function chineseStyle(script: Script): 'mainland' | 'taiwan' {
  for (const e of script.titlePage) {
    const key = e.key.toLowerCase();
    if (key !== 'language' && key !== 'lang' && e.key !== '语言' && e.key !== '語言') continue;
    const v = e.value.trim().toLowerCase();
    if (/hant|zh-tw|zh-hk|zh-mo|繁/.test(v)) return 'taiwan';
    if (/hans|zh-cn|zh-sg|简|簡/.test(v)) return 'mainland';
  }
  let s = 0;
  let t = 0;
  for (const line of script.lines) {
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x4e00) continue;
      if (SIMP.has(c)) s++;
      else if (TRAD.has(c)) t++;
    }
  }
  return t > s ? 'taiwan' : 'mainland';
}
