// Pure serialisers: Script (and later breakdowns, shot lists) -> text formats.
export { toStrictFountain } from './strict-fountain';
export type { StrictFountainOptions } from './strict-fountain';
