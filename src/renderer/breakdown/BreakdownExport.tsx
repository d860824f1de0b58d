// "Export…" in the breakdown panel: the reports (scene list 顺场表, cast, locations, sets, elements, breakdown
// sheets) of the open script or the whole open series, with the project in use, as CSV, XLSX or PDF.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeProject } from '../../core/breakdown';
import type { Project } from '../../core/model/project';
import { useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { baseName, sourceEpisodes } from './export-sources';
import { ReportExportDialog, type ReportChoice, type ReportOutcome } from './ReportExportDialog';

/** Episodes of the open series when the open document is one of them (what the panel breaks down), else 0. */
export function seriesSize(series: { episodes: readonly { path: string }[] } | null, path: string | null): number {
  return series && path && series.episodes.some((e) => e.path === path) ? series.episodes.length : 0;
}

export function BreakdownExport({ project }: { project: Project }) {
  const { t } = useTranslation('breakdown');
  const workspace = useWorkspace();
  const { doc, series } = useWorkspaceSnapshot();
  const [open, setOpen] = useState(false);
  if (!doc) return null;

  const run = async (choice: ReportChoice): Promise<ReportOutcome | null> => {
    const untitled = t('export.untitled');
    const episodes = await sourceEpisodes(workspace, doc, choice.scope, untitled);
    const result = await workspace.api.exportBreakdown({
      format: choice.format,
      episodes: episodes.map(({ name, text }) => ({ name, text })),
      project: writeProject(project),
      ...(choice.language === 'auto' ? {} : { language: choice.language }),
      suggestedName: `${baseName(doc, choice.scope, series?.name ?? null, untitled)}-breakdown`,
      dialogTitle: choice.format === 'csv' ? t('export.folderTitle') : t('export.title'),
    });
    return result && { result, notes: [] };
  };

  return (
    <>
      <button type="button" className="tool bd-export" data-action="export-reports" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      {open && <ReportExportDialog ns="breakdown" seriesEpisodes={seriesSize(series, doc.path)} grouping={false} run={run} onClose={() => setOpen(false)} />}
    </>
  );
}
