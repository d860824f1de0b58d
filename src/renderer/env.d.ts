/// <reference types="vite/client" />
import type { ShotlineApi } from '../shared/api';

declare global {
  interface Window {
    /** The preload's API; absent when the page runs in a plain browser. */
    shotline?: ShotlineApi;
  }
}
