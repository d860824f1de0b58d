// The cast report: everyone with their scenes, episodes, lines and day rate; a row jumps to the first scene.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { episodesText } from '../../core/export/breakdown-report';
import type { SeriesBreakdown } from '../../core/model/breakdown';
import type { JumpTarget } from './types';

export function CastTab({ breakdown, onJump }: { breakdown: SeriesBreakdown; onJump: (target: JumpTarget) => void }) {
  const { t } = useTranslation('breakdown');
  const cast = useMemo(() => [...breakdown.cast].sort((a, b) => b.scenes - a.scenes || a.first.line - b.first.line), [breakdown]);
  if (cast.length === 0) return <p className="bd-empty">{t('castEmpty')}</p>;
  return (
    <table className="bd-table">
      <thead>
        <tr>
          <th>
            {t('col.name')}
            <br />
            {t('col.dayRate')}
          </th>
          <th className="num">
            {t('col.scenes')}
            <br />
            {t('col.episodes')}
          </th>
          <th className="num">
            {t('col.speeches')}
            <br />
            {t('col.characters')}
          </th>
          <th>{t('col.first')}</th>
        </tr>
      </thead>
      <tbody>
        {cast.map((c) => (
          <tr
            key={c.id}
            className="bd-row"
            data-cast={c.name}
            tabIndex={0}
            title={c.spellings.length > 1 ? c.spellings.join(' / ') : undefined}
            onClick={() => onJump({ file: c.first.file, line: c.first.line })}
            onKeyDown={(e) => e.key === 'Enter' && onJump({ file: c.first.file, line: c.first.line })}
          >
            <td>
              {c.name}
              {c.extra && <span className="badge" data-testid="extra-badge">{` ${t('castExtra')}`}</span>}
              {c.dayRate !== null && <div className="sub">{`${c.dayRate} ${c.currency ?? ''}`.trim()}</div>}
            </td>
            <td className="num">
              {c.scenes}
              <div className="sub">{episodesText(c.episodes)}</div>
            </td>
            <td className="num">
              {c.speeches}
              <div className="sub">{c.characters}</div>
            </td>
            <td>{c.first.scene}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
