// The typed IPC contract between the Electron main process, the preload and the renderer.
// Everything here is plain JSON data: no classes, no methods, no Buffers.
//
// Each feature keeps its part in its own file (api-<feature>.ts): an interface of invoked methods and its
// channel map, and optionally an interface of events (`onX(listener) => unsubscribe`) and its channel map.
// It joins the contract with ONE `extends` on ShotlineApi and one spread into CHANNELS (and EVENTS).
import type { AppApi, AppEvents } from './api-app';
import { APP_CHANNELS, APP_EVENTS } from './api-app';
import type { FilesApi, FilesEvents } from './api-files';
import { FILES_CHANNELS, FILES_EVENTS } from './api-files';
import type { PdfApi, PdfEvents } from './api-pdf';
import type { BreakdownApi } from './api-breakdown';
import { BREAKDOWN_CHANNELS } from './api-breakdown';
import { PDF_CHANNELS, PDF_EVENTS } from './api-pdf';
import type { ShotsApi } from './api-shots';
import type { ErrorCode, ErrorParams } from './api-errors';
import { SHOTS_CHANNELS } from './api-shots';
import type { ReportsApi } from './api-reports';
import { REPORTS_CHANNELS } from './api-reports';

export * from './api-files';
export * from './api-app';
export * from './api-pdf';
export * from './api-breakdown';
export * from './api-shots';
export * from './api-errors';
export * from './api-reports';

/** The languages of the bundled sample episode. */
export type SampleLanguage = 'en' | 'zh';

export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = ['en', 'zh'];

/** The bundled sample episode. */
export interface SampleFile {
  lang: SampleLanguage;
  name: string;
  text: string;
}

export interface SampleApi {
  /** The bundled sample episode in the given language. */
  readSample(lang: SampleLanguage): Promise<SampleFile>;
}

const SAMPLE_CHANNELS = { readSample: 'shotline:read-sample' } as const satisfies Record<keyof SampleApi, string>;

/**
 * What the preload exposes as `window.shotline` (and what the in-browser adapter stands in for).
 * Every invoked method rejects with an Error whose message a writer can read when something goes wrong.
 * Event methods (`onX`) take a listener that receives plain data only, and return an unsubscribe function.
 */
export interface ShotlineApi extends SampleApi, FilesApi, FilesEvents, AppApi, AppEvents, PdfApi, PdfEvents, BreakdownApi, ShotsApi, ReportsApi {}

/** The main-to-renderer event of each `onX` method. */
export const EVENTS = {
  ...FILES_EVENTS,
  ...APP_EVENTS,
  ...PDF_EVENTS,
} as const;

export type EventMethod = keyof typeof EVENTS;
export type EventChannel = (typeof EVENTS)[EventMethod];
/** The data an event carries to its listeners. */
export type EventPayload<K extends EventMethod> = Parameters<Parameters<ShotlineApi[K]>[0]>[0];

/** The methods invoked over IPC (everything but the `onX` event subscriptions). */
export type ApiMethod = Exclude<keyof ShotlineApi, EventMethod>;

/** The IPC channel of each invoked API method. */
export const CHANNELS = {
  ...SAMPLE_CHANNELS,
  ...FILES_CHANNELS,
  ...APP_CHANNELS,
  ...PDF_CHANNELS,
  ...BREAKDOWN_CHANNELS,
  ...SHOTS_CHANNELS,
  ...REPORTS_CHANNELS,
} as const satisfies Record<ApiMethod, string>;

export type Channel = (typeof CHANNELS)[ApiMethod];

/**
 * What crosses IPC for each call: the handler's value, or an error message (never a thrown Error); `error` is
 * the English text, `code` and `params` (see api-errors.ts) let the page say it in the UI's language.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode; params?: ErrorParams };

/** The arguments of each API method, as sent over IPC. */
export type ApiArgs = { [K in ApiMethod]: Parameters<ShotlineApi[K]> };

/** The resolved value of each API method. */
export type ApiValue = { [K in ApiMethod]: Awaited<ReturnType<ShotlineApi[K]>> };
