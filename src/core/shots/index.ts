// Shot lists: the model's file (read, write), scenes keyed so that shots survive rewrites, locking scene
// numbers, suggested coverage for 9:16, editing, and the rows exports print. Pure; see docs/shots.md.
export * from './vocabulary';
export * from './numbering';
export * from './scenes';
export * from './match';
export * from './file';
export * from './resolve';
export * from './edit';
export * from './lock';
export * from './beats';
export { suggestScene, suggestShots, LENS } from './suggest';
export type { SuggestOptions, SceneInput, SuggestDocument } from './suggest';
export * from './table';
