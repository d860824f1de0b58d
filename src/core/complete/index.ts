// Completion and typing help for the editor: what to offer at the caret, the next Chinese scene number, and
// the forms Tab cycles a line through. Pure: the editor (src/renderer/editor) applies the results.
export { buildIndex, mergeIndexes } from './index-build';
export type { CompletionIndex } from './index-build';
export { suggest, MAX_ITEMS } from './suggest';
export type { Completion, CompletionItem, CompletionKind, LineContext } from './suggest';
export { nextSceneNumber } from './scene-number';
export type { SceneNumberOffer } from './scene-number';
export { CYCLE, bareText, currentForm, formTexts, isInForm, nextForm } from './cycle';
export type { CycleContext, CycleType } from './cycle';
