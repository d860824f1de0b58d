// The preload's API as the page uses it: every invoked method rejects with an Error carrying `code` and
// `params` (src/shared/api-errors.ts). The preload rejects with a plain ErrorRecord because Electron's context
// bridge rebuilds a rejected Error from its message alone; here, on the page's side of the bridge, the record
// becomes an Error again. Event subscriptions pass through untouched.
import type { ShotlineApi } from '../../shared/api';
import { CHANNELS, toApiError } from '../../shared/api';

export function withApiErrors(api: ShotlineApi): ShotlineApi {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of Object.keys(CHANNELS)) {
    const call = (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method];
    if (typeof call !== 'function') continue;
    wrapped[method] = (...args: unknown[]) =>
      new Promise((resolve) => resolve(call(...args))).catch((reason: unknown) => {
        throw toApiError(reason);
      });
  }
  return wrapped as unknown as ShotlineApi;
}
