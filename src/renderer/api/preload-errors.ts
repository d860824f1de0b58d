// The preload's API as the page uses it: every invoked method rejects with an Error carrying `code` and
// `params` (src/shared/api-errors.ts). The preload rejects with a plain ErrorRecord because Electron's context
// bridge rebuilds a rejected Error from its message alone; here, on the page's side of the bridge, the record
// becomes an Error again. Event subscriptions pass through untouched.
//
// The coded failures are also remembered by their message for a while: parts of the page that keep only an
// error's message (the workspace's notice) can still find its code and say it in the UI's language.
import type { ApiError, ShotlineApi } from '../../shared/api';
import { CHANNELS, toApiError } from '../../shared/api';
import type { Problem } from '../notices/problem';

/** How many coded failures are remembered (the newest). */
const REMEMBERED = 20;
const remembered = new Map<string, Problem>();

function remember(error: ApiError): void {
  if (!error.code) return;
  remembered.delete(error.message);
  remembered.set(error.message, { message: error.message, code: error.code, ...(error.params ? { params: error.params } : {}) });
  while (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
}

/** The code and params of a recent API failure with this message, or null. */
export function rememberedProblem(message: string): Problem | null {
  return remembered.get(message) ?? null;
}

/** Wraps the API so that every invoked method rejects with an ApiError (and coded ones are remembered). */
export function withApiErrors<T extends ShotlineApi>(api: T): T {
  const wrapped = { ...api } as Record<string, unknown>;
  for (const method of Object.keys(CHANNELS)) {
    const call = (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method];
    if (typeof call !== 'function') continue;
    wrapped[method] = (...args: unknown[]) =>
      new Promise((resolve) => resolve(call(...args))).catch((reason: unknown) => {
        const error = toApiError(reason);
        remember(error);
        throw error;
      });
  }
  return wrapped as unknown as T;
}
