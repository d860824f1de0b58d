// View settings of this window, kept in localStorage: theme, zoom, page guides, the side panel.
import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
  /** 1 = 100 %. */
  zoom: number;
  pageGuides: boolean;
  sidePanel: boolean;
  /** The side panel's open tab (a panel id from panels.ts). */
  panel: string;
}

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const DEFAULTS: Settings = { theme: 'system', zoom: 1, pageGuides: true, sidePanel: true, panel: 'navigator' };
const KEY = 'shotline.settings';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Settings as stored, with anything missing or malformed replaced by the default. */
export function readSettings(raw: string | null): Settings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: defaults.
  }
  const theme = data.theme === 'light' || data.theme === 'dark' || data.theme === 'system' ? data.theme : DEFAULTS.theme;
  const zoom = typeof data.zoom === 'number' && ZOOM_STEPS.includes(data.zoom) ? data.zoom : DEFAULTS.zoom;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const panel = typeof data.panel === 'string' && data.panel ? data.panel : DEFAULTS.panel;
  return { theme, zoom, pageGuides: bool(data.pageGuides, DEFAULTS.pageGuides), sidePanel: bool(data.sidePanel, DEFAULTS.sidePanel), panel };
}

let current: Settings = readSettings(storage()?.getItem(KEY) ?? null);
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  return current;
}

export function updateSettings(change: Partial<Settings>): void {
  current = { ...current, ...change };
  try {
    storage()?.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or refused: the settings last for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings);
}

/** The next zoom step in or out (`0` resets to 100 %). */
export function zoomStep(zoom: number, direction: 1 | -1 | 0): number {
  if (direction === 0) return 1;
  const i = ZOOM_STEPS.indexOf(zoom);
  const at = i >= 0 ? i : ZOOM_STEPS.indexOf(1);
  return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + direction))];
}

/** The theme to show: the choice, or the system's when the choice is `system`. */
export function effectiveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}
