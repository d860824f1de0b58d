// The PDF export dialog: paper, scene numbers, notes, and what to print (this script, the whole series in one
// PDF, or one PDF per episode). The main process asks where to save and writes the PDF (src/node/pdf);
// progress arrives as events. Script text never becomes markup here: names and messages are text nodes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfEpisodeText, PdfExportResult, PdfProgress, ShotlineApi } from '../../shared/api';
import { layoutOptions, type PrintSettings } from './settings';
import { DialogButtons, FailureLine, WarningList } from '../dialogs/export-parts';

export type ExportScope = 'script' | 'series' | 'episodes';

export interface ExportDialogProps {
  api: ShotlineApi;
  settings: PrintSettings;
  onSettings: (change: Partial<PrintSettings>) => void;
  /** The open script, and the series' episodes when a series is open (read on demand). */
  script: () => PdfEpisodeText;
  series: (() => Promise<PdfEpisodeText[]>) | null;
  suggestedName: string;
  onClose: () => void;
}

type State = { kind: 'idle' } | { kind: 'working'; progress: PdfProgress | null } | { kind: 'done'; result: PdfExportResult } | { kind: 'failed'; message: string };

export function ExportDialog({ api, settings, onSettings, script, series, suggestedName, onClose }: ExportDialogProps) {
  const { t } = useTranslation('preview');
  const [scope, setScope] = useState<ExportScope>('script');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);
  useEffect(() => api.onPdfProgress((progress) => setState((s) => (s.kind === 'working' ? { kind: 'working', progress } : s))), [api]);

  const run = async () => {
    setState({ kind: 'working', progress: null });
    try {
      const episodes = scope === 'script' || !series ? [script()] : await series();
      const result = await api.exportPdf({
        episodes,
        split: scope === 'episodes',
        suggestedName,
        dialogTitle: t('dialogTitle'),
        ...layoutOptions(settings),
      });
      setState(result ? { kind: 'done', result } : { kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const working = state.kind === 'working';
  const progress = state.kind === 'working' ? state.progress : null;
  return (
    <dialog ref={dialog} className="preview-export" aria-labelledby="preview-export-title" onCancel={(e) => (working ? e.preventDefault() : onClose())}>
      <h2 id="preview-export-title">{t('dialogTitle')}</h2>
      <fieldset disabled={working}>
        <label>
          {t('paper')}
          <select value={settings.paper} onChange={(e) => onSettings({ paper: e.target.value as PrintSettings['paper'] })}>
            <option value="auto">{t('paperAuto')}</option>
            <option value="letter">{t('letter')}</option>
            <option value="a4">{t('a4')}</option>
          </select>
        </label>
        <label>
          {t('sceneNumbers')}
          <select value={settings.sceneNumbers} onChange={(e) => onSettings({ sceneNumbers: e.target.value as PrintSettings['sceneNumbers'] })}>
            {(['auto', 'both', 'left', 'right', 'none'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`numbers.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.notes} onChange={(e) => onSettings({ notes: e.target.checked })} />
          {t('notes')}
        </label>
        <div role="radiogroup" aria-label={t('what')} className="scope">
          {(['script', 'series', 'episodes'] as const).map((s) => (
            <label key={s} className="check">
              <input type="radio" name="scope" value={s} checked={scope === s} disabled={s !== 'script' && !series} onChange={() => setScope(s)} />
              {t(`scope.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {working && (
        <div className="progress" role="status">
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          <span>{progress ? t(progress.phase === 'layout' ? 'progressLayout' : 'progressPages', { done: progress.done, total: progress.total }) : t('preparing')}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <div role="status" className="result">
          <p>{t(state.result.files > 1 ? 'doneMany' : 'doneOne', { pages: state.result.pages, files: state.result.files, path: state.result.path })}</p>
          <WarningList summary={t('warnings', { count: state.result.warnings.length })} warnings={state.result.warnings} />
        </div>
      )}
      {state.kind === 'failed' && <FailureLine text={t('failed', { message: state.message })} />}
      <DialogButtons close={t('close')} action={t('export')} onClose={onClose} onAction={() => void run()} working={working} />
    </dialog>
  );
}
