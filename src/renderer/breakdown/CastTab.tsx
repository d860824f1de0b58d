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
          <th>{t('col.name')}</th>
          <th className="num">{t('col.scenes')}</th>
          <th>{t('col.episodes')}</th>
          <th className="num">{t('col.speeches')}</th>
          <th className="num">{t('col.characters')}</th>
          <th>{t('col.first')}</th>
          <th className="num">{t('col.dayRate')}</th>
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
            <td>{c.name}</td>
            <td className="num">{c.scenes}</td>
            <td>{episodesText(c.episodes)}</td>
            <td className="num">{c.speeches}</td>
            <td className="num">{c.characters}</td>
            <td>{c.first.scene}</td>
            <td className="num">{c.dayRate === null ? '' : `${c.dayRate} ${c.currency ?? ''}`.trim()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
