// Applies the theme to the page: data-theme on the root element, following the system when asked to.
import { useEffect, useSyncExternalStore } from 'react';
import { effectiveTheme } from './settings';
import type { ThemeChoice } from './settings';

const query = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function subscribe(listener: () => void): () => void {
  const q = query();
  q?.addEventListener('change', listener);
  return () => q?.removeEventListener('change', listener);
}

export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}

/** Sets the root's data-theme; returns the theme in effect. */
export function useTheme(choice: ThemeChoice): 'light' | 'dark' {
  const theme = effectiveTheme(choice, useSystemDark());
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
