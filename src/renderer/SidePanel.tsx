// The side-panel area: a tab per registered panel (panels.ts); the chosen tab is remembered.
import { useTranslation } from 'react-i18next';
import { PANELS } from './panels';
import { updateSettings, useSettings } from './settings/settings';

export function SidePanel() {
  const { t } = useTranslation();
  const { panel } = useSettings();
  const active = PANELS.find((p) => p.id === panel) ?? PANELS[0];
  if (!active) return null;
  return (
    <aside className="side-panel" aria-label={t('sidePanel.label')}>
      <div className="tabs" role="tablist">
        {PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === active.id}
            aria-controls={`panel-${p.id}`}
            className="tab"
            onClick={() => updateSettings({ panel: p.id })}
          >
            {t(p.titleKey)}
          </button>
        ))}
      </div>
      {PANELS.map((p) => {
        const Panel = p.component;
        const shown = p.id === active.id;
        return (
          <div key={p.id} id={`panel-${p.id}`} role="tabpanel" aria-labelledby={`tab-${p.id}`} className="panel-body" hidden={!shown}>
            <Panel active={shown} />
          </div>
        );
      })}
    </aside>
  );
}
