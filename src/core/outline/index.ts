export { buildOutline, sceneAt } from './outline';
export type { OutlineEpisode, OutlineItem, OutlineScene, OutlineSection, OutlineSynopsis } from './outline';
