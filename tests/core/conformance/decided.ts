// Known, decided differences between our parser and a suite's expected output. Each key is a pair case id
// (see suites.ts); each value is the short reason, which must also appear in docs/conformance.md's decisions
// table on the row for that case. pairs.test.ts fails when a case not listed here mismatches (a regression)
// and when a listed case now matches (the list must stay honest).
export const DECIDED: Readonly<Record<string, string>> = {};
