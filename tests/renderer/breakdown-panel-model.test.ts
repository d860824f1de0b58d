// The breakdown panel's logic without a page: filters, sorting, choices, the incremental engine, and the
// tag command on a ProseMirror state.
import { describe, expect, it } from 'vitest';
import { Schema } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { BreakdownEngine, filterChoices, filterScenes, nextSort, NO_FILTER, SCRIPT_ORDER, sortScenes } from '../../src/renderer/breakdown/model';
import { tagSelection } from '../../src/renderer/breakdown/tag-command';
import { parse, reparse } from '../../src/core/parse';
import { sample, sampleDocs, sampleProject, toSimplified } from '../core/breakdown/support';

const zh = sample('zh');

describe('scene filters and sorting', () => {
  it('filters by episode, set, character and day/night, together', () => {
    expect(filterScenes(zh, { ...NO_FILTER, episode: 3 }).map((s) => s.number)).toEqual(['3-1', '3-2', '3-3', '3-4']);
    expect(filterScenes(zh, { ...NO_FILTER, set: 'tw-street-market' })).toHaveLength(5);
    const grandma = zh.cast.find((c) => c.name === '许奶奶')!.id;
    expect(filterScenes(zh, { ...NO_FILTER, character: grandma }).every((s) => s.cast.includes('许奶奶'))).toBe(true);
    expect(filterScenes(zh, { ...NO_FILTER, character: grandma })).toHaveLength(10);
    expect(filterScenes(zh, { ...NO_FILTER, dayNight: 'NIGHT', set: 'car' }).map((s) => s.id)).toEqual(['6/6-4', '7/7-4', '8/8-1', '8/8-3']);
    expect(filterScenes(zh, NO_FILTER)).toHaveLength(38);
  });
  it('sorts by a column, flips on a second click, keeps script order for ties', () => {
    const scenes = filterScenes(zh, NO_FILTER);
    const bySeconds = sortScenes(scenes, { key: 'seconds', descending: true });
    expect(bySeconds[0].seconds).toBe(Math.max(...scenes.map((s) => s.seconds)));
    const bySet = sortScenes(scenes, { key: 'set', descending: false });
    expect(bySet.map((s) => s.set)).toEqual([...scenes.map((s) => s.set)].sort((a, b) => (a ?? '').localeCompare(b ?? '', undefined, { numeric: true, sensitivity: 'base' })));
    expect(nextSort(SCRIPT_ORDER, 'seconds')).toEqual({ key: 'seconds', descending: false });
    expect(nextSort({ key: 'seconds', descending: false }, 'seconds')).toEqual({ key: 'seconds', descending: true });
    expect(sortScenes(scenes, SCRIPT_ORDER).map((s) => s.id)).toEqual(scenes.map((s) => s.id));
  });
  it('offers the filter choices found in the breakdown', () => {
    const c = filterChoices(zh);
    expect(c.episodes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.sets.map((s) => s.id)).not.toContain('tw-home-bedroom');
    expect(c.characters[0].name).toBe('林晚');
    expect(c.unmapped).toBe(false);
  });
});

describe('the panel engine', () => {
  it('returns the same breakdown for the same scripts and follows an edit', () => {
    const engine = new BreakdownEngine(toSimplified);
    const docs = sampleDocs('zh');
    const project = sampleProject('zh');
    const a = engine.compute(docs, project);
    expect(engine.compute([...docs], project)).toBe(a);
    const text = docs[0].script.lines.map((l) => l.text).join('\n');
    const at = text.indexOf('人物：林晚、林母、周屿、摊贩甲') + '人物：林晚、林母、周屿、摊贩甲'.length;
    const edited = [{ ...docs[0], script: reparse(parse(text), { from: at, to: at, insert: '、许奶奶' }) }, ...docs.slice(1)];
    const b = engine.compute(edited, project);
    expect(b.episodes[0].scenes[0].cast).toEqual(['林晚', '林母', '周屿', '摊贩甲', '许奶奶']);
    expect(b.episodes[1]).toBe(a.episodes[1]);
  });
});

describe('tag the selection', () => {
  const schema = new Schema({ nodes: { doc: { content: 'line+' }, line: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });
  const stateOf = (lines: string[], from: number, to: number) => {
    const doc = schema.node('doc', null, lines.map((l) => schema.node('line', null, l ? [schema.text(l)] : [])));
    const state = EditorState.create({ doc });
    return state.apply(state.tr.setSelection(TextSelection.create(doc, from, to)));
  };
  it('writes the tag after the selection and says what it tagged', () => {
    // "He lifts the gold pendant." — the selection is "gold pendant" (positions count the line's opening).
    const state = stateOf(['He lifts the gold pendant.'], 14, 26);
    let next = state;
    let told = '';
    const ok = tagSelection('props', 'en', false, (r) => (told = r.name))(state, (tr) => (next = state.apply(tr)));
    expect(ok).toBe(true);
    expect(next.doc.textContent).toBe('He lifts the gold pendant [[prop: gold pendant]].');
    expect(told).toBe('gold pendant');
  });
  it('writes Chinese tags in Chinese, and refuses an empty selection', () => {
    const state = stateOf(['△林晚戴着金坠子。'], 6, 9);
    let next = state;
    tagSelection('props', 'zh')(state, (tr) => (next = state.apply(tr)));
    expect(next.doc.textContent).toBe('△林晚戴着金坠子[[道具：金坠子]]。');
    expect(tagSelection('props', 'zh')(stateOf(['abc'], 2, 2))).toBe(false);
  });
});
