// The project the panel breaks the open script down with: the series folder's project file, else the one
// beside the open file, else the bundled sample's (read-only), else none (the starter catalogue). Mapping
// changes are saved back to the project file (a new one beside the script when there is none).
import { useCallback, useEffect, useState } from 'react';
import { defaultProject, readProject, withLocationMapping, writeProject } from '../../core/breakdown';
import type { Project } from '../../core/model/project';
import type { Language } from '../../core/model/script';
import type { SeriesFolder, ShotlineApi } from '../../shared/api';
import type { OpenDocument } from '../session/workspace';

export type ProjectStatus =
  | { kind: 'file'; path: string }
  | { kind: 'new'; path: string }
  | { kind: 'sample' }
  | { kind: 'unsaved' }
  | { kind: 'error'; message: string };

export interface ProjectState {
  /** The project in use (the starter one when there is no file). */
  project: Project;
  /** True when it came from a file or the sample (not the starter catalogue). */
  fromFile: boolean;
  status: ProjectStatus;
  /** The last save's problem, or null. */
  saveError: string | null;
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
  const [state, setState] = useState<ProjectState>({ project: defaultProject(), fromFile: false, status: { kind: 'unsaved' }, saveError: null, saved: null });
  const path = doc?.path ?? null;
  const kind = doc?.kind ?? null;
  const seriesProject = series?.project ?? null;

  useEffect(() => {
    let live = true;
    const fallback = (status: ProjectStatus): ProjectState => ({ project: defaultProject(), fromFile: false, status, saveError: null, saved: null });
    const use = (text: string, status: ProjectStatus) => {
      const p = parsed(text);
      if (!live) return;
      setState(typeof p === 'string' ? fallback({ kind: 'error', message: p }) : { project: p, fromFile: true, status, saveError: null, saved: null });
    };
    const fail = (error: unknown) => live && setState(fallback({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    if (seriesProject) use(seriesProject.text, { kind: 'file', path: seriesProject.path });
    else if (kind === 'sample' && language) api.readSampleProject(language).then((p) => use(p.text, { kind: 'sample' }), fail);
    else if (path) {
      api.readProjectBeside(path).then((p) => {
        if (p) use(p.text, { kind: 'file', path: p.path ?? '' });
        else if (live) setState(fallback({ kind: 'new', path: joinPath(folderOf(path), NEW_NAME) }));
      }, fail);
    } else setState(fallback({ kind: 'unsaved' }));
    return () => {
      live = false;
    };
  }, [api, path, kind, seriesProject, language]);

  /** Fixes (or, with undefined, clears) the set of a location, and saves the project when it has a file. */
  const map = useCallback(
    (location: string, setId: string | null | undefined) => {
      setState((current) => {
        const project = withLocationMapping(current.project, location, setId);
        const status = current.status;
        if (status.kind === 'file' || status.kind === 'new') {
          api.saveProject(status.path, writeProject(project)).then(
            () => setState((s) => (s.project === project ? { ...s, status: { kind: 'file', path: status.path }, saveError: null, saved: status.path } : s)),
            (error: unknown) => setState((s) => (s.project === project ? { ...s, saveError: error instanceof Error ? error.message : String(error), saved: null } : s)),
          );
        }
        return { ...current, project, saveError: null, saved: null };
      });
    },
    [api],
  );

  return { ...state, map };
}
