// Known, decided differences between our parser and a suite's expected output. Each key is a pair case id
// (see suites.ts); each value is the short reason, which must also appear in docs/conformance.md's decisions
// table on the row for that case. pairs.test.ts fails when a case not listed here mismatches (a regression)
// and when a listed case now matches (the list must stay honest).
export const DECIDED: Readonly<Record<string, string>> = {
  'jouvence:test_lyrics#2': 'every line starting with ~ is a lyric; the others stay action',
  'fountain-tools:Character': 'a cue needs one letter, not a leading letter (3CPO is a cue)',
  'fountain-tools:Parenthetical': 'a (line) after a parenthetical is a parenthetical too',
  'fountain-tools:Notes': 'a note does not cross an empty line; the paragraph after it is action',
  'fountain-tools:Formatted': 'emphasis nests (*italic* inside _underline_)',
  'fountain-tools:Tags': '#tags are a fountain-tools extension; we keep them as text',
  'jouvence:test_transitions#3': 'trailing spaces are invisible to a writer: CUT TO: followed by spaces is still a transition',
  'fountain-tools:Boneyards': 'a boneyard block reads as a blank line to the lines around it (as screenplain)',
  'fountain-tools:Sections': 'a bare CUT TO: on the first line is a transition, not a title-page key (as Jouvence)',
};
