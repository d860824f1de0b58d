// The find and replace bar: query and options, the count, next/previous, replace and replace all, in the
// open script or (with a series folder open) in every episode of the series.
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { currentPlatform, withShortcut } from '../shortcuts';
import { findNext, findState, replaceAll, replaceCurrent, selectCurrent, setQuery } from './find-plugin';
import { compileQuery } from './search';
import type { FindQuery } from './search';
import { SeriesResults } from './SeriesResults';
import { replaceInSeries } from './series-search';

export interface FindBarHandle {
  focus(mode: 'find' | 'replace'): void;
  next(direction: 1 | -1): void;
}

export interface FindBarProps {
  mode: 'find' | 'replace';
  onMode(mode: 'find' | 'replace'): void;
  onClose(): void;
  ref?: Ref<FindBarHandle>;
}

const platform = currentPlatform();

export function FindBar({ mode, onMode, onClose, ref }: FindBarProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { series, doc } = useWorkspaceSnapshot();
  const snapshot = useEditorSnapshot();
  const [query, setQueryText] = useState<FindQuery>({ text: '', caseSensitive: false, wholeWord: false, regex: false });
  const [replacement, setReplacement] = useState('');
  const [scope, setScope] = useState<'file' | 'series'>('file');
  const [report, setReport] = useState<string | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const inSeries = scope === 'series' && series !== null;

  const withView = (fn: (view: NonNullable<typeof workspace.view>) => void) => {
    const view = workspace.view;
    if (view) fn(view);
    workspace.store.publish();
  };
  const next = (direction: 1 | -1) => withView((view) => findNext(direction)(view.state, view.dispatch));

  useImperativeHandle(ref, () => ({
    focus(m) {
      onMode(m);
      const input = m === 'replace' && query.text ? replaceInput.current : findInput.current;
      const selected = workspace.view?.state.selection;
      if (selected && !selected.empty && m === 'find') {
        const text = workspace.view!.state.doc.textBetween(selected.from, selected.to, '\n');
        if (text && !text.includes('\n')) setQueryText((q) => ({ ...q, text }));
      }
      requestAnimationFrame(() => input?.select());
    },
    next,
  }));

  // The query goes to the editor shortly after the writer stops typing it.
  useEffect(() => {
    const timer = setTimeout(
      () =>
        withView((view) => {
          setQuery(query.text ? query : null)(view.state, view.dispatch);
          // Like other editors: the first match after the caret is selected as the query is typed.
          selectCurrent(view.state, view.dispatch);
        }),
      120,
    );
    return () => clearTimeout(timer);
    // Sent again when another document is loaded (its editor starts without a query).
  }, [query, doc?.key, workspace]);

  // Closing the bar clears the matches.
  useEffect(
    () => () => {
      const view = workspace.view;
      if (view) setQuery(null)(view.state, view.dispatch);
    },
    [workspace],
  );

  const state = snapshot ? findState(snapshot.state) : null;
  const compiled = compileQuery(query);
  const count = state?.matches.length ?? 0;
  const status = !query.text
    ? ''
    : compiled?.error
      ? t('find.invalid')
      : count === 0
        ? t('find.none')
        : t('find.count', { current: (state?.current ?? -1) + 1, count });

  const replaceOne = () => withView((view) => {
    replaceCurrent(replacement)(view.state, view.dispatch);
    findNext(1)(view.state, view.dispatch);
  });
  const replaceEverything = async () => {
    if (inSeries) {
      if (!compiled?.re || !window.confirm(t('find.confirmSeries'))) return;
      const result = await replaceInSeries(workspace, compiled.re, replacement, query.regex);
      setReport([t('find.replacedSeries', { count: result.count, files: result.files }), ...result.failed].join('\n'));
      workspace.store.publish();
      return;
    }
    withView((view) => replaceAll(replacement, (n) => setReport(t('find.replaced', { count: n })))(view.state, view.dispatch));
  };

  const onKey = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      workspace.view?.focus();
    } else if (event.key === 'Enter' && event.currentTarget === findInput.current) {
      event.preventDefault();
      next(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Enter' && event.currentTarget === replaceInput.current) {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) void replaceEverything();
      else replaceOne();
    }
  };
  const option = (key: 'caseSensitive' | 'wholeWord' | 'regex', label: string, text: string) => (
    <button type="button" className="tool option" aria-pressed={query[key]} title={label} aria-label={label} onClick={() => setQueryText((q) => ({ ...q, [key]: !q[key] }))}>
      {text}
    </button>
  );

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <div className="find-row">
        <input ref={findInput} className="find-input" type="search" placeholder={t('find.placeholder')} aria-label={t('find.placeholder')} value={query.text} onChange={(e) => setQueryText((q) => ({ ...q, text: e.target.value }))} onKeyDown={onKey} autoFocus data-testid="find-input" />
        {option('caseSensitive', t('find.caseSensitive'), 'Aa')}
        {option('wholeWord', t('find.wholeWord'), 'ab')}
        {option('regex', t('find.regex'), '.*')}
        <span className="find-status" aria-live="polite" data-testid="find-status">{status}</span>
        <button type="button" className="tool" title={withShortcut(t('find.previous'), 'find-previous', platform)} aria-label={t('find.previous')} onClick={() => next(-1)}>↑</button>
        <button type="button" className="tool" title={withShortcut(t('find.next'), 'find-next', platform)} aria-label={t('find.next')} onClick={() => next(1)}>↓</button>
        {series && (
          <select aria-label={t('find.scope')} value={scope} onChange={(e) => setScope(e.target.value as 'file' | 'series')} data-testid="find-scope">
            <option value="file">{t('find.inFile')}</option>
            <option value="series">{t('find.inSeries')}</option>
          </select>
        )}
        <button type="button" className="tool" aria-pressed={mode === 'replace'} title={withShortcut(t('command.replace'), 'replace', platform)} onClick={() => onMode(mode === 'replace' ? 'find' : 'replace')}>
          {t('find.toggleReplace')}
        </button>
        <button type="button" className="tool close" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>×</button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <input ref={replaceInput} className="find-input" type="text" placeholder={t('find.replacement')} aria-label={t('find.replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} onKeyDown={onKey} data-testid="replace-input" />
          <button type="button" className="tool" onClick={replaceOne} disabled={inSeries || count === 0} data-testid="replace-one">{t('find.replaceOne')}</button>
          <button type="button" className="tool" onClick={() => void replaceEverything()} disabled={!compiled?.re} data-testid="replace-all">
            {inSeries ? t('find.replaceAllSeries') : t('find.replaceAll')}
          </button>
          {report && <span className="find-status" data-testid="replace-report">{report}</span>}
        </div>
      )}
      {inSeries && compiled?.re && <SeriesResults re={compiled.re} />}
    </div>
  );
}
