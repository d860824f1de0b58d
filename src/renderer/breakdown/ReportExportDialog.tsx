// The report export dialog of the breakdown and shot-list panels: the format (CSV, XLSX, PDF), what to export
// (this script or the whole open series), for shot lists the sections (per episode or per set), the labels'
// language; then where the files went, the writers' warnings and the panel's own notes, or what went wrong,
// in the UI's language. The main process asks where to save and writes (src/main/handlers-reports.ts). Script
// text never becomes markup here: names and messages are text nodes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportResult, ReportFormat, ReportLanguage, ShotsGrouping } from '../../shared/api';
import { REPORT_FORMATS, REPORT_LANGUAGES } from '../../shared/api';
import { problemOf } from '../notices/problem';
import { problemText } from '../notices/error-text';
import { UnreadEpisode, type ExportScope } from './export-sources';
import './report-export.css';
import { DialogButtons, FailureLine, WarningList } from '../dialogs/export-parts';

export interface ReportChoice {
  format: ReportFormat;
  scope: ExportScope;
  grouping: ShotsGrouping;
  /** `auto`: the script's language. */
  language: ReportLanguage | 'auto';
}

/** What an export wrote, with notes of the panel's own (in the UI's language). */
export interface ReportOutcome {
  result: ReportExportResult;
  notes: string[];
}

/** A failure the panel says itself, already in the UI's language. */
export class ExportRefused extends Error {}

export interface ReportExportDialogProps {
  /** Whose strings (`<ns>:export.*`): the breakdown's or the shot list's. */
  ns: 'breakdown' | 'shots';
  /** Episodes in the open series, or 0 when none is open. */
  seriesEpisodes: number;
  /** Offer per-episode / per-set sections (shot lists). */
  grouping: boolean;
  run(choice: ReportChoice): Promise<ReportOutcome | null>;
  onClose(): void;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; outcome: ReportOutcome } | { kind: 'failed'; message: string };

export function ReportExportDialog({ ns, seriesEpisodes, grouping, run, onClose }: ReportExportDialogProps) {
  const { t, i18n } = useTranslation(ns);
  const [choice, setChoice] = useState<ReportChoice>({ format: 'pdf', scope: 'script', grouping: 'episode', language: 'auto' });
  const [state, setState] = useState<State>({ kind: 'idle' });
  const dialog = useRef<HTMLDialogElement>(null);
  const change = (c: Partial<ReportChoice>) => setChoice((now) => ({ ...now, ...c }));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);

  const start = async () => {
    setState({ kind: 'working' });
    try {
      const outcome = await run(choice);
      setState(outcome ? { kind: 'done', outcome } : { kind: 'idle' });
    } catch (error) {
      const message =
        error instanceof ExportRefused
          ? error.message
          : error instanceof UnreadEpisode
            ? t('export.unreadEpisode', { name: error.episode, reason: error.reason })
            : problemText(problemOf(error), t, i18n.resolvedLanguage ?? 'en');
      setState({ kind: 'failed', message });
    }
  };

  const working = state.kind === 'working';
  const outcome = state.kind === 'done' ? state.outcome : null;
  const result = outcome?.result;
  const notes = outcome?.notes ?? [];
  const warnings = outcome?.result.warnings ?? [];
  // Sentences follow each other after a space in English, directly after 。 in Chinese.
  const gap = i18n.resolvedLanguage === 'en' ? ' ' : '';
  return (
    <dialog ref={dialog} className="report-export" data-ns={ns} aria-labelledby={`${ns}-export-title`} onCancel={(e) => (working ? e.preventDefault() : onClose())}>
      <h2 id={`${ns}-export-title`}>{t('export.title')}</h2>
      <fieldset disabled={working}>
        <div role="radiogroup" aria-label={t('export.format')} className="choices" data-choice="format">
          <span className="label">{t('export.format')}</span>
          {REPORT_FORMATS.map((f) => (
            <label key={f} className="check">
              <input type="radio" name={`${ns}-format`} value={f} checked={choice.format === f} onChange={() => change({ format: f })} />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </div>
        <p className="hint">{t(`export.hints.${choice.format}`)}</p>
        <div role="radiogroup" aria-label={t('export.what')} className="choices" data-choice="scope">
          <span className="label">{t('export.what')}</span>
          <label className="check">
            <input type="radio" name={`${ns}-scope`} value="script" checked={choice.scope === 'script'} onChange={() => change({ scope: 'script' })} />
            {t('export.scope.script')}
          </label>
          <label className="check">
            <input type="radio" name={`${ns}-scope`} value="series" checked={choice.scope === 'series'} disabled={seriesEpisodes === 0} onChange={() => change({ scope: 'series' })} />
            {seriesEpisodes > 0 ? t('export.scope.series', { count: seriesEpisodes }) : t('export.scope.noSeries')}
          </label>
        </div>
        {grouping && (
          <div role="radiogroup" aria-label={t('export.grouping')} className="choices" data-choice="grouping">
            <span className="label">{t('export.grouping')}</span>
            {(['episode', 'set'] as const).map((g) => (
              <label key={g} className="check">
                <input type="radio" name={`${ns}-grouping`} value={g} checked={choice.grouping === g} onChange={() => change({ grouping: g })} />
                {t(`export.groupings.${g}`)}
              </label>
            ))}
          </div>
        )}
        <label className="row">
          {t('export.language')}
          <select value={choice.language} data-choice="language" onChange={(e) => change({ language: e.target.value as ReportChoice['language'] })}>
            <option value="auto">{t('export.languages.auto')}</option>
            {REPORT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`export.languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {working && (
        <div className="progress" role="status">
          <progress />
          <span>{t('export.working')}</span>
        </div>
      )}
      {result && (
        <div role="status" className="result">
          <p>
            {result.files.length > 1 ? t('export.doneMany', { count: result.files.length, path: result.path }) : t('export.doneOne', { path: result.path })}
            {result.pages !== undefined && `${gap}${t('export.pages', { count: result.pages })}`}
            {result.shots !== undefined && `${gap}${t('export.shots', { count: result.shots })}`}
          </p>
          {result.files.length > 1 && <p className="files">{result.files.join(' · ')}</p>}
          {!!result.orphans && <p>{t('export.orphans', { count: result.orphans })}</p>}
          <WarningList summary={t('export.warnings', { count: notes.length + warnings.length })} notes={notes} warnings={warnings} open={notes.length > 0} />
        </div>
      )}
      {state.kind === 'failed' && <FailureLine text={t('export.failed', { message: state.message })} />}
      <DialogButtons close={t('export.close')} action={t('export.export')} onClose={onClose} onAction={() => void start()} working={working} />
    </dialog>
  );
}
