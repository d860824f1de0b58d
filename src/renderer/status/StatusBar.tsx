// The status bar: the element at the caret, the line, words (or 字), pages and estimated screen time of the
// open script, its language and the zoom. Updated when typing pauses.
import { useTranslation } from 'react-i18next';
import { useEditorSnapshot, useWorkspaceSnapshot } from '../session/context';
import { pagesOf, secondsOf, wordsOf } from '../session/derived';
import { useSettings } from '../settings/settings';
import { formatDuration } from './format';

export function StatusBar() {
  const { t } = useTranslation();
  const snapshot = useEditorSnapshot();
  const { doc } = useWorkspaceSnapshot();
  const { zoom } = useSettings();
  const name = (
    <span className="doc-name" data-testid="doc-name" title={doc?.path ?? undefined}>
      {doc ? (snapshot?.dirty ? t('toolbar.edited', { name: doc.name }) : doc.name) : t('toolbar.loading')}
    </span>
  );
  if (!snapshot) return <footer className="status">{name}</footer>;
  const { script, caretLine } = snapshot;
  const line = Math.min(caretLine, script.lines.length - 1);
  const type = script.lines[line].type;
  const words = wordsOf(script);
  const zh = script.language === 'zh';
  return (
    <footer className="status" aria-live="polite">
      {name}
      <span data-testid="status-type" data-type={type}>{t(`lineType.${type}`)}</span>
      <span data-testid="status-line">{t('status.line', { line: line + 1, lines: script.lines.length })}</span>
      <span className="right">
        <span data-testid="status-words">{zh ? t('status.han', { count: words.han }) : t('status.words', { count: words.words })}</span>
        <span data-testid="status-pages">{t('status.pages', { count: pagesOf(script).pages })}</span>
        <span data-testid="status-duration" title={t(zh ? 'status.durationHintZh' : 'status.durationHintEn')}>
          {t('status.duration', { duration: formatDuration(secondsOf(script)) })}
        </span>
        <span>{t(zh ? 'status.languageZh' : 'status.languageEn')}</span>
        <span>{t('toolbar.zoom', { percent: Math.round(zoom * 100) })}</span>
      </span>
    </footer>
  );
}
