// When unsaved work reaches its recovery copy (fake timers): 3 s after typing stops, and at least every 5 s
// while a writer types on without ever pausing that long.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/renderer/session/workspace';
import { textOf } from '../../src/renderer/editor/state';
import { testWorkspace, typeAtEnd } from './workspace-support';
import type { TestWorkspace } from './workspace-support';

let t: TestWorkspace;
let workspace: Workspace;
/** Each recovery copy sent: when (ms since the first keystroke) and its text. */
let copies: { at: number; text: string }[];
let start: number;

beforeEach(async () => {
  vi.useFakeTimers();
  t = await testWorkspace();
  workspace = t.workspace;
  await workspace.start('en');
  const send = t.api.autosave.bind(t.api);
  copies = [];
  vi.spyOn(t.api, 'autosave').mockImplementation((text, path) => {
    copies.push({ at: Date.now() - start, text });
    return send(text, path);
  });
  start = Date.now();
});

afterEach(() => {
  workspace.dispose();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Types one character every `every` ms for `total` ms; when each key went in (ms since the start). */
async function typeOn(every: number, total: number): Promise<number[]> {
  const keys: number[] = [];
  for (let elapsed = 0; elapsed < total; elapsed += every) {
    typeAtEnd(workspace, 'x');
    keys.push(Date.now() - start);
    await vi.advanceTimersByTimeAsync(every);
  }
  return keys;
}

describe('autosave', () => {
  it('keeps a copy 3 s after the writer stops typing, not before', async () => {
    typeAtEnd(workspace, 'Rain.');
    await vi.advanceTimersByTimeAsync(2999);
    expect(copies).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(copies).toEqual([{ at: 3000, text: textOf(workspace.store.current()!) }]);
    // Nothing changed since: no more copies.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(copies).toHaveLength(1);
  });

  // 300 ms: the editor's readers hear of each keystroke (it waits for 250 ms pauses); 100 ms: they do not.
  it.each([300, 100])('copies every key within 5 s while the writer types one every %i ms, and the last within 3 s', async (every) => {
    const keys = await typeOn(every, 20_000);
    const last = keys.at(-1)!;
    // Every key but those of the last 5 s reached a copy at most 5 s after it was typed.
    for (const key of keys.filter((k) => k <= last - 5000)) {
      expect(copies.some((c) => c.at >= key && c.at <= key + 5000), `the key typed at ${key} ms`).toBe(true);
    }
    expect(copies.filter((c) => c.at <= last).length).toBeGreaterThanOrEqual(3);
    // Typing stopped: the final text reaches its copy at most 3 s after the last key, and only once.
    const final = textOf(workspace.store.current()!);
    await vi.advanceTimersByTimeAsync(last + 3000 - (Date.now() - start));
    expect(copies.at(-1)?.text).toBe(final);
    expect(copies.at(-1)!.at).toBeLessThanOrEqual(last + 3000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(copies.filter((c) => c.text === final)).toHaveLength(1);
  });
});
