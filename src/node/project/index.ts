// Series projects on disk: project files, loading a series, and the name converter the breakdown needs.
export { loadProjectFile, saveProjectFile, findProjectFile, projectFolder, ProjectFileError, isProjectFileError, PROJECT_SUFFIX } from './files';
export type { LoadedProject, ProjectFileProblem } from './files';
export { loadSeries } from './series';
export type { LoadedSeries } from './series';
export { toSimplified } from './names';
