// The smaller parts of the shot-list panel: the toolbar, the save state, the bulk-edit bar and the orphans.
import { useTranslation } from 'react-i18next';
import { SHOT_SIZES, SHOT_STATUSES, type SceneShots } from '../../core/model/shots';
import { sizeLabel, statusLabel, type LabelLanguage, type ShotPatch, type ShotScene } from '../../core/shots';
import type { ViewMode } from './model';
import type { DocShots } from './store';
import { problemText } from '../notices/error-text';

type Command = 'delete' | 'duplicate' | 'undo' | 'renumber';

export function Toolbar(props: {
  mode: ViewMode;
  onMode(mode: ViewMode): void;
  allColumns: boolean;
  onColumns(): void;
  onSuggest(): void;
  onAdd(): void;
  onCommand(command: Command): void;
  onLock(): void;
  onExport(): void;
  canUndo: boolean;
  hasSelection: boolean;
}) {
  const { t } = useTranslation('shots');
  return (
    <div className="shots-toolbar">
      <div className="shots-views" role="radiogroup" aria-label={t('view.label')}>
        {(['scene', 'episode', 'set'] as const).map((m) => (
          <button key={m} type="button" data-view={m} role="radio" aria-checked={props.mode === m} className={props.mode === m ? 'on' : ''} onClick={() => props.onMode(m)}>
            {t(`view.${m}`)}
          </button>
        ))}
      </div>
      <div className="shots-actions">
        <button type="button" className="primary" data-action="suggest" onClick={props.onSuggest}>
          {t('action.suggest')}
        </button>
        <button type="button" data-action="add" onClick={props.onAdd}>
          {t('action.add')}
        </button>
        <button type="button" disabled={!props.hasSelection} data-action="duplicate" onClick={() => props.onCommand('duplicate')}>
          {t('action.duplicate')}
        </button>
        <button type="button" disabled={!props.hasSelection} data-action="delete" onClick={() => props.onCommand('delete')}>
          {t('action.delete')}
        </button>
        <button type="button" data-action="renumber" onClick={() => props.onCommand('renumber')}>
          {t('action.renumber')}
        </button>
        <button type="button" disabled={!props.canUndo} data-action="undo" onClick={() => props.onCommand('undo')}>
          {t('action.undo')}
        </button>
        <button type="button" data-action="columns" aria-pressed={props.allColumns} onClick={props.onColumns}>
          {props.allColumns ? t('action.fewerColumns') : t('action.moreColumns')}
        </button>
        <button type="button" data-action="lock" onClick={props.onLock}>
          {t('action.lock')}
        </button>
        <button type="button" data-action="export" onClick={props.onExport}>
          {t('export.button')}
        </button>
      </div>
    </div>
  );
}

export function StatusLine({ shots, onReload, onOverwrite }: { shots: DocShots | null; onReload(): void; onOverwrite(): void }) {
  const { t, i18n } = useTranslation('shots');
  if (!shots) return null;
  // The problem in the UI's language when the API gave it a code.
  const message = shots.problem ? problemText(shots.problem, t, i18n.resolvedLanguage ?? i18n.language) : (shots.message ?? '');
  if (shots.state === 'conflict') {
    // Another program changed the file: nothing was saved; the user chooses which version wins.
    return (
      <div className="shots-state bad" role="alert" data-testid="shots-conflict">
        <span>{t('state.conflict', { message })}</span>
        <span className="shots-state-actions">
          <button type="button" data-action="reload" onClick={onReload}>
            {t('action.reload')}
          </button>
          <button type="button" data-action="overwrite" onClick={onOverwrite}>
            {t('action.overwrite')}
          </button>
        </span>
      </div>
    );
  }
  const text =
    shots.state === 'loading'
      ? t('state.loading')
      : shots.state === 'saving'
        ? t('state.saving')
        : shots.state === 'saved'
          ? t('state.saved')
          : shots.state === 'unsaved'
            ? t('state.unsaved')
            : shots.state === 'readOnly'
              ? t('state.readOnly')
              : shots.state === 'untitled'
                ? t('state.untitled')
                : shots.state === 'broken'
                  ? t('state.broken', { message })
                  : shots.state === 'failed'
                    ? t('state.failed', { message })
                    : null;
  if (!text) return null;
  const bad = shots.state === 'broken' || shots.state === 'failed';
  return (
    <p className={`shots-state${bad ? ' bad' : ''}`} role={bad ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

export function BulkBar({ count, language, onPatch }: { count: number; language: LabelLanguage; onPatch(patch: ShotPatch): void }) {
  const { t } = useTranslation('shots');
  const pick = (id: string, label: string, options: [string, string][], patch: (value: string) => ShotPatch) => (
    <label>
      {label}
      <select value="" data-bulk={id} onChange={(e) => e.target.value && onPatch(patch(e.target.value))}>
        <option value="">{t('bulk.choose')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="shots-bulk" role="group" aria-label={t('bulk.selected', { count })}>
      <span>{t('bulk.selected', { count })}</span>
      {pick('size', t('bulk.size'), SHOT_SIZES.map((s) => [s, sizeLabel(s, language)]), (v) => ({ size: v as (typeof SHOT_SIZES)[number] }))}
      {pick('camera', t('bulk.camera'), ['A', 'B', 'C'].map((c) => [c, c]), (v) => ({ camera: v }))}
      {pick('status', t('bulk.status'), SHOT_STATUSES.map((s) => [s, statusLabel(s, language)]), (v) => ({ status: v as (typeof SHOT_STATUSES)[number] }))}
    </div>
  );
}

export function Orphans(props: { orphans: SceneShots[]; current: ShotScene | null; onAttach(index: number): void; onDelete(index: number): void }) {
  const { t } = useTranslation('shots');
  return (
    <section className="shots-orphans" aria-label={t('orphans.title')}>
      <h3>{t('orphans.title')}</h3>
      <p>{t('orphans.explain')}</p>
      <ul>
        {props.orphans.map((o, i) => (
          <li key={`${o.scene.number}-${i}`}>
            <span className="orphan-key">{`${o.scene.number}  ${o.scene.heading}`}</span>
            <span className="orphan-shots">{o.shots.map((s) => s.number).join(' · ')}</span>
            {props.current && (
              <button type="button" data-action="attach" onClick={() => props.onAttach(i)}>
                {t('orphans.attach', { number: props.current.number })}
              </button>
            )}
            <button type="button" data-action="delete-orphan" onClick={() => props.onDelete(i)}>
              {t('orphans.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
