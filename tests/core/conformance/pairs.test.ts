// Our parser against the expected outputs of other Fountain parsers (Jouvence, fountain-tools, screenplain).
// Prints the agreement per suite; fails on a mismatch not decided in decided.ts, on a decided case that now
// matches, and when overall agreement drops below 95%.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementRows, compareCase, formatAgreement, type CaseResult } from './compare';
import { announceMissingCorpus, corpusPresent } from './corpus';
import { DECIDED } from './decided';
import { loadPairCases } from './suites';

announceMissingCorpus('Conformance pairs (tests/core/conformance/pairs.test.ts)');

const DOC = new URL('../../../docs/conformance.md', import.meta.url);
const cases = corpusPresent ? loadPairCases() : [];
const results: CaseResult[] = [];
const resultOf = (id: string): CaseResult => {
  let r = results.find((x) => x.id === id);
  if (!r) {
    r = compareCase(cases.find((c) => c.id === id)!);
    results.push(r);
  }
  return r;
};

describe('decided differences are written down', () => {
  it('every decided case has its row, with the same reason, in docs/conformance.md', () => {
    const doc = readFileSync(DOC, 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('|'));
    for (const [id, reason] of Object.entries(DECIDED)) {
      const row = rows.find((line) => line.includes(`\`${id}\``));
      expect(row, `docs/conformance.md has no decisions row for ${id}`).toBeDefined();
      expect(row, `the row for ${id} does not give the reason "${reason}"`).toContain(reason);
    }
  });
});

describe.skipIf(!corpusPresent)('conformance with other parsers', () => {
  afterAll(() => {
    if (results.length === 0) return;
    console.log(`\nFountain conformance (cases matching per suite)\n${formatAgreement(agreementRows(results, DECIDED))}`);
    const off = results.filter((r) => !r.match);
    if (off.length > 0) {
      console.log(`\nMismatching cases (${off.length}):`);
      for (const r of off) {
        const tag = DECIDED[r.id] ? `decided: ${DECIDED[r.id]}` : 'NOT DECIDED';
        console.log(`- ${r.id} [${tag}] elements agree ${(100 * r.elementAgreement).toFixed(0)}%\n${r.detail.replace(/^/gm, '    ')}`);
      }
    }
  });

  it('reads cases from every suite', () => {
    const suites = new Set(cases.map((c) => c.suite));
    expect([...suites].sort()).toEqual(['fountain-tools', 'jouvence', 'screenplain']);
    expect(cases.filter((c) => c.suite === 'jouvence')).toHaveLength(46);
  });

  it('lists only existing cases in decided.ts', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect(Object.keys(DECIDED).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id]))('%s', (id) => {
    const r = resultOf(id);
    if (DECIDED[id]) {
      expect(r.match, `${id} now matches: remove it from decided.ts and its row from docs/conformance.md`).toBe(false);
    } else {
      expect(r.match, `${id} differs and is not decided:\n${r.detail}`).toBe(true);
    }
  });

  // The bar is set on elements: whole-file cases of fountain-tools carry several upstream quirks each, so
  // case-level agreement tops out near 90% once those are decided (docs/conformance.md, "Agreement").
  it('agrees on at least 95% of all elements, every differing case being decided', () => {
    for (const c of cases) resultOf(c.id);
    const overall = agreementRows(results).at(-1)!;
    expect(overall.elementsCommon / overall.elementsTotal).toBeGreaterThanOrEqual(0.95);
    const undecided = cases.filter((c) => !resultOf(c.id).match && !DECIDED[c.id]).map((c) => c.id);
    expect(undecided).toEqual([]);
  });
});
