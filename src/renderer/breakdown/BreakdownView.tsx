// The breakdown panel's face: a summary line, the episodes' warnings, and four tabs (scenes, cast, sets,
// elements). Everything it does goes through its props, so the editor decides how jumps and tags happen.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { durationText, pagesText } from '../../core/export/breakdown-report';
import type { ElementCategory, SeriesBreakdown } from '../../core/model/breakdown';
import type { Project } from '../../core/model/project';
import { CastTab } from './CastTab';
import { ElementsTab } from './ElementsTab';
import { ScenesTab } from './ScenesTab';
import { SetsTab } from './SetsTab';
import type { JumpTarget } from './types';

export type BreakdownTab = 'scenes' | 'cast' | 'sets' | 'elements';
const TABS: readonly BreakdownTab[] = ['scenes', 'cast', 'sets', 'elements'];

export interface BreakdownViewProps {
  breakdown: SeriesBreakdown;
  project: Project;
  suggestion: (location: string) => string | null;
  /** About the project file (read-only sample, saved, not saved ...). */
  note: ReactNode;
  uiLanguage: 'en' | 'zh-Hans' | 'zh-Hant';
  onJump: (target: JumpTarget) => void;
  onMap: (location: string, setId: string | null | undefined) => void;
  onTag: (category: ElementCategory) => void;
  tagMessage: string | null;
  /** Beside the summary line (the export button). */
  actions?: ReactNode;
}

export function BreakdownView(props: BreakdownViewProps) {
  const { breakdown: b } = props;
  const { t } = useTranslation('breakdown');
  const [tab, setTab] = useState<BreakdownTab>('scenes');
  const warnings = b.episodes.flatMap((e) => e.warnings.map((w) => ({ episode: e.number, line: e.line, file: e.file, ...w })));
  const scenes = b.series.sceneCount;
  return (
    <div className="breakdown" lang={b.series.languageTag}>
      <div className="bd-head">
        <p className="bd-summary">
          {t('summary', { episodes: t('episodes', { count: b.series.episodeCount }), scenes: t('scenes', { count: scenes }), pages: pagesText(b.series.eighths), duration: durationText(b.series.seconds) })}
        </p>
        {props.actions}
      </div>
      {warnings.length > 0 && (
        <details className="bd-warnings">
          <summary>{t('warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                <button type="button" className="bd-link" onClick={() => props.onJump({ file: w.file, line: w.line })}>
                  {t('warning', { episode: w.episode, message: w.message })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="bd-tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`bd-tab-${id}`} aria-selected={tab === id} aria-controls={`bd-panel-${id}`} className="bd-tab" onClick={() => setTab(id)}>
            {t(`tabs.${id}`)}
            {id === 'sets' && b.unmapped.length > 0 && <span className="bd-badge">{b.unmapped.length}</span>}
          </button>
        ))}
      </div>
      <div className="bd-body" role="tabpanel" id={`bd-panel-${tab}`} aria-labelledby={`bd-tab-${tab}`}>
        {scenes === 0 && tab === 'scenes' ? (
          <p className="bd-empty">{t('empty')}</p>
        ) : tab === 'scenes' ? (
          <ScenesTab breakdown={b} onJump={props.onJump} />
        ) : tab === 'cast' ? (
          <CastTab breakdown={b} onJump={props.onJump} />
        ) : tab === 'sets' ? (
          <SetsTab breakdown={b} project={props.project} suggestion={props.suggestion} note={props.note} onMap={props.onMap} onJump={props.onJump} />
        ) : (
          <ElementsTab breakdown={b} uiLanguage={props.uiLanguage} onJump={props.onJump} onTag={props.onTag} tagMessage={props.tagMessage} />
        )}
      </div>
    </div>
  );
}
