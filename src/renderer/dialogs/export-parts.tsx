// The parts the export dialogs share (screenplay PDF, breakdown reports, shot lists): the list of warnings
// under a result, the failure line, and the Close / Export buttons. Labels come in already translated;
// the writers' warnings are said in the interface's language here.
import { useTranslation } from 'react-i18next';
import type { ExportWarning } from '../../core/model/warning';
import { warningText } from './export-warning-text';

/** What did not print or export as written, folded under a count: the dialog's own notes, then the writers' warnings. */
export function WarningList({ summary, notes = [], warnings = [], open }: { summary: string; notes?: readonly string[]; warnings?: readonly ExportWarning[]; open?: boolean }) {
  const { t } = useTranslation();
  const items = [...notes, ...warnings.map((w) => warningText(w, t))];
  if (items.length === 0) return null;
  return (
    <details open={open}>
      <summary>{summary}</summary>
      <ul>
        {items.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </details>
  );
}

export function FailureLine({ text }: { text: string }) {
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

/** Close, and the dialog's action; both wait while the export runs. */
export function DialogButtons({ close, action, onClose, onAction, working }: { close: string; action: string; onClose: () => void; onAction: () => void; working: boolean }) {
  return (
    <div className="buttons">
      <button type="button" onClick={onClose} disabled={working}>
        {close}
      </button>
      <button type="button" className="primary" onClick={onAction} disabled={working}>
        {action}
      </button>
    </div>
  );
}
