// Locations and sets: every story location with its set, the suggestion or the user's choice, and a picker
// that fixes the mapping for the whole series; then the catalogue's sets with their scenes.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { durationText, episodesText, pagesText } from '../../core/export/breakdown-report';
import type { LocationReportEntry, SeriesBreakdown } from '../../core/model/breakdown';
import type { Project } from '../../core/model/project';
import type { JumpTarget } from './types';

export interface SetsTabProps {
  breakdown: SeriesBreakdown;
  project: Project;
  /** Suggested set of each location without the user's mapping (to offer "back to the suggestion"). */
  suggestion: (location: string) => string | null;
  note: ReactNode;
  onMap: (location: string, setId: string | null | undefined) => void;
  onJump: (target: JumpTarget) => void;
}

const NONE = '__none__';
const SUGGESTED = '__suggested__';

export function SetsTab({ breakdown, project, suggestion, note, onMap, onJump }: SetsTabProps) {
  const { t } = useTranslation('breakdown');
  const unmapped = breakdown.unmapped.length;
  const valueOf = (l: LocationReportEntry) => (l.setSource === 'user' ? (l.setId ?? NONE) : SUGGESTED);
  const nameOf = (id: string | null) => project.sets.find((s) => s.id === id)?.name ?? null;
  return (
    <div className="bd-sets">
      <h3>{t('sets.locations')}</h3>
      <p className={unmapped ? 'bd-warning' : 'bd-ok'}>{unmapped ? t('sets.unmapped', { count: unmapped }) : t('sets.allMapped')}</p>
      {note && <p className="bd-note">{note}</p>}
      <table className="bd-table">
        <thead>
          <tr>
            <th>{t('col.location')}</th>
            <th>{t('col.set')}</th>
            <th className="num">{t('col.scenes')}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.locations.map((l) => {
            const suggested = suggestion(l.location);
            return (
              <tr key={l.id} className={`bd-map${l.setId === null && l.setSource !== 'user' ? ' unmapped' : ''}`} data-location={l.location}>
                <td>
                  <button type="button" className="bd-link" title={t('jump', { what: l.location })} onClick={() => onJump(firstScene(breakdown, l))}>
                    {l.location}
                  </button>
                </td>
                <td>
                  <select
                    aria-label={t('sets.choose', { location: l.location })}
                    value={valueOf(l)}
                    onChange={(e) => {
                      const v = e.target.value;
                      onMap(l.location, v === SUGGESTED ? undefined : v === NONE ? null : v);
                    }}
                  >
                    <option value={SUGGESTED}>{suggested ? t('sets.suggestion', { set: nameOf(suggested) }) : t('sets.noSuggestion')}</option>
                    {project.sets.map((s) => (
                      <option key={s.id} value={s.id}>{s.name}</option>
                    ))}
                    <option value={NONE}>{t('sets.notASet')}</option>
                  </select>
                  <span className={`bd-source ${l.setSource ?? 'none'}`}>{l.setSource ? t(`sets.${l.setSource}`) : ''}</span>
                </td>
                <td className="num">{l.scenes}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('sets.catalogue')}</h3>
      <table className="bd-table">
        <thead>
          <tr>
            <th>{t('col.set')}</th>
            <th className="num">{t('col.scenes')}</th>
            <th className="num">{t('col.pages')}</th>
            <th className="num">{t('col.duration')}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.sets.map((s) => (
            <tr key={s.id} className={s.scenes ? '' : 'idle'} data-set={s.id}>
              <td title={[s.group, s.stage].filter(Boolean).join(' · ')}>{s.name}</td>
              <td className="num" title={episodesText(s.episodes)}>{s.scenes}</td>
              <td className="num">{s.scenes ? pagesText(s.eighths) : ''}</td>
              <td className="num">{s.scenes ? durationText(s.seconds) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function firstScene(b: SeriesBreakdown, l: LocationReportEntry): JumpTarget {
  const id = l.sceneIds[0];
  for (const e of b.episodes) for (const s of e.scenes) if (s.id === id) return { file: s.file, line: s.line };
  return { file: b.series.files[0] ?? '', line: 1 };
}
