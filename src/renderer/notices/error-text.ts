// A failure said in the UI's language: a known code (src/shared/api-errors.ts) is translated with its params
// from the `errors` namespace; in English, and for failures without a code, the API's own English message is
// shown (it is the most precise: which encoding, which kind of file).
import type { TFunction } from 'i18next';
import { rememberedProblem } from '../api/preload-errors';
import type { Problem } from './problem';

/** Every placeholder the `errors` strings use, so none is ever shown as {{name}}. */
const EMPTY_PARAMS = { name: '', size: '', max: '', encoding: '', char: '' };

/** The text of a problem in `language` (a UI language: en, zh-Hans, zh-Hant). */
export function problemText(problem: Problem, t: TFunction, language: string): string {
  if (!problem.code || language === 'en') return problem.message;
  const key = `errors:code.${problem.code}`;
  const text = t(key, { ...EMPTY_PARAMS, ...problem.params, lng: language });
  return text === key || text === `code.${problem.code}` ? problem.message : text;
}

/** The text of a notice the workspace keeps as a message only: translated when it was a coded API failure. */
export function noticeText(message: string, t: TFunction, language: string): string {
  const problem = rememberedProblem(message);
  return problem ? problemText(problem, t, language) : message;
}
