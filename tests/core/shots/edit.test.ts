// Editing shots, numbering, and reading what a director types.
import { describe, expect, it } from 'vitest';
import {
  addShot, compareNumbers, deleteShots, duplicateShots, moveShots, numberAfter, numberBefore, patchShots, readAngle, readCamera, readLens, readMovement,
  readSize, renumberShots, sizeLabel, sizeLabelBoth,
} from '../../../src/core/shots';
import { shot } from './helpers';

const list = () => [shot('a', { number: '1' }), shot('b', { number: '2' }), shot('c', { number: '3' })];
const numbers = (shots: { number: string }[]) => shots.map((s) => s.number);

describe('numbers', () => {
  it('add letters after a number, skipping I and O, and before the first', () => {
    expect(numberAfter('12', new Set())).toBe('12A');
    expect(numberAfter('12A', new Set())).toBe('12B');
    expect(numberAfter('12', new Set(['12A', '12B']))).toBe('12C');
    expect(numberAfter('3H', new Set())).toBe('3J');
    expect(numberAfter('3N', new Set())).toBe('3P');
    expect(numberAfter('3Z', new Set())).toBe('3AA');
    expect(numberAfter('1-4', new Set())).toBe('1-4A');
    expect(numberBefore('1', new Set(['A1']))).toBe('B1');
  });
  it('sort as people read them', () => {
    expect(['10', '2B', '2', '2A', '1'].sort(compareNumbers)).toEqual(['1', '2', '2A', '2B', '10']);
  });
});

describe('editing a scene\'s shots', () => {
  it('adds at the end with the next number, in between with a pickup number', () => {
    expect(numbers(addShot(list()).shots)).toEqual(['1', '2', '3', '4']);
    expect(numbers(addShot(list(), 0).shots)).toEqual(['1', '1A', '2', '3']);
    expect(numbers(addShot(list(), -1).shots)).toEqual(['A1', '1', '2', '3']);
    expect(numbers(addShot([]).shots)).toEqual(['1']);
  });
  it('duplicates right after the original, as planned, with a new id', () => {
    const shots = list().map((s) => ({ ...s, status: 'shot' as const }));
    const { shots: out, copies } = duplicateShots(shots, [shots[1].id]);
    expect(numbers(out)).toEqual(['1', '2', '2A', '3']);
    expect(copies[0]).toMatchObject({ description: 'b', status: 'planned' });
    expect(copies[0].id).not.toBe(shots[1].id);
  });
  it('deletes, moves and bulk-changes by id', () => {
    const shots = list();
    expect(deleteShots(shots, [shots[0].id, shots[2].id]).map((s) => s.description)).toEqual(['b']);
    expect(moveShots(shots, [shots[2].id], 0).map((s) => s.description)).toEqual(['c', 'a', 'b']);
    expect(moveShots(shots, [shots[0].id, shots[1].id], 1).map((s) => s.description)).toEqual(['c', 'a', 'b']);
    const bulk = patchShots(shots, [shots[0].id, shots[2].id], { size: 'CU', camera: 'B', status: 'shot' });
    expect(bulk.map((s) => [s.size, s.camera, s.status])).toEqual([['CU', 'B', 'shot'], [null, null, 'planned'], ['CU', 'B', 'shot']]);
    expect(numbers(renumberShots(moveShots(shots, [shots[2].id], 0)))).toEqual(['1', '2', '3']);
  });
  it('leaves the list it was given alone', () => {
    const shots = list();
    const before = JSON.stringify(shots);
    addShot(shots, 0);
    duplicateShots(shots, [shots[0].id]);
    patchShots(shots, [shots[0].id], { size: 'WS' });
    moveShots(shots, [shots[0].id], 2);
    expect(JSON.stringify(shots)).toBe(before);
  });
});

describe('words a director types', () => {
  it.each([
    ['CU', 'CU'], ['close-up', 'CU'], ['Close Up', 'CU'], ['特写', 'CU'], ['特寫', 'CU'], ['近景', 'MCU'], ['大远景', 'EWS'],
    ['ins', 'INSERT'], ['过肩', 'OTS'], ['over the shoulder', 'OTS'], ['2s', '2S'], ['双人', '2S'], ['pov', 'POV'], ['nonsense', null],
  ])('size %s', (text, size) => expect(readSize(text)).toBe(size));
  it('angles, movements, lenses and cameras', () => {
    expect([readAngle('俯拍'), readAngle('Low'), readAngle('dutch tilt')]).toEqual(['high', 'low', 'dutch']);
    expect([readMovement('推'), readMovement('push in'), readMovement('Steadicam'), readMovement('手持')]).toEqual(['push-in', 'push-in', 'gimbal', 'handheld']);
    expect([readLens('35'), readLens('85mm'), readLens('50 mm'), readLens('abc'), readLens('0')]).toEqual([35, 85, 50, null, null]);
    expect([readCamera('b'), readCamera('A cam'), readCamera('B机'), readCamera('AB')]).toEqual(['B', 'A', 'B', null]);
  });
  it('labels in the interface language', () => {
    expect([sizeLabel('MCU', 'en'), sizeLabel('MCU', 'zh-Hans'), sizeLabel('CU', 'zh-Hant')]).toEqual(['MCU', '近景', '特寫']);
    expect(sizeLabelBoth('OTS', 'zh-Hans')).toBe('OTS 过肩');
  });
});
