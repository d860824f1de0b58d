// Words offered while typing headings and cues: standard Fountain times and extensions, Chinese time and
// interior/exterior words, Chinese extensions. The script's own words come first (see index.ts).

export const EN_TIMES = ['DAY', 'NIGHT', 'CONTINUOUS', 'LATER', 'MOMENTS LATER', 'MORNING', 'AFTERNOON', 'EVENING', 'DAWN', 'DUSK', 'SAME'];
export const EN_EXTENSIONS = ['V.O.', 'O.S.', 'O.C.', "CONT'D"];
export const ZH_TIMES = ['日', '夜', '晨', '晚', '清晨', '黄昏', '深夜'];
export const ZH_INT_EXT = ['内', '外', '内/外'];
export const ZH_EXTENSIONS = ['OS', 'VO', '画外音'];
/** Traditional spellings, offered instead in scripts written in Traditional characters. */
export const ZH_HANT_TIMES = ['日', '夜', '晨', '晚', '清晨', '黃昏', '深夜'];
export const ZH_HANT_INT_EXT = ['內', '外', '內/外'];
export const ZH_HANT_EXTENSIONS = ['OS', 'VO', '畫外音'];
