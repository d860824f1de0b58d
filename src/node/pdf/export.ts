// Screenplay PDF export, shared by the CLI and the app: one script, one episode of a series, the whole series
// in one file (cover, contents, bookmarks episode -> scene) or one PDF per episode, with progress. What is
// printed and how it is laid out comes from src/core/layout (print.ts), as in the print preview.
import { layoutEach, layoutFor, type PrintOptions, type ScreenplaySource } from '../../core/layout';
import { renderPdf, type PdfResult, type RenderOptions } from './screenplay';

export type { ScreenplaySource, Episode } from '../../core/layout';
export { episodesOf, pickEpisode, layoutFor } from '../../core/layout';

export interface ExportProgress {
  phase: 'layout' | 'pages';
  done: number;
  total: number;
}

export interface ExportOptions extends Omit<PrintOptions, 'onLayout'> {
  onProgress?: (progress: ExportProgress) => void;
  render?: Omit<RenderOptions, 'onPage'>;
}

/** One PDF: a script, one episode, or the whole series with cover, contents and bookmarks. */
export async function exportPdf(sources: ScreenplaySource[], options: ExportOptions = {}): Promise<PdfResult> {
  const layout = layoutFor(sources, { ...options, onLayout: (done, total) => options.onProgress?.({ phase: 'layout', done, total }) });
  return renderPdf(layout, { ...options.render, onPage: (done, total) => options.onProgress?.({ phase: 'pages', done, total }) });
}

/** One PDF per episode, in order. */
export async function exportEpisodePdfs(sources: ScreenplaySource[], options: ExportOptions = {}): Promise<{ label: string; number: number | null; result: PdfResult }[]> {
  const each = layoutEach(sources, options);
  const out: { label: string; number: number | null; result: PdfResult }[] = [];
  for (const [i, { episode, layout }] of each.entries()) {
    out.push({ label: episode.label, number: episode.number, result: await renderPdf(layout, options.render) });
    options.onProgress?.({ phase: 'pages', done: i + 1, total: each.length });
  }
  return out;
}
