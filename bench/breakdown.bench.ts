// The breakdown engine on a generated 100-episode series (over 1,000 scenes), English and Chinese: a full
// breakdown (goal: under 200 ms), and the breakdown after a one-line edit with the incremental cache
// (goal: under 5 ms; only the touched episode is read again). Also, untimed by any goal: an edit that adds a
// new speaker (every episode is read again with the new known name, facts still reused), and the project's
// mapping changed (every episode read again with the new project).
import * as OpenCC from 'opencc-js/t2cn';
import { breakdownSeries, createBreakdownCache, defaultProject, withLocationMapping } from '../src/core/breakdown';
import type { Script, TextEdit } from '../src/core/model/script';
import { parse, reparse } from '../src/core/parse';
import { lineStart } from './edit-chains';
import { generateSeries } from './fixtures/series';
import type { BenchCase, BenchSuite, TimedStep } from './lib/types';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Action or dialogue lines spread over the series, to type into one after another. */
function editableLines(script: Script): number[] {
  const lines: number[] = [];
  script.lines.forEach((l, i) => {
    if ((l.type === 'action' || l.type === 'dialogue') && l.text.length > 10) lines.push(i);
  });
  return lines;
}

/** Each iteration types into another line (reparse untimed), then the breakdown is timed. */
function editStep(text: string, insert: (i: number) => string): () => TimedStep {
  return () => {
    let script = parse(text);
    const cache = createBreakdownCache();
    const project = defaultProject();
    breakdownSeries([{ name: 'series.fountain', script }], { project, toSimplified, cache });
    const targets = editableLines(script);
    let n = 0;
    let last: ReturnType<typeof breakdownSeries> | null = null;
    return {
      before: () => {
        const line = targets[(n * 7919) % targets.length];
        const at = lineStart(script, line) + 3;
        const edit: TextEdit = { from: at, to: at, insert: insert(n++) };
        script = reparse(script, edit);
      },
      run: () => (last = breakdownSeries([{ name: 'series.fountain', script }], { project, toSimplified, cache })),
      verify: () => {
        const fresh = breakdownSeries([{ name: 'series.fountain', script: parse(script.lines.map((l) => l.text + l.eol).join('')) }], { project, toSimplified });
        return JSON.stringify(fresh) === JSON.stringify(last) ? null : 'the incremental breakdown differs from a fresh one';
      },
    };
  };
}

function cases(id: string, language: 'en' | 'zh'): BenchCase[] {
  const text = once(() => generateSeries({ episodes: 100, language }));
  const detail = () => {
    const script = parse(text());
    const scenes = script.elements.filter((e) => e.type === 'scene_heading').length;
    return `generated ${language.toUpperCase()}, 100 episodes, ${scenes} scenes, ${script.lines.length.toLocaleString('en-US')} lines`;
  };
  const newName = language === 'zh' ? (i: number) => `\n新人${i}：你好。\n` : (i: number) => `\n\nNEWCOMER ${i}\nHello.\n\n`;
  return [
    {
      name: `${id} full`,
      detail: detail(),
      warmup: 3,
      iterations: 15,
      retained: true,
      goal: { maxMedianMs: 200 },
      setup: () => {
        const script = parse(text());
        return () => breakdownSeries([{ name: 'series.fountain', script }], { project: defaultProject(), toSimplified });
      },
    },
    { name: `${id} after a one-line edit`, detail: 'a character typed into another line each time, incremental', warmup: 10, iterations: 60, goal: { maxMedianMs: 5 }, setup: editStep(text(), () => 'x') },
    { name: `${id} after adding a speaker`, detail: 'a new speaker each time: every episode read with the new name', warmup: 3, iterations: 20, setup: editStep(text(), newName) },
    {
      name: `${id} after a mapping change`,
      detail: 'a new project (one location fixed to a set) each time',
      warmup: 3,
      iterations: 20,
      setup: () => {
        const script = parse(text());
        const cache = createBreakdownCache();
        let project = defaultProject();
        breakdownSeries([{ name: 'series.fountain', script }], { project, toSimplified, cache });
        let n = 0;
        return {
          before: () => {
            project = withLocationMapping(project, `LOCATION ${n++}`, 'office');
          },
          run: () => breakdownSeries([{ name: 'series.fountain', script }], { project, toSimplified, cache }),
        };
      },
    },
  ];
}

const suite: BenchSuite = {
  name: 'breakdown',
  cases: () => [...cases('en-100ep', 'en'), ...cases('zh-100ep', 'zh')],
};

export default suite;
