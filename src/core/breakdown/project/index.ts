// The project file, pure: defaults, reading (with checks and migration) and diff-friendly writing.
export { defaultProject, defaultSets, defaultSettings, isStarterCatalogue, DEFAULT_EXTRAS, DEFAULT_TIMING } from './defaults';
export { readProject, MIGRATIONS } from './read';
export type { Migration, ProjectProblem, ProjectReadResult } from './read';
export { writeProject, withLocationMapping } from './write';
