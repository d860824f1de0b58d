// Estimates for the editor: page count and page starts, screen time, word counts. Simple and stated so.
export { displayWidth, isHan } from './width';
export { estimatePages, printedLines, LINES_PER_PAGE } from './pages';
export type { PageEstimate } from './pages';
export { estimateSeconds, zhTimedChars, ZH_CHARS_PER_SECOND, SECONDS_PER_PAGE, MIN_SCENE_SECONDS } from './duration';
export { countText, countWords } from './words';
export type { WordCount } from './words';
