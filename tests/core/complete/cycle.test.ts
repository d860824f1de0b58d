// Tab cycles a line's form: action -> character -> scene heading -> transition -> action.
import { describe, expect, it } from 'vitest';
import { bareText, currentForm, formTexts, nextForm } from '../../../src/core/complete';
import type { CycleContext } from '../../../src/core/complete';

const en: CycleContext = { language: 'en', prevBlank: true };
const zh: CycleContext = { language: 'zh', prevBlank: true, nextScene: { number: '1-3', text: '1-3 ' } };

describe('the Tab cycle', () => {
  it('goes round the four forms both ways', () => {
    expect(nextForm('action', 1)).toBe('character');
    expect(nextForm('character', 1)).toBe('scene_heading');
    expect(nextForm('scene_heading', 1)).toBe('transition');
    expect(nextForm('transition', 1)).toBe('action');
    expect(nextForm('action', -1)).toBe('transition');
  });

  it('reads the form a line is written in', () => {
    expect(currentForm('She runs.', 'action', en)).toBe('action');
    expect(currentForm('!MARA', 'action', en)).toBe('action');
    expect(currentForm('MARA', 'action', en)).toBe('character'); // a cue waiting for its dialogue
    expect(currentForm('MARA', 'action', { ...en, prevBlank: false })).toBe('action');
    expect(currentForm('@mara', 'character', en)).toBe('character');
    expect(currentForm('.flashback', 'scene_heading', en)).toBe('scene_heading');
    expect(currentForm('> FADE OUT', 'transition', en)).toBe('transition');
    expect(currentForm('林晚：', 'character', zh)).toBe('character');
    expect(currentForm('1-3 客厅 日 内', 'scene_heading', zh)).toBe('scene_heading');
  });

  it('strips every form marker to the bare words', () => {
    expect(bareText('@MARA', en)).toBe('MARA');
    expect(bareText('.KITCHEN', en)).toBe('KITCHEN');
    expect(bareText('> CUT TO BLACK', en)).toBe('CUT TO BLACK');
    expect(bareText('1-3 客厅', zh)).toBe('客厅');
    expect(bareText('林晚：', zh)).toBe('林晚');
  });

  it('writes each form with the markers it needs, forced last', () => {
    expect(formTexts('mara', 'character', en)).toEqual(['MARA', '@MARA']);
    expect(formTexts('', 'character', en)).toEqual(['@']);
    expect(formTexts('kitchen', 'scene_heading', en)).toEqual(['.KITCHEN']);
    expect(formTexts('int. kitchen', 'scene_heading', en)).toEqual(['INT. KITCHEN', '.INT. KITCHEN']);
    expect(formTexts('', 'scene_heading', en)).toEqual(['INT. ']);
    expect(formTexts('cut to:', 'transition', en)).toEqual(['CUT TO:', '> cut to:']);
    expect(formTexts('FADE OUT', 'transition', en)).toEqual(['> FADE OUT']);
    expect(formTexts('INT. HOUSE', 'action', en)).toEqual(['!INT. HOUSE']);
    expect(formTexts('She runs.', 'action', en)).toEqual(['She runs.', '!She runs.']);
    expect(formTexts('MARA', 'action', en)).toEqual(['!MARA']);
    expect(formTexts('林晚', 'character', zh)).toEqual(['林晚：', '@林晚']);
    expect(formTexts('客厅 日 内', 'scene_heading', zh)).toEqual(['1-3 客厅 日 内', '.客厅 日 内']);
    expect(formTexts('', 'transition', zh)).toEqual(['切至：']);
  });
});
