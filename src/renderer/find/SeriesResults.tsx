// The matches of a find in the whole series, by episode; a click opens the episode at the match.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { searchSeries } from './series-search';

export function SeriesResults({ re }: { re: RegExp }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const snapshot = useEditorSnapshot();
  const { series } = useWorkspaceSnapshot();
  const found = useMemo(() => searchSeries(workspace, re), [workspace, re, snapshot, series]);
  return (
    <div className="series-results" data-testid="series-results">
      <div className="summary">{t('find.seriesCount', { count: found.total, files: found.files })}</div>
      <ol>
        {found.hits.map((hit) => (
          <li key={`${hit.path}:${hit.line}:${hit.from}`}>
            <button type="button" onClick={() => void workspace.openPath(hit.path, hit.line)}>
              <span className="where">{t('find.where', { name: hit.name, line: hit.line + 1 })}</span>
              <span className="context">
                {hit.text.slice(Math.max(0, hit.from - 30), hit.from)}
                <mark>{hit.text.slice(hit.from, hit.to)}</mark>
                {hit.text.slice(hit.to, hit.to + 40)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
