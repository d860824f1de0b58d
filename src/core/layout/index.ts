// Public face of the layout: scripts -> printed pages as plain data (no pdfkit, no DOM).
export { paginate, profileFor, styleFor, sceneNumbersFor } from './paginate';
export { paginateSeries } from './series';
export type { SeriesEpisode, SeriesOptions } from './series';
export { printProfile, LETTER, A4, pageLabel } from './profiles';
export { chineseStyle } from './language';
export { isWide } from './measure';
export { splitEpisodes } from './episodes';
export type { EpisodePart } from './episodes';
export { layoutFor, layoutEach, episodesOf, pickEpisode, printedEpisodes } from './print';
export type { ScreenplaySource, Episode, PrintOptions } from './print';
export { simplePdf } from './simple-pdf';
export type { SimplePdf } from './simple-pdf';
