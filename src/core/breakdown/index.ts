// The breakdown engine: a series' scripts (+ its project) -> episodes, scenes, cast, locations, sets and
// elements. Pure; see docs/breakdown.md.
export { breakdownSeries, createBreakdownCache, episodeSlices } from './series';
export type { BreakdownCache, BreakdownOptions, SeriesDocument } from './series';
export { CATEGORIES, CATEGORY_IDS, categoryInfo, categoryLabel, categoryOfWord, readTag, tagsIn, tagNote, withoutNotes } from './categories';
export type { CategoryInfo, Tag } from './categories';
export type { ToSimplified } from './names';
export { displayWidth, wrappedLines } from './timing';
export { tagEdit, tagInsertion, MAX_TAG_CHARS } from './tag';
export * from './project';
