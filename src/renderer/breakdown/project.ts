// The project the panel breaks the open script down with: the series folder's project file, else the one
// beside the open file, else the bundled sample's (read-only), else none (the starter catalogue). Mapping
// changes are saved back to the project file (a new one beside the script when there is none).
import { useCallback, useEffect, useRef, useState } from 'react';
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

const NEW_NAME = 'series.shotline.json';

const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');
const joinPath = (folder: string, name: string) => `${folder}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${name}`;

function parsed(text: string): Project | string {
  const r = readProject(text);
  return r.ok ? r.project : r.message;
}

export function useProject(api: ShotlineApi, doc: OpenDocument | null, series: SeriesFolder | null, language: Language | null) {
  const [state, setState] = useState<ProjectState>({ project: defaultProject(), fromFile: false, status: { kind: 'unsaved' }, saveError: null, problem: null, saved: null });
  const [reloads, setReloads] = useState(0);
  // The fingerprint of the file's text as read or last saved (null: no file): what each save says it replaces.
  const base = useRef<string | null>(null);
  // Saves run one after another, each based on what the one before wrote.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const current = useRef(state);
  current.current = state;
  const path = doc?.path ?? null;
  const kind = doc?.kind ?? null;
  const seriesProject = series?.project ?? null;

  useEffect(() => {
    let live = true;
    const fallback = (status: ProjectStatus): ProjectState => ({ project: defaultProject(), fromFile: false, status, saveError: null, problem: null, saved: null });
    const use = (text: string, status: ProjectStatus) => {
      const p = parsed(text);
      if (!live) return;
      base.current = textFingerprint(text);
      setState(typeof p === 'string' ? fallback({ kind: 'error', message: p }) : { project: p, fromFile: true, status, saveError: null, problem: null, saved: null });
    };
    const fail = (error: unknown) => live && setState(fallback({ kind: 'error', message: problemOf(error).message, problem: problemOf(error) }));
    // After a reload the file is read again: the series folder's copy of its text is from when it was opened.
    if (seriesProject && reloads === 0) use(seriesProject.text, { kind: 'file', path: seriesProject.path });
    else if (kind === 'sample' && language) api.readSampleProject(language).then((p) => use(p.text, { kind: 'sample' }), fail);
    else if (path) {
      api.readProjectBeside(path).then((p) => {
        if (p) use(p.text, { kind: 'file', path: p.path ?? '' });
        else if (live) {
          base.current = null;
          setState(fallback({ kind: 'new', path: joinPath(folderOf(path), NEW_NAME) }));
        }
      }, fail);
    } else setState(fallback({ kind: 'unsaved' }));
    return () => {
      live = false;
    };
  }, [api, path, kind, seriesProject, language, reloads]);

  const save = useCallback(
    (target: string, project: Project, force: boolean) => {
      queue.current = queue.current.then(async () => {
        try {
          const saved = await api.saveProject(target, writeProject(project), force ? { expected: base.current, force: true } : { expected: base.current });
          base.current = saved.hash;
          setState((s) => (s.project === project ? { ...s, status: { kind: 'file', path: target }, saveError: null, problem: null, saved: target } : s));
        } catch (error) {
          const problem = problemOf(error);
          setState((s) => (s.project === project ? { ...s, saveError: problem.message, problem, saved: null } : s));
        }
      });
    },
    [api],
  );

  /** Fixes (or, with undefined, clears) the set of a location, and saves the project when it has a file. */
  const map = useCallback(
    (location: string, setId: string | null | undefined) => {
      const now = current.current;
      const project = withLocationMapping(now.project, location, setId);
      const status = now.status;
      const next = { ...now, project, saveError: null, problem: null, saved: null };
      // Kept at once: a second change before the next render starts from this one.
      current.current = next;
      setState(next);
      if (status.kind === 'file' || status.kind === 'new') save(status.path, project, false);
    },
    [save],
  );

  /** After a refused save: read the project file again (the refused mapping is dropped). */
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  /** After a refused save: save this project over the other program's version. */
  const overwrite = useCallback(() => {
    const { status, project } = current.current;
    if (status.kind === 'file' || status.kind === 'new') save(status.path, project, true);
  }, [save]);

  return { ...state, map, reload, overwrite };
}
