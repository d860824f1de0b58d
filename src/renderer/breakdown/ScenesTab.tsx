// The scenes of the breakdown: filters (episode, set, character, day/night), a table sortable by column,
// a row per scene that jumps to its heading in the script.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneBreakdown, SeriesBreakdown } from '../../core/model/breakdown';
import { durationText, pagesText } from '../../core/export/breakdown-report';
import { filterChoices, filterScenes, nextSort, NO_FILTER, SCRIPT_ORDER, sortScenes, type SceneFilter, type SceneSort, type SceneSortKey } from './model';
import type { JumpTarget } from './types';

const PAGE = 300;

export function ScenesTab({ breakdown, onJump }: { breakdown: SeriesBreakdown; onJump: (target: JumpTarget) => void }) {
  const { t } = useTranslation('breakdown');
  const [filter, setFilter] = useState<SceneFilter>(NO_FILTER);
  const [sort, setSort] = useState<SceneSort>(SCRIPT_ORDER);
  const [all, setAll] = useState(false);
  const choices = useMemo(() => filterChoices(breakdown), [breakdown]);
  const total = useMemo(() => breakdown.episodes.reduce((n, e) => n + e.scenes.length, 0), [breakdown]);
  const rows = useMemo(() => sortScenes(filterScenes(breakdown, filter), sort), [breakdown, filter, sort]);
  const shown = all ? rows : rows.slice(0, PAGE);

  const button = (key: SceneSortKey, label: string) => (
    <button type="button" className="sort" data-sort={key} onClick={() => setSort(nextSort(sort, key))}>
      {label}
      <span aria-hidden="true" className="sort-mark">{sort.key === key ? (sort.descending ? '▼' : '▲') : ''}</span>
    </button>
  );
  const ariaSort = (...keys: SceneSortKey[]) => (keys.includes(sort.key) ? (sort.descending ? 'descending' : 'ascending') : 'none');
  const header = (key: SceneSortKey, label: string, className?: string) => (
    <th className={className} aria-sort={ariaSort(key)}>
      {button(key, label)}
    </th>
  );
  const pick = (value: string) => (value === '' ? null : value);

  return (
    <div className="bd-scenes">
      <div className="bd-filters">
        <label>
          {t('filter.episode')}
          <select data-filter="episode" value={filter.episode ?? ''} onChange={(e) => setFilter({ ...filter, episode: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('filter.all')}</option>
            {choices.episodes.map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.set')}
          <select data-filter="set" value={filter.set ?? '*'} onChange={(e) => setFilter({ ...filter, set: e.target.value === '*' ? null : e.target.value })}>
            <option value="*">{t('filter.all')}</option>
            {choices.sets.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
            {choices.unmapped && <option value="">{t('filter.noSet')}</option>}
          </select>
        </label>
        <label>
          {t('filter.character')}
          <select data-filter="character" value={filter.character ?? ''} onChange={(e) => setFilter({ ...filter, character: pick(e.target.value) })}>
            <option value="">{t('filter.all')}</option>
            {choices.characters.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.dayNight')}
          <select data-filter="dayNight" value={filter.dayNight ?? ''} onChange={(e) => setFilter({ ...filter, dayNight: (pick(e.target.value) as SceneFilter['dayNight']) ?? null })}>
            <option value="">{t('filter.all')}</option>
            <option value="DAY">{t('filter.day')}</option>
            <option value="NIGHT">{t('filter.night')}</option>
          </select>
        </label>
        {filter !== NO_FILTER && (
          <button type="button" className="bd-link" onClick={() => setFilter(NO_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
      </div>
      <p className="bd-count" aria-live="polite">{t('filter.count', { shown: rows.length, total })}</p>
      <table className="bd-table">
        <thead>
          <tr>
            <th aria-sort={ariaSort('episode', 'time')}>
              {button('episode', t('col.scene'))}
              <br />
              {button('time', t('col.dayNight'))}
            </th>
            <th aria-sort={ariaSort('location', 'set')}>
              {button('location', t('col.location'))}
              <br />
              {button('set', t('col.set'))}
            </th>
            {header('cast', t('col.cast'))}
            <th className="num" aria-sort={ariaSort('eighths', 'seconds')}>
              {button('eighths', t('col.pages'))}
              <br />
              {button('seconds', t('col.duration'))}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <SceneRow key={s.id} scene={s} onJump={onJump} />
          ))}
        </tbody>
      </table>
      {!all && rows.length > PAGE && (
        <button type="button" className="bd-link" onClick={() => setAll(true)}>
          {t('showAll', { count: rows.length })}
        </button>
      )}
    </div>
  );
}

function SceneRow({ scene: s, onJump }: { scene: SceneBreakdown; onJump: (target: JumpTarget) => void }) {
  const { t } = useTranslation('breakdown');
  const jump = () => onJump({ file: s.file, line: s.line });
  return (
    <tr
      className={`bd-row${s.flashback ? ' flashback' : ''}${s.setId === null ? ' unmapped' : ''}`}
      data-scene={s.id}
      tabIndex={0}
      title={t('jump', { what: s.heading })}
      onClick={jump}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          jump();
        }
      }}
    >
      <td className="scene-no">
        {s.number}
        <div className={`dn ${s.dayNight === 'NIGHT' ? 'night' : 'day'}`}>{s.dayNight ? t(`dayNight.${s.dayNight}`) : ''}</div>
      </td>
      <td>
        {s.location}
        {s.flashback && <span className="bd-tag">{t('flashback')}</span>}
        <div className="set">{s.set ?? '—'}</div>
      </td>
      <td className="cast" title={s.present.length ? t('present', { names: s.present.join(', ') }) : undefined}>
        {s.cast.join(', ')}
      </td>
      <td className="num">
        {pagesText(s.eighths)}
        <div className="seconds">{durationText(s.seconds)}</div>
      </td>
    </tr>
  );
}
