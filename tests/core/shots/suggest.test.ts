// Suggested coverage for 9:16: what it proposes, on hand-made scenes and on the whole sample series.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownSeries } from '../../../src/core/breakdown';
import { parse } from '../../../src/core/parse';
import type { Shot } from '../../../src/core/model/shots';
import { absoluteLines, shotScenes, suggestShots, type ShotScene } from '../../../src/core/shots';
import { load, type Loaded } from './helpers';

function suggest(doc: Loaded, language: 'en' | 'zh-Hans' | 'zh-Hant' = 'en'): Shot[][] {
  const all = suggestShots([{ script: doc.script, scenes: doc.scenes }], doc.breakdown, { language });
  return doc.scenes.map((s) => all[s.id]);
}

const lineText = (doc: Loaded, scene: ShotScene, shot: Shot) => {
  const r = absoluteLines(doc.script, scene, shot.lines!);
  return doc.script.lines.slice(r.from - 1, r.to).map((l) => l.text).join('\n');
};

const EN = `Title: Test
Language: en

EXT. HARBOUR - NIGHT

Fog rolls over the water. MARA waits on the pier. [[prop: brass key]]

MARA
You came.

JULES
You said it was urgent.

MARA
It is. They know.

JULES
Who knows?

Mara shows him a text message on her phone.

INT. HARBOUR OFFICE - NIGHT

Jules sits down. Mara locks the door.

JULES
Start from the beginning.

INT. HARBOUR OFFICE - NIGHT

Later. The kettle boils. Mara pours two cups.

NARRATOR (V.O.)
She never told him the rest.

[[hook]]

Jules opens the drawer. The brass key is gone.
`;

describe('suggested coverage on a hand-made English episode', () => {
  const doc = load(EN);
  const [pier, office, later] = suggest(doc);

  it('numbers shots 1, 2, 3 ... and gives them seconds that add up to the scene', () => {
    doc.scenes.forEach((scene, i) => {
      const shots = [pier, office, later][i];
      expect(shots.map((s) => s.number)).toEqual(shots.map((_, k) => String(k + 1)));
      expect(shots.reduce((sum, s) => sum + (s.seconds ?? 0), 0)).toBe(scene.breakdown.seconds);
      for (const s of shots) expect(s.seconds).toBeGreaterThanOrEqual(1);
    });
  });

  it('establishes a place only where the set changes', () => {
    const establishing = (shots: Shot[]) => shots.filter((s) => s.description.startsWith('Establishing'));
    expect(establishing(pier)).toHaveLength(1);
    expect(establishing(office)).toHaveLength(1);
    expect(establishing(later)).toHaveLength(0);
  });

  it('covers two people talking with a two-shot, an MCU and a CU each, and an OTS pair', () => {
    const sizes = (name: string) => pier.filter((s) => s.cast[0] === name && s.size !== '2S').map((s) => s.size).sort();
    expect(pier.find((s) => s.size === '2S')?.cast).toEqual(['MARA', 'JULES']);
    expect(sizes('MARA')).toEqual(['CU', 'MCU', 'OTS']);
    expect(sizes('JULES')).toEqual(['CU', 'MCU', 'OTS']);
    expect(pier.filter((s) => s.size === 'OTS').map((s) => s.description)).toEqual(['Over JULES onto MARA', 'Over MARA onto JULES']);
  });

  it('puts a CU on the strongest line of each speaker', () => {
    const cu = pier.find((s) => s.size === 'CU' && s.cast[0] === 'JULES')!;
    expect(lineText(doc, doc.scenes[0], cu)).toBe('JULES\nWho knows?');
  });

  it('inserts tagged props and things read on a screen', () => {
    const inserts = pier.filter((s) => s.size === 'INSERT').map((s) => s.description);
    expect(inserts).toEqual(['Insert: brass key', 'Insert: text message - Mara shows him a text message on her pho…']);
  });

  it('ends the episode on a close reaction to the hook, pushing in, on the person the hook names', () => {
    const hook = later.find((s) => s.description.startsWith('Hook'))!;
    expect(hook).toMatchObject({ size: 'CU', movement: 'push-in', cast: ['JULES'] });
    expect(lineText(doc, doc.scenes[2], hook)).toBe('Jules opens the drawer. The brass key is gone.');
    // The key was tagged in another scene: named in the hook, it gets an insert too.
    expect(later.find((s) => s.size === 'INSERT')).toMatchObject({ description: 'Insert: brass key', movement: 'push-in' });
  });

  it('gives no coverage to a voice heard off screen', () => {
    expect(later.some((s) => s.cast.includes('NARRATOR'))).toBe(false);
  });

  it('groups shots by setup, with two cameras cross-shooting the dialogue pair', () => {
    const setups = pier.map((s) => s.setup);
    expect(setups).toEqual([...setups].sort((a, b) => a! - b!));
    const mara = pier.filter((s) => s.cast[0] === 'MARA' && s.size !== '2S');
    const jules = pier.filter((s) => s.cast[0] === 'JULES' && s.size !== '2S');
    expect(new Set(mara.map((s) => s.setup)).size).toBe(1);
    expect(mara[0].setup).toBe(jules[0].setup);
    expect(new Set(mara.map((s) => s.camera))).toEqual(new Set(['A']));
    expect(new Set(jules.map((s) => s.camera))).toEqual(new Set(['B']));
    for (const s of pier) expect(s.lens).toBeGreaterThan(0);
  });
});

describe('suggested coverage on Chinese scenes', () => {
  const ZH = `Language: zh-Hant

第1集：測試

1-1 夜 外 福安夜市
人物：林晚、林母
【字幕：台北·福安夜市】
△林晚把蛋液澆上鐵板。
林母：阿晚，蛋少打一個。
林晚：（笑）媽，客人吃得開心才會回來。
林母：你就是心軟。
林晚（OS）：她從來不怕任何人。
1-2 夜 外 福安夜市
人物：林晚
△林晚收攤，手機亮起，是一條簡訊。
【卡點】林晚看清簡訊上的名字，愣住。
`;
  const doc = load(ZH);
  const [first, second] = suggest(doc, 'zh-Hant');

  it('carries the caption on the establishing shot, in Traditional Chinese', () => {
    expect(first[0].description).toBe('建立鏡頭：福安夜市（字幕：台北·福安夜市）');
  });

  it('treats OS as inner voice: the speaker is on screen and covered', () => {
    expect(first.some((s) => s.cast[0] === '林晚' && s.size === 'MCU')).toBe(true);
  });

  it('does not establish the same set twice in a row, and covers the hook', () => {
    expect(second.some((s) => s.description.startsWith('建立'))).toBe(false);
    expect(second.find((s) => s.movement === 'push-in' && s.size === 'CU')).toMatchObject({ cast: ['林晚'], description: '卡點：林晚反應' });
    expect(second.find((s) => s.size === 'INSERT')?.description).toMatch(/^插入：手機/);
  });
});

describe('suggested coverage on the sample series', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`adds up to every scene's length and covers every hook (${lang})`, () => {
      const dir = resolve(__dirname, '../../../resources/sample', lang);
      const docs = Array.from({ length: 10 }, (_, i) => {
        const name = `ep${String(i + 1).padStart(2, '0')}.fountain`;
        return { name, script: parse(readFileSync(resolve(dir, name), 'utf8')) };
      });
      const breakdown = breakdownSeries(docs);
      const inputs = docs.map((d) => ({ script: d.script, scenes: shotScenes(d.script, d.name, breakdown) }));
      const all = suggestShots(inputs, breakdown, { language: lang === 'en' ? 'en' : 'zh-Hans' });
      let shots = 0;
      let closeUps = 0;
      let wides = 0;
      for (const { scenes } of inputs) for (const scene of scenes) {
        const list = all[scene.id];
        expect(list.reduce((s, x) => s + (x.seconds ?? 0), 0)).toBe(scene.breakdown.seconds);
        shots += list.length;
        closeUps += list.filter((s) => ['MCU', 'CU', 'ECU', 'OTS', 'INSERT'].includes(s.size!)).length;
        wides += list.filter((s) => ['EWS', 'WS'].includes(s.size!)).length;
      }
      // Vertical framing: mostly close; wides only to establish.
      expect(closeUps / shots).toBeGreaterThan(0.6);
      expect(wides / shots).toBeLessThan(0.15);
      for (const episode of breakdown.episodes) {
        const last = episode.scenes.find((s) => episode.hookLine! >= s.line && episode.hookLine! <= s.endLine)!;
        expect(all[last.id].some((s) => s.movement === 'push-in' && s.size === 'CU')).toBe(true);
      }
    });
  }
});

describe('a scene where nobody is listed or speaks', () => {
  it('frames whoever of the cast the action names', () => {
    const doc = load('Title: T\nLanguage: en\n\nINT. KITCHEN - DAY\n\nANNA\nMorning.\n\nEXT. GARDEN - NIGHT\n\nAnna waters the roses in the dark.\n');
    const [, garden] = suggest(doc);
    expect(garden.map((s) => [s.size, s.cast.join()])).toEqual([['WS', ''], ['MS', 'ANNA'], ['CU', 'ANNA']]);
  });
});

describe('a scene too short for every shot', () => {
  it('keeps the most useful shots, one second each at least', () => {
    const doc = load('Title: T\nLanguage: en\n\nINT. LIFT - DAY\n\nANN\nHi.\n\nBO\nHi.\n\nANN\nUp?\n\nBO\nUp.\n');
    const [shots] = suggest(doc);
    expect(shots.length).toBeLessThanOrEqual(doc.scenes[0].breakdown.seconds);
    expect(shots.reduce((s, x) => s + x.seconds!, 0)).toBe(doc.scenes[0].breakdown.seconds);
    expect(shots.some((s) => s.size === '2S')).toBe(true);
  });
});
