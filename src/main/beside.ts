// Which shot-list and project paths the page may touch (docs/files.md, "Which files the page may touch"):
// only beside a document the user opened in this session, as the files handlers decide it (the documents
// registry: files opened or saved, series folders and their episodes). A compromised page cannot read or
// write shot lists or project files anywhere else.
import { basename, dirname } from 'node:path';
import { apiError } from '../shared/api';
import type { DocumentRegistry } from './documents';

/** The part of the documents registry the breakdown and shot-list handlers read. */
export type OpenedDocuments = Pick<DocumentRegistry, 'get' | 'mayOpen' | 'paths'>;

/** Whether `path` is a script the user opened (or may open: an episode of a series folder they opened). */
export function isOpenedDocument(documents: OpenedDocuments, path: string): boolean {
  return documents.get(path) !== null || documents.mayOpen(path);
}

/** Whether `path` sits in the folder of a document the user opened, or in a series folder they opened. */
export function isBesideOpenedDocument(documents: OpenedDocuments, path: string): boolean {
  const folder = dirname(path);
  return documents.mayOpen(folder) || documents.paths().some((p) => dirname(p) === folder);
}

/** The refusal (code `not-allowed`) for a path the page may not touch; `what` names the file kind. */
export function notAllowed(path: string, what: string): Error {
  const name = basename(path);
  return apiError(`Shotline reads and saves ${what} only beside scripts you opened; open the script or its series folder first ("${name}").`, 'not-allowed', { name });
}
