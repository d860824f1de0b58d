// Messages above the page: an error (in the UI's language when the API gave it a code), the offer to restore
// unsaved work of an earlier run, and a change to the open file by another program.
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { noticeText } from './error-text';

function when(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language);
}

export function Notices() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const { error, recovery, external } = useWorkspaceSnapshot();
  return (
    <>
      {error !== null && (
        <div className="error" role="alert">
          <span>{noticeText(error, t, i18n.resolvedLanguage ?? i18n.language)}</span>
          <button type="button" className="close" onClick={() => workspace.dismissError()} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      )}
      {recovery && (
        <div className="banner" role="alertdialog" aria-label={t('recovery.title')} data-testid="recovery-offer">
          <span>
            {t('recovery.offer', { name: recovery.name, time: when(recovery.time, i18n.language), count: recovery.length })}
            {recovery.preview && <em className="preview"> {recovery.preview}</em>}
          </span>
          <span className="actions">
            <button type="button" className="tool" onClick={() => void workspace.restoreRecovery()} data-testid="recovery-restore">
              {t('recovery.restore')}
            </button>
            <button type="button" className="tool" onClick={() => void workspace.discardRecovery()} data-testid="recovery-discard">
              {t('recovery.discard')}
            </button>
          </span>
        </div>
      )}
      {external && (
        <div className="banner" role="alertdialog" aria-label={t('external.title')} data-testid="external-change">
          <span>{t(external.state === 'deleted' ? 'external.deleted' : 'external.changed', { name: external.name })}</span>
          <span className="actions">
            {external.state === 'changed' && (
              <button type="button" className="tool" onClick={() => void workspace.reloadFromDisk()}>
                {t('external.reload')}
              </button>
            )}
            <button type="button" className="tool" onClick={() => void workspace.keepMine()}>
              {t(external.state === 'deleted' ? 'external.saveAgain' : 'external.keepMine')}
            </button>
          </span>
        </div>
      )}
    </>
  );
}
