// Runs our parser on one pair case and compares with what the suite expects.
import { parse } from '../../../src/core/parse';
import type { Script } from '../../../src/core/model/script';
import { describeDifference, finish, sameElements, sameTitle, show, type NormEl } from './normalise';
import { runsFromHtml, runsFromScript } from './emphasis';
import { normaliseOurs, normaliseOurTitle, present } from './readers/ours';
import type { PairCase } from './suites';

export interface CaseResult {
  id: string;
  suite: PairCase['suite'];
  match: boolean;
  /** Elements in the longest common subsequence over the longer side, 0..1 (1 when both are empty). */
  elementAgreement: number;
  /** The same as counts: elements in common, elements on the longer side. */
  elementsCommon: number;
  elementsTotal: number;
  /** Human-readable account of the first difference, '' when matching. */
  detail: string;
}

/** Length of the longest common subsequence of two element lists (compared by type and text). */
export function lcsLength(a: readonly NormEl[], b: readonly NormEl[]): number {
  const key = (el: NormEl) => show(el);
  const ka = a.map(key);
  const kb = b.map(key);
  let prev = new Array<number>(kb.length + 1).fill(0);
  for (let i = 1; i <= ka.length; i += 1) {
    const row = new Array<number>(kb.length + 1).fill(0);
    for (let j = 1; j <= kb.length; j += 1) {
      row[j] = ka[i - 1] === kb[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    prev = row;
  }
  return prev[kb.length];
}

function compareEmphasis(c: PairCase, script: Script): Omit<CaseResult, 'id' | 'suite'> {
  const ours = runsFromScript(script);
  const theirs = runsFromHtml(c.rendered ?? '');
  const match = ours === theirs;
  let detail = '';
  if (!match) {
    let i = 0;
    while (ours[i] === theirs[i]) i += 1;
    const from = Math.max(0, i - 30);
    detail = `rendered emphasis differs at ${i}:\n  expected ${JSON.stringify(theirs.slice(from, i + 50))}\n  ours     ${JSON.stringify(ours.slice(from, i + 50))}`;
  }
  return { match, elementAgreement: match ? 1 : 0, elementsCommon: match ? 1 : 0, elementsTotal: 1, detail };
}

export function compareCase(c: PairCase): CaseResult {
  const script = parse(c.input);
  if (c.kind === 'emphasis') return { id: c.id, suite: c.suite, ...compareEmphasis(c, script) };
  const expected = finish(c.expected, c.profile).map((el) => present(el, c.profile));
  const actual = normaliseOurs(script, c.profile);
  const elementsMatch = sameElements(expected, actual);
  const titleMatch = c.title === undefined || sameTitle(c.title, normaliseOurTitle(script));
  const longest = Math.max(expected.length, actual.length);
  const common = lcsLength(expected, actual);
  const details: string[] = [];
  if (!elementsMatch) details.push(describeDifference(expected, actual));
  if (!titleMatch) {
    details.push(`title page: expected ${JSON.stringify(c.title)}, ours ${JSON.stringify(normaliseOurTitle(script))}`);
  }
  return {
    id: c.id,
    suite: c.suite,
    match: elementsMatch && titleMatch,
    elementAgreement: longest === 0 ? 1 : common / longest,
    elementsCommon: common,
    elementsTotal: longest,
    detail: details.join('\n'),
  };
}

export interface SuiteRow {
  suite: string;
  matching: number;
  total: number;
  /** Matching cases plus decided ones. */
  decided: number;
  elementsCommon: number;
  elementsTotal: number;
}

export function agreementRows(results: readonly CaseResult[], decided: Readonly<Record<string, string>> = {}): SuiteRow[] {
  const row = (suite: string, mine: readonly CaseResult[]): SuiteRow => ({
    suite,
    matching: mine.filter((r) => r.match).length,
    total: mine.length,
    decided: mine.filter((r) => !r.match && decided[r.id] !== undefined).length,
    elementsCommon: mine.reduce((sum, r) => sum + r.elementsCommon, 0),
    elementsTotal: mine.reduce((sum, r) => sum + r.elementsTotal, 0),
  });
  const suites = [...new Set(results.map((r) => r.suite))];
  return [...suites.map((suite) => row(suite, results.filter((r) => r.suite === suite))), row('overall', results)];
}

export function formatAgreement(rows: readonly SuiteRow[]): string {
  const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
  const lines = [
    '| suite | cases matching | decided differences | total | agreement | elements agreeing |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.suite} | ${r.matching} | ${r.decided} | ${r.total} | ${pct(r.matching, r.total)} | ` +
        `${r.elementsCommon}/${r.elementsTotal} (${pct(r.elementsCommon, r.elementsTotal)}) |`,
    );
  }
  return lines.join('\n');
}
