// "Export…" in the shot-list panel: the shot list of the open script or of the whole open series, as the panel
// holds it (unsaved edits included; other episodes' lists from this window, else from beside their scripts),
// per episode or per set, as CSV, XLSX or PDF. A list that cannot be read is left out and named; an export
// with no shots at all is refused with a word on what to do.
import { useTranslation } from 'react-i18next';
import { writeProject } from '../../core/breakdown';
import type { Project } from '../../core/model/project';
import type { ShotList } from '../../core/model/shots';
import { readShotList, writeShotList } from '../../core/shots';
import type { ShotsReportEpisode } from '../../shared/api';
import { seriesSize } from '../breakdown/BreakdownExport';
import { baseName, sourceEpisodes, type SourceEpisode } from '../breakdown/export-sources';
import { ExportRefused, ReportExportDialog, type ReportChoice, type ReportOutcome } from '../breakdown/ReportExportDialog';
import { problemOf } from '../notices/problem';
import { problemText } from '../notices/error-text';
import { useWorkspace, useWorkspaceSnapshot } from '../session/context';
import type { ShotsStore } from './store';

const count = (list: ShotList) => list.scenes.reduce((n, s) => n + s.shots.length, 0);

export function ShotsExport({ store, project, onClose }: { store: ShotsStore; project: Project; onClose(): void }) {
  const { t, i18n } = useTranslation('shots');
  const workspace = useWorkspace();
  const { doc, series } = useWorkspaceSnapshot();
  if (!doc) return null;
  const say = (error: unknown) => problemText(problemOf(error), t, i18n.resolvedLanguage ?? 'en');

  /** The episode's list as the panel holds it, else as saved beside the script; null when none or unreadable. */
  const listOf = async (e: SourceEpisode, notes: string[]): Promise<ShotList | null> => {
    const held = store.get(e.path === doc.path ? (doc.path ?? doc.key) : (e.path ?? ''));
    if (held && held.state === 'broken') {
      notes.push(t('export.unreadShots', { name: e.name, reason: held.problem ? say(held.problem) : (held.message ?? '') }));
      return null;
    }
    if (held && held.state !== 'loading') return held.list;
    if (!e.path) return null;
    try {
      const file = await workspace.api.readShotsBeside(e.path);
      if (!file) return null;
      const read = readShotList(file.text, e.name.replace(/\.[^.]*$/, '') + '.shots.json');
      if (read.ok) return read.list;
      notes.push(t('export.unreadShots', { name: e.name, reason: read.message }));
    } catch (error) {
      notes.push(t('export.unreadShots', { name: e.name, reason: say(error) }));
    }
    return null;
  };

  const run = async (choice: ReportChoice): Promise<ReportOutcome | null> => {
    const untitled = t('export.untitled');
    const notes: string[] = [];
    const episodes: ShotsReportEpisode[] = [];
    let shots = 0;
    for (const e of await sourceEpisodes(workspace, doc, choice.scope, untitled)) {
      const list = await listOf(e, notes);
      const n = list ? count(list) : 0;
      shots += n;
      episodes.push({ name: e.name, text: e.text, shots: list && n > 0 ? writeShotList(list) : null });
    }
    if (shots === 0) throw new ExportRefused([t('export.noShots'), ...notes].join(' '));
    const result = await workspace.api.exportShots({
      format: choice.format,
      episodes,
      project: writeProject(project),
      grouping: choice.grouping,
      ...(choice.language === 'auto' ? {} : { language: choice.language }),
      suggestedName: `${baseName(doc, choice.scope, series?.name ?? null, untitled)}-shots`,
      dialogTitle: t('export.title'),
    });
    return result && { result, notes };
  };

  return <ReportExportDialog ns="shots" seriesEpisodes={seriesSize(series, doc.path)} grouping run={run} onClose={onClose} />;
}
