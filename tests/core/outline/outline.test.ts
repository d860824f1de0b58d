// The navigator's outline: episodes, sections, synopses and scenes with line ranges and times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse';
import { buildOutline, sceneAt } from '../../../src/core/outline';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('buildOutline', () => {
  it('lists the Chinese sample episode and its numbered scenes', () => {
    const script = parse(readFileSync(join(ROOT, 'resources', 'sample', 'zh', 'ep01.fountain'), 'utf8'));
    const [episode, ...rest] = buildOutline(script);
    expect(rest).toEqual([]);
    expect(episode).toMatchObject({ number: 1, title: '金坠子', marker: '第1集：金坠子' });
    const scenes = episode.items.filter((i) => i.kind === 'scene');
    expect(scenes.map((s) => s.number)).toEqual(['1-1', '1-2', '1-3', '1-4']);
    expect(scenes[0]).toMatchObject({ heading: '1-1 夜 外 福安夜市', written: true, line: 9 });
    expect(scenes[0].endLine).toBe(scenes[1].line);
    expect(scenes[3].endLine).toBe(script.lines.length);
    expect(episode.seconds).toBe(scenes.reduce((s, x) => s + x.seconds, 0));
    expect(scenes.every((s) => s.seconds > 0)).toBe(true);
  });

  it('numbers unnumbered scenes in order, per episode, and keeps sections and synopses', () => {
    const script = parse(`# Episode 2: Rain

= Wan learns the truth.

## Act One

INT. HOUSE - DAY

= She waits.

Rain.

EXT. ROOF - NIGHT

Wind.

= A note for later.
`);
    const [episode] = buildOutline(script);
    expect(episode).toMatchObject({ number: 2, synopsis: 'Wan learns the truth.' });
    expect(episode.items.map((i) => i.kind)).toEqual(['section', 'scene', 'scene', 'synopsis']);
    expect(episode.items[1]).toMatchObject({ number: '2-1', written: false, heading: 'INT. HOUSE - DAY', synopsis: 'She waits.' });
    expect(episode.items[2]).toMatchObject({ number: '2-2', synopsis: null });
  });

  it('finds the scene at a line', () => {
    const script = parse('INT. A - DAY\n\nOne.\n\nINT. B - DAY\n\nTwo.\n');
    const outline = buildOutline(script);
    expect(sceneAt(outline, 2)?.heading).toBe('INT. A - DAY');
    expect(sceneAt(outline, 4)?.heading).toBe('INT. B - DAY');
    expect(outline[0].marker).toBeNull();
  });
});
