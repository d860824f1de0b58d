// IPC registration: every call is checked before it reaches a handler. The sender must be the main frame
// of the app's own page, and the arguments must have the contract's shape. Handlers return values; what
// crosses IPC is an IpcResult (plain JSON), so errors keep a message a writer can read.
import { CHANNELS } from '../shared/api';
import type { ApiArgs, ApiMethod, ApiValue, ErrorParams, IpcResult } from '../shared/api';
import { isErrorCode } from '../shared/api';
import { validateArgs } from './validate';

export { validateArgs };

export type Handlers = { [K in ApiMethod]: (...args: ApiArgs[K]) => Promise<ApiValue[K]> };

/** The part of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export const FOREIGN_SENDER_ERROR = "Shotline refused a request that did not come from Shotline's own page.";

/** Whether an IPC call comes from the main frame of a page `isAppPage` accepts. */
export function isTrustedSender(event: InvokeEventLike, isAppPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isAppPage(frame.url);
}

/**
 * The failure reply of an error: its message, and its code and params when it has a code the page knows
 * (ShotlineFileError, and the refusals of the shot-list and project adapters). Other codes (Node's ENOENT
 * ...) stay behind: the message already says it.
 */
export function failure(error: unknown): { ok: false; error: string; code?: IpcFailureCode; params?: ErrorParams } {
  const text = error instanceof Error ? error.message : String(error);
  const { code, params } = (error ?? {}) as { code?: unknown; params?: unknown };
  if (!isErrorCode(code)) return { ok: false, error: text };
  const plain: ErrorParams = {};
  if (params && typeof params === 'object') {
    for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') plain[k] = v;
  }
  return { ok: false, error: text, code, params: plain };
}

type IpcFailureCode = Extract<IpcResult<unknown>, { ok: false }>['code'];

/** Calls one handler on behalf of an IPC event, with the sender and argument checks. */
export async function dispatch<K extends ApiMethod>(
  method: K,
  handlers: Handlers,
  event: InvokeEventLike,
  args: unknown[],
  isAppPage: (url: string) => boolean,
): Promise<IpcResult<ApiValue[K]>> {
  if (!isTrustedSender(event, isAppPage)) return { ok: false, error: FOREIGN_SENDER_ERROR };
  try {
    const checked = validateArgs[method](args);
    const handler = handlers[method] as (...a: ApiArgs[K]) => Promise<ApiValue[K]>;
    return { ok: true, value: await handler(...checked) };
  } catch (error) {
    return failure(error);
  }
}

/** Registers every channel of the contract on `ipcMain`. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, isAppPage: (url: string) => boolean): void {
  for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
    ipcMain.handle(CHANNELS[method], (event, ...args) => dispatch(method, handlers, event, args, isAppPage));
  }
}
