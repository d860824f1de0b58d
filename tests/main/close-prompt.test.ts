// The close prompt's words: one script by name, several by count with the names listed (at most eight,
// then how many more), in each UI language.
import { describe, expect, it } from 'vitest';
import { closePrompt } from '../../src/main/close-prompt';
import { MENU_STRINGS } from '../../src/main/menu-strings';

const en = MENU_STRINGS.en;

describe('the close prompt', () => {
  it('names the one unsaved script', () => {
    expect(closePrompt(['ep01.fountain'], en)).toEqual({
      message: 'Do you want to save the changes you made to “ep01.fountain”?',
      detail: 'Your changes will be lost if you don’t save them.',
    });
  });

  it('counts several and lists them, the open one first', () => {
    const { message, detail } = closePrompt(['ep02.fountain', 'ep01.fountain'], en);
    expect(message).toBe('Do you want to save the changes you made to 2 scripts?');
    expect(detail.split('\n')).toEqual(['• ep02.fountain', '• ep01.fountain', '', 'Your changes to all of them will be lost if you don’t save them.']);
  });

  it('lists eight and counts the rest of a long series', () => {
    const names = Array.from({ length: 11 }, (_, i) => `ep${String(i + 1).padStart(2, '0')}.fountain`);
    const lines = closePrompt(names, en).detail.split('\n');
    expect(lines.slice(0, 9)).toEqual([...names.slice(0, 8).map((n) => `• ${n}`), 'and 3 more']);
  });

  it('speaks Chinese', () => {
    expect(closePrompt(['第1集.fountain', '第2集.fountain'], MENU_STRINGS['zh-Hans']).message).toBe('要保存对 2 个剧本所做的更改吗？');
    expect(closePrompt(['第1集.fountain'], MENU_STRINGS['zh-Hant']).message).toBe('要儲存對「第1集.fountain」所做的變更嗎？');
    expect(closePrompt(Array.from({ length: 10 }, (_, i) => `${i}`), MENU_STRINGS['zh-Hant']).detail).toContain('以及另外 2 個');
  });
});
