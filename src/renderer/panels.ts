// The side panels: each is a tab of the side-panel area beside the page. A feature adds its panel with ONE
// line below: an id, the i18n key of its tab title ("<namespace>:<key>", strings in i18n/<lang>/<ns>.json)
// and its component (from the feature's own folder, e.g. src/renderer/breakdown/BreakdownPanel.tsx).
// A panel reads the open script with useEditorSnapshot() and the workspace with useWorkspace()
// (session/context.ts); `active` is false while another tab is shown (skip heavy work then).
import type { ComponentType } from 'react';
import { NavigatorPanel } from './navigator/NavigatorPanel';
import { PreviewPanel } from './preview/PreviewPanel';
import { BreakdownPanel } from './breakdown/BreakdownPanel';
import { ShotsPanel } from './shots/ShotsPanel';

export interface PanelProps {
  active: boolean;
}

export interface PanelDefinition {
  id: string;
  titleKey: string;
  component: ComponentType<PanelProps>;
}

export const PANELS: PanelDefinition[] = [
  { id: 'navigator', titleKey: 'navigator:title', component: NavigatorPanel },
  { id: 'preview', titleKey: 'preview:title', component: PreviewPanel },
  { id: 'breakdown', titleKey: 'breakdown:title', component: BreakdownPanel },
  { id: 'shots', titleKey: 'shots:title', component: ShotsPanel },
];
