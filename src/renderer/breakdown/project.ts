// The project the panels break the open script down with: the series folder's project file, else the one
// beside the open file, else the bundled sample's (read-only), else none (the starter catalogue). Mapping
// changes are saved back to the project file (a new one beside the script when there is none).
//
// One project per window: every panel (breakdown, shots) reads the same store, so a set fixed in the
// breakdown panel shows in the shot list's set view at once. A project belongs to a folder, not to an
// episode: moving between the episodes of a series keeps the project as last saved (reading the series
// folder's copy again would show old mappings and refuse the next save as a conflict).
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { defaultProject, readProject, withLocationMapping, writeProject } from '../../core/breakdown';
import { textFingerprint } from '../../core/hash';
import type { Project } from '../../core/model/project';
import type { Language } from '../../core/model/script';
import type { SeriesFolder, ShotlineApi } from '../../shared/api';
import type { OpenDocument } from '../session/workspace';
import { problemOf, type Problem } from '../notices/problem';

export type ProjectStatus =
  | { kind: 'file'; path: string }
  | { kind: 'new'; path: string }
  | { kind: 'sample' }
  | { kind: 'unsaved' }
  | { kind: 'error'; message: string; problem?: Problem };

export interface ProjectState {
  /** The project in use (the starter one when there is no file). */
  project: Project;
  /** True when it came from a file or the sample (not the starter catalogue). */
  fromFile: boolean;
  status: ProjectStatus;
  /** The last save's problem, or null. */
  saveError: string | null;
  /** The same problem with its code (`changed-on-disk`: another program changed the file; reload or overwrite). */
  problem: Problem | null;
  saved: string | null;
}

/** Where a project comes from: what the open document is, and the series folder's copy when one is open. */
export interface ProjectSource {
  path: string | null;
  kind: OpenDocument['kind'] | null;
  seriesProject: SeriesFolder['project'] | null;
  language: Language | null;
}

const NEW_NAME = 'series.shotline.json';

const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');
const joinPath = (folder: string, name: string) => `${folder}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${name}`;
const fallback = (status: ProjectStatus): ProjectState => ({ project: defaultProject(), fromFile: false, status, saveError: null, problem: null, saved: null });

/** The project a source reads: the sample's per language, a file's by its folder, else none. */
export function projectKey(source: ProjectSource): string {
  if (source.kind === 'sample') return source.language ? `sample:${source.language}` : 'none';
  if (source.path) return `folder:${folderOf(source.path)}`;
  return 'none';
}

function parsed(text: string): Project | string {
  const r = readProject(text);
  return r.ok ? r.project : r.message;
}

/** The window's project: loaded when the open document moves to another project, saved as it changes. */
export class ProjectStore {
  private state: ProjectState = fallback({ kind: 'unsaved' });
  private listeners = new Set<() => void>();
  private key: string | null = null;
  private source: ProjectSource | null = null;
  /** Bumped on each load: an answer for an older load is dropped. */
  private generation = 0;
  /** The fingerprint of the file's text as read or last saved (null: no file): what each save says it replaces. */
  private base: string | null = null;
  /** Saves run one after another, each based on what the one before wrote. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly api: ShotlineApi) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): ProjectState => this.state;

  private set(next: ProjectState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Follows the open document: loads its project unless it is the one loaded already. */
  follow(source: ProjectSource): void {
    const key = projectKey(source);
    this.source = source;
    if (key === this.key) return;
    this.key = key;
    this.load(source, false);
  }

  private load(source: ProjectSource, fromDisk: boolean): void {
    const generation = ++this.generation;
    const live = () => generation === this.generation;
    const use = (text: string, status: ProjectStatus) => {
      if (!live()) return;
      const p = parsed(text);
      this.base = textFingerprint(text);
      this.set(typeof p === 'string' ? fallback({ kind: 'error', message: p }) : { project: p, fromFile: true, status, saveError: null, problem: null, saved: null });
    };
    const fail = (error: unknown) => {
      if (live()) this.set(fallback({ kind: 'error', message: problemOf(error).message, problem: problemOf(error) }));
    };
    const { path, kind, seriesProject, language } = source;
    // The series folder's copy of the text is from when it was opened: a reload reads the file again.
    if (seriesProject && !fromDisk) use(seriesProject.text, { kind: 'file', path: seriesProject.path });
    else if (kind === 'sample' && language) this.api.readSampleProject(language).then((p) => use(p.text, { kind: 'sample' }), fail);
    else if (path) {
      this.api.readProjectBeside(path).then((p) => {
        if (p) use(p.text, { kind: 'file', path: p.path ?? '' });
        else if (live()) {
          this.base = null;
          this.set(fallback({ kind: 'new', path: joinPath(folderOf(path), NEW_NAME) }));
        }
      }, fail);
    } else {
      this.base = null;
      this.set(fallback({ kind: 'unsaved' }));
    }
  }

  private save(target: string, project: Project, force: boolean): void {
    this.queue = this.queue.then(async () => {
      try {
        const saved = await this.api.saveProject(target, writeProject(project), force ? { expected: this.base, force: true } : { expected: this.base });
        this.base = saved.hash;
        if (this.state.project === project) this.set({ ...this.state, status: { kind: 'file', path: target }, saveError: null, problem: null, saved: target });
      } catch (error) {
        const problem = problemOf(error);
        if (this.state.project === project) this.set({ ...this.state, saveError: problem.message, problem, saved: null });
      }
    });
  }

  /** Fixes (or, with undefined, clears) the set of a location, and saves the project when it has a file. */
  map(location: string, setId: string | null | undefined): void {
    const now = this.state;
    const project = withLocationMapping(now.project, location, setId);
    this.set({ ...now, project, saveError: null, problem: null, saved: null });
    if (now.status.kind === 'file' || now.status.kind === 'new') this.save(now.status.path, project, false);
  }

  /** After a refused save: read the project file again (the refused mapping is dropped). */
  reload(): void {
    if (this.source) this.load(this.source, true);
  }

  /** After a refused save: save this project over the other program's version. */
  overwrite(): void {
    const { status, project } = this.state;
    if (status.kind === 'file' || status.kind === 'new') this.save(status.path, project, true);
  }

  /** Waits for the saves under way (tests). */
  settled(): Promise<void> {
    return this.queue;
  }
}

const stores = new WeakMap<ShotlineApi, ProjectStore>();

/** The window's project store (one per API, so one per window). */
export function projectStoreFor(api: ShotlineApi): ProjectStore {
  let store = stores.get(api);
  if (!store) stores.set(api, (store = new ProjectStore(api)));
  return store;
}

export function useProject(api: ShotlineApi, doc: OpenDocument | null, series: SeriesFolder | null, language: Language | null) {
  const store = projectStoreFor(api);
  const path = doc?.path ?? null;
  const kind = doc?.kind ?? null;
  const seriesProject = series?.project ?? null;
  useEffect(() => store.follow({ path, kind, seriesProject, language }), [store, path, kind, seriesProject, language]);
  const state = useSyncExternalStore(store.subscribe, store.get);
  const map = useCallback((location: string, setId: string | null | undefined) => store.map(location, setId), [store]);
  const reload = useCallback(() => store.reload(), [store]);
  const overwrite = useCallback(() => store.overwrite(), [store]);
  return { ...state, map, reload, overwrite };
}
