// Tab on a line cycles its element type by adding or removing Fountain markers:
// action -> character -> scene heading -> transition -> action (Shift-Tab goes back). The text itself is
// kept; only the markers around it change. English cues are upper-cased; Chinese scripts use their own
// forms (`名字：`, `1-3 地点`, `切至：`).
import type { Language, LineType } from '../model/script';
import { isCueName } from '../parse/heading';
import { matchZhHeading, matchZhTransition } from '../parse/zh';
import type { SceneNumberOffer } from './scene-number';

export const CYCLE = ['action', 'character', 'scene_heading', 'transition'] as const;
export type CycleType = (typeof CYCLE)[number];

export interface CycleContext {
  language: Language;
  /** The line above is blank (or there is none). */
  prevBlank: boolean;
  /** Chinese scripts: the number a new scene heading here would get. */
  nextScene?: SceneNumberOffer | null;
}

const EN_HEADING_RE = /^(?:INT\.?\/EXT|INT\.EXT|I\.?\/E|INT|EXT|EST)(?:\.|[ \t]|$)/i;
const ZH_NUMBER_RE = /^[ \t\u3000]*(?:第[0-9０-９]+场|[0-9０-９]+(?:[-－][0-9０-９]+)?[A-Za-z]?(?:[.、．]|(?=[ \t\u3000])))[ \t\u3000]*/;

/** Which of the four forms the line is written in now (not what the parser makes of its neighbours). */
export function currentForm(text: string, type: LineType, ctx: CycleContext): CycleType {
  const t = text.trim();
  if (t.startsWith('!')) return 'action';
  if (type === 'scene_heading' || t.startsWith('.') || (ctx.prevBlank && EN_HEADING_RE.test(t))) return 'scene_heading';
  if (type === 'transition' || t.startsWith('>')) return 'transition';
  if (type === 'character' || t.startsWith('@')) return 'character';
  if (ctx.language === 'zh') {
    if (/^[^\s：:]{1,10}[：:]$/.test(t)) return 'character';
    if (matchZhHeading(t)) return 'scene_heading';
    if (matchZhTransition(t)) return 'transition';
  } else if (ctx.prevBlank && isCueName(t)) {
    return 'character';
  }
  return 'action';
}

/** The line's words without the markers of any form. */
export function bareText(text: string, ctx: CycleContext): string {
  let t = text.trim();
  t = t.replace(/^[!@.>~]\s*/, '');
  if (ctx.language === 'zh') {
    t = t.replace(ZH_NUMBER_RE, '');
    t = t.replace(/[：:]$/, '');
  }
  return t;
}

export function nextForm(form: CycleType, direction: 1 | -1): CycleType {
  const i = CYCLE.indexOf(form);
  return CYCLE[(i + direction + CYCLE.length) % CYCLE.length];
}

/**
 * Texts for the line in `target` form, to try in order: the first one the parser reads as `target` wins
 * (the last one, with a forcing marker, always does).
 */
export function formTexts(bare: string, target: CycleType, ctx: CycleContext): string[] {
  const zh = ctx.language === 'zh';
  switch (target) {
    case 'action':
      // An upper-case line after a blank one would be a cue waiting for its dialogue: force it.
      if (!zh && ctx.prevBlank && isCueName(bare)) return [`!${bare}`];
      return [bare, `!${bare}`];
    case 'character': {
      if (zh) return bare && bare.length <= 10 && !/[\s：:]/.test(bare) ? [`${bare}：`, `@${bare}`] : [`@${bare}`];
      const upper = bare.toLocaleUpperCase();
      return bare ? [upper, `@${upper}`] : ['@'];
    }
    case 'scene_heading': {
      if (zh) {
        const number = ctx.nextScene?.text ?? '';
        return number ? [`${number}${bare}`, `.${bare}`] : [`.${bare}`];
      }
      if (!bare) return ['INT. '];
      const upper = bare.toLocaleUpperCase();
      return EN_HEADING_RE.test(upper) ? [upper, `.${upper}`] : [`.${upper}`];
    }
    case 'transition':
      if (zh && !bare) return ['切至：'];
      if (!zh && /TO:$/.test(bare.toLocaleUpperCase())) return [bare.toLocaleUpperCase(), `> ${bare}`];
      return [`> ${bare}`.trimEnd()];
  }
}

/** True when the text, once written, is in `form` as the writer sees it (for cues: as soon as dialogue follows). */
export function isInForm(text: string, type: LineType, target: CycleType, ctx: CycleContext): boolean {
  if (type === target) return true;
  return target === 'character' && currentForm(text, type, ctx) === 'character';
}
