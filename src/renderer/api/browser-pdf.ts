// The PDF export in a plain browser, standing in for the desktop app's (which embeds fonts through PDFKit in
// the main process): the same pages from src/core/layout, written with the PDF standard fonts (not embedded)
// by simplePdf, and offered as a download. The result carries the bytes (base64) for tests.
import { layoutEach, layoutFor, simplePdf } from '../../core/layout';
import type { Layout } from '../../core/model/layout';
import { parse } from '../../core/parse';
import type { PdfApi, PdfEvents, PdfExportRequest, PdfExportResult, PdfProgress } from '../../shared/api-pdf';
import { base64, offerDownload } from './download';
import { replacedChars, STANDARD_FONTS } from './browser-warnings';
import type { ExportWarning } from '../../core/model/warning';



const download = (name: string, bytes: Uint8Array) => offerDownload(name, bytes, 'application/pdf');

const safe = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 120) || 'screenplay';

export function createBrowserPdf(offer: (name: string, bytes: Uint8Array) => void = download): PdfApi & PdfEvents {
  const listeners = new Set<(p: PdfProgress) => void>();
  const emit = (p: PdfProgress) => listeners.forEach((l) => l(p));
  const write = (layout: Layout, name: string) => {
    const pdf = simplePdf(layout);
    layout.pages.forEach((_, i) => emit({ phase: 'pages', done: i + 1, total: layout.pages.length }));
    offer(name, pdf.bytes);
    const warnings: ExportWarning[] = [...layout.warnings, ...replacedChars(pdf.replaced)];
    return { pdf, warnings };
  };
  return {
    async exportPdf(request: PdfExportRequest): Promise<PdfExportResult | null> {
      const sources = request.episodes.map((e) => ({ script: parse(e.text), label: e.name }));
      const options = { paper: request.paper, sceneNumbers: request.sceneNumbers, notes: request.notes, chineseStyle: request.chineseStyle };
      if (request.split) {
        const each = layoutEach(sources, options);
        const warnings: ExportWarning[] = [];
        let pages = 0;
        each.forEach(({ episode, layout }, i) => {
          const name = episode.number !== null ? `episode-${String(episode.number).padStart(2, '0')}.pdf` : `${safe(episode.label.replace(/\.[^.]*$/, ''))}.pdf`;
          warnings.push(...write(layout, name).warnings.map((w) => ({ ...w, episode: episode.label })));
          pages += layout.pages.length;
          emit({ phase: 'pages', done: i + 1, total: each.length });
        });
        return { path: 'downloads', files: each.length, pages, warnings: [...warnings, STANDARD_FONTS] };
      }
      const layout = layoutFor(sources, { ...options, onLayout: (done, total) => emit({ phase: 'layout', done, total }) });
      const name = `${safe(request.suggestedName)}.pdf`;
      const { pdf, warnings } = write(layout, name);
      return { path: name, files: 1, pages: layout.pages.length, warnings: [...warnings, STANDARD_FONTS], base64: base64(pdf.bytes) };
    },
    onPdfProgress(listener) {
      if (typeof listener !== 'function') throw new TypeError('onPdfProgress needs a function to call.');
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
