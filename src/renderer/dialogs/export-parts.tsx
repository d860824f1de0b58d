// The parts the export dialogs share (screenplay PDF, breakdown reports, shot lists): the list of warnings
// under a result, the failure line, and the Close / Export buttons. Labels come in already translated.

/** What did not print or export as written, folded under a count. */
export function WarningList({ summary, items, open }: { summary: string; items: readonly string[]; open?: boolean }) {
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
