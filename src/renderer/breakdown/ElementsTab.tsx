// Tagged elements by category, in their breakdown colours; a row jumps to where the element first appears.
// The tag bar writes a tag for the script's selection ([[prop: …]] / [[道具：…]]).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, categoryLabel } from '../../core/breakdown';
import { episodesText } from '../../core/export/breakdown-report';
import type { ElementCategory, SeriesBreakdown } from '../../core/model/breakdown';
import type { JumpTarget } from './types';

/** Categories offered for tagging a selection (cast and extras come from cast lines and cues instead). */
const TAGGABLE = CATEGORIES.filter((c) => c.id !== 'cast' && c.id !== 'extras');

export interface ElementsTabProps {
  breakdown: SeriesBreakdown;
  uiLanguage: 'en' | 'zh-Hans' | 'zh-Hant';
  onJump: (target: JumpTarget) => void;
  /** Tags the script's selection; resolves to what happened, for the panel to say. */
  onTag: (category: ElementCategory) => void;
  tagMessage: string | null;
}

export function ElementsTab({ breakdown, uiLanguage, onJump, onTag, tagMessage }: ElementsTabProps) {
  const { t } = useTranslation('breakdown');
  const groups = useMemo(() => CATEGORIES.map((c) => ({ info: c, items: breakdown.elements.filter((e) => e.category === c.id) })).filter((g) => g.items.length > 0), [breakdown]);
  return (
    <div className="bd-elements">
      <div className="bd-tagbar" role="group" aria-label={t('tag.title')}>
        <span className="bd-tagbar-title">{t('tag.title')}</span>
        {TAGGABLE.map((c) => (
          <button
            key={c.id}
            type="button"
            className="bd-chip"
            data-category={c.id}
            style={{ borderColor: c.color }}
            // Keep the editor's selection: the button must not take the focus on mouse down.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onTag(c.id)}
          >
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {categoryLabel(c.id, uiLanguage)}
          </button>
        ))}
        <p className="bd-note" aria-live="polite">{tagMessage ?? t('tag.hint')}</p>
      </div>
      {groups.length === 0 && <p className="bd-empty">{t('elementsEmpty')}</p>}
      {groups.map(({ info, items }) => (
        <section key={info.id} className="bd-group" data-group={info.id}>
          <h3>
            <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
            {categoryLabel(info.id, uiLanguage)} <span className="bd-muted">{items.length}</span>
          </h3>
          <table className="bd-table">
            <tbody>
              {items.map((e) => (
                <tr key={e.name} className="bd-row" tabIndex={0} data-element={e.name} onClick={() => onJump({ file: e.first.file, line: e.first.line })} onKeyDown={(ev) => ev.key === 'Enter' && onJump({ file: e.first.file, line: e.first.line })}>
                  <td>{e.name}</td>
                  <td className="num">{e.scenes}</td>
                  <td>{episodesText(e.episodes)}</td>
                  <td>{e.first.scene}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
