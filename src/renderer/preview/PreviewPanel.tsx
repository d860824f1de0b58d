// The print preview: the open script's pages exactly as the PDF prints them, from the same layout
// (src/core/layout: layoutFor), drawn as SVG. Paper, scene numbers, notes and the Chinese page style change
// the pages at once; "Export PDF…" opens the export dialog. Laid out only while the panel is shown.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutFor } from '../../core/layout';
import type { Layout } from '../../core/model/layout';
import type { PdfEpisodeText } from '../../shared/api';
import { textOf } from '../editor/state';
import type { PanelProps } from '../panels';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { ExportDialog } from './ExportDialog';
import { PageView } from './PageView';
import { layoutOptions, loadPrintSettings, type PrintSettings, savePrintSettings } from './settings';
import './preview.css';

export function PreviewPanel({ active }: PanelProps) {
  const { t } = useTranslation('preview');
  const workspace = useWorkspace();
  const snapshot = useEditorSnapshot();
  const { doc, series } = useWorkspaceSnapshot();
  const [settings, setSettings] = useState<PrintSettings>(loadPrintSettings);
  const [exporting, setExporting] = useState(false);
  const change = useCallback((c: Partial<PrintSettings>) => {
    setSettings((s) => {
      const next = { ...s, ...c };
      savePrintSettings(next);
      return next;
    });
  }, []);

  // A new snapshot comes when typing pauses or the caret moves; the script object changes only with the text.
  const script = snapshot?.script ?? null;
  const label = doc?.name ?? '';
  const layout = useMemo<Layout | { error: string } | null>(() => {
    if (!active || !script) return null;
    try {
      return layoutFor([{ script, label }], layoutOptions(settings));
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [active, script, settings, label]);

  const onLine = useCallback((line: number) => workspace.jumpToLine(line), [workspace]);
  const name = (doc?.name ?? t('untitled')).replace(/\.[^.]*$/, '');

  const scriptText = (): PdfEpisodeText => ({ name: doc?.name ?? t('untitled'), text: snapshot ? textOf(snapshot.state) : '' });
  const seriesTexts = series
    ? async (): Promise<PdfEpisodeText[]> => {
        await workspace.library.loadAll(() => undefined);
        return workspace.library.episodes().map((e) => {
          if (doc && e.path === doc.path && snapshot) return { name: e.name, text: textOf(snapshot.state) };
          const read = workspace.library.get(e.path);
          if (!read) throw new Error(t('unreadEpisode', { name: e.name, reason: workspace.library.error(e.path) ?? '' }));
          return { name: e.name, text: read.text };
        });
      }
    : null;

  if (!snapshot) return <p className="empty">{t('nothing')}</p>;
  return (
    <div className="preview">
      <div className="preview-toolbar">
        <select aria-label={t('paper')} value={settings.paper} onChange={(e) => change({ paper: e.target.value as PrintSettings['paper'] })}>
          <option value="auto">{t('paperAuto')}</option>
          <option value="letter">{t('letter')}</option>
          <option value="a4">{t('a4')}</option>
        </select>
        <select aria-label={t('sceneNumbers')} value={settings.sceneNumbers} onChange={(e) => change({ sceneNumbers: e.target.value as PrintSettings['sceneNumbers'] })}>
          {(['auto', 'both', 'left', 'right', 'none'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`numbers.${v}`)}
            </option>
          ))}
        </select>
        {snapshot.script.language === 'zh' && (
          <select aria-label={t('style')} value={settings.chineseStyle} onChange={(e) => change({ chineseStyle: e.target.value as PrintSettings['chineseStyle'] })}>
            {(['auto', 'mainland', 'taiwan'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`styles.${v}`)}
              </option>
            ))}
          </select>
        )}
        <label className="check">
          <input type="checkbox" checked={settings.notes} onChange={(e) => change({ notes: e.target.checked })} />
          {t('notes')}
        </label>
        <button type="button" className="primary" onClick={() => setExporting(true)}>
          {t('exportButton')}
        </button>
      </div>
      {layout && 'error' in layout && (
        <p role="alert" className="error">
          {layout.error}
        </p>
      )}
      {layout && 'pages' in layout && (
        <>
          <p className="preview-count" aria-live="polite">
            {t('pageCount', { count: layout.pages.length })}
          </p>
          <div className="preview-pages">
            {layout.pages.map((page, i) => (
              <PageView key={i} page={page} profile={layout.profile} index={i} label={t('pageLabel', { n: i + 1, total: layout.pages.length })} onLine={onLine} />
            ))}
          </div>
        </>
      )}
      {exporting && (
        <ExportDialog api={workspace.api} settings={settings} onSettings={change} script={scriptText} series={seriesTexts} suggestedName={name} onClose={() => setExporting(false)} />
      )}
    </div>
  );
}
