// The shot-list file: diff-friendly, stable, versioned; bad files get a message naming the problem.
import { describe, expect, it } from 'vitest';
import { readShotList, shotsFileName, writeShotList } from '../../../src/core/shots';
import { SHOTS_FORMAT_VERSION } from '../../../src/core/model/shots';

const TEXT = `{
  "format": "shotline-shots",
  "version": 1,
  "script": "ep01.fountain",
  "scenes": [
    {
      "scene": {"episode": 1, "number": "1-1", "locked": true, "heading": "EXT. FU'AN NIGHT MARKET - NIGHT", "opening": "Neon signs flicker.", "order": 1},
      "shots": [
        {"number": "1", "size": "WS", "angle": "high", "movement": "tilt", "lens": 24, "camera": "A", "description": "Establishing", "lines": {"from": 0, "to": 0, "text": "EXT. FU'AN"}, "setup": 1, "seconds": 2, "status": "shot"},
        {"number": "2", "size": "MCU", "lens": 50, "camera": "B", "cast": ["LIN WAN"], "description": "Wan: dialogue", "seconds": 5, "status": "planned"},
        {"number": "2A", "size": "CU", "cast": ["林晚"], "description": "林晚：“妈，客人吃得开心才会回来。”", "status": "planned"}
      ]
    }
  ]
}
`;

describe('shot-list file', () => {
  it('is named after its script', () => {
    expect(shotsFileName('ep01.fountain')).toBe('ep01.shots.json');
    expect(shotsFileName('/a/b/第3集.fountain')).toBe('/a/b/第3集.shots.json');
    expect(shotsFileName('series')).toBe('series.shots.json');
  });

  it('reads back to the same text it was written as: one scene key and one shot per line', () => {
    const read = readShotList(TEXT);
    if (!read.ok) throw new Error(read.message);
    expect(read.list.scenes[0].shots.map((s) => [s.number, s.size, s.camera, s.status])).toEqual([
      ['1', 'WS', 'A', 'shot'],
      ['2', 'MCU', 'B', 'planned'],
      ['2A', 'CU', null, 'planned'],
    ]);
    expect(writeShotList(read.list)).toBe(TEXT);
  });

  it('keeps keys it does not know, where they were', () => {
    const extra = TEXT.replace('"version": 1,', '"version": 1,\n  "director": "Chen",')
      .replace('"order": 1}', '"order": 1, "colour": "blue"}')
      .replace('"status": "shot"}', '"status": "shot", "take": 3}');
    const read = readShotList(extra);
    if (!read.ok) throw new Error(read.message);
    const again = writeShotList(read.list);
    expect(again).toContain('"director": "Chen"');
    expect(again).toContain('"colour": "blue"');
    expect(again).toContain('"status": "shot", "take": 3}');
    expect(readShotList(again)).toEqual({ ...read, list: { ...read.list, scenes: expect.anything() } });
  });

  it('reads what a person typed by hand: Chinese sizes, lens with mm, cast as text', () => {
    const typed = TEXT.replace('"size": "MCU", "lens": 50', '"size": "近景", "lens": "50mm"').replace('"cast": ["LIN WAN"]', '"cast": "LIN WAN, ZHOU YU"');
    const read = readShotList(typed);
    if (!read.ok) throw new Error(read.message);
    expect(read.list.scenes[0].shots[1]).toMatchObject({ size: 'MCU', lens: 50, cast: ['LIN WAN', 'ZHOU YU'] });
  });

  it('says where JSON is broken', () => {
    const read = readShotList(TEXT.replace('"status": "planned"},', '"status": "planned"}'), 'ep01.shots.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/^ep01\.shots\.json could not be read: it is not valid JSON \(.*line 11, column \d+\)/);
    expect(read.message).toContain('It was left as it is');
  });

  it('names each bad field', () => {
    const read = readShotList(TEXT.replace('"size": "MCU"', '"size": "closeish"').replace('"seconds": 2', '"seconds": -4'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      'scenes[0].shots[0].seconds: should be a number from 0 to 100000, not -4',
      'scenes[0].shots[1].size: "closeish" is not one of EWS WS FS MS MCU CU ECU INSERT OTS POV 2S',
    ]);
  });

  it('refuses other JSON and files from a newer version', () => {
    const other = readShotList('{"format": "shotline-project", "version": 1}');
    expect(other.ok || other.message).toMatch(/not a shot list \("format" should be "shotline-shots"/);
    const newer = readShotList(TEXT.replace('"version": 1', `"version": ${SHOTS_FORMAT_VERSION + 1}`));
    expect(newer.ok || newer.message).toMatch(/written by a newer Shotline \(format version 2; this version reads up to 1\)/);
    const list = readShotList('[]');
    expect(list.ok).toBe(false);
  });

  it('writes an empty list as a valid file', () => {
    const read = readShotList(writeShotList({ format: 'shotline-shots', version: 1, script: 'x.fountain', scenes: [] }));
    expect(read.ok && read.list.scenes).toEqual([]);
  });
});
