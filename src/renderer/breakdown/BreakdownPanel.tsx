// The breakdown panel beside the editor: the open script (or the whole open series) broken down into
// scenes, cast, sets and elements, following the editor's snapshots (taken when typing pauses) through the
// incremental engine; rows jump to the script; the sets tab fixes locations to sets in the project file;
// the elements tab tags the editor's selection.
import * as OpenCC from 'opencc-js/t2cn';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLabel, type SeriesDocument } from '../../core/breakdown';
import { setMatcher } from '../../core/breakdown/sets';
import { keyMaker } from '../../core/breakdown/names';
import type { ElementCategory } from '../../core/model/breakdown';
import type { PanelProps } from '../panels';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { BreakdownView } from './BreakdownView';
import { BreakdownExport } from './BreakdownExport';
import { BreakdownEngine } from './model';
import { useProject } from './project';
import { problemText } from '../notices/error-text';
import { tagSelection } from './tag-command';
import type { JumpTarget } from './types';
import './breakdown.css';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

type UiLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export function BreakdownPanel({ active }: PanelProps) {
  const { t, i18n } = useTranslation('breakdown');
  const workspace = useWorkspace();
  const { doc, series } = useWorkspaceSnapshot();
  const snapshot = useEditorSnapshot();
  const script = snapshot?.script ?? null;
  const engine = useRef(new BreakdownEngine(toSimplified));
  const project = useProject(workspace.api, doc, series, script?.language ?? null);
  const [tagMessage, setTagMessage] = useState<string | null>(null);
  const uiLanguage: UiLanguage = (['en', 'zh-Hans', 'zh-Hant'] as const).find((l) => l === i18n.resolvedLanguage) ?? 'en';

  // The open script, or every read episode of the open series with the open one as the editor has it.
  const docs = useMemo((): SeriesDocument[] => {
    if (!script) return [];
    const own = { name: doc?.path ?? doc?.name ?? '', script };
    if (!series || !doc?.path) return [own];
    return series.episodes.flatMap((e) => {
      if (e.path === doc.path) return [own];
      const read = workspace.library.get(e.path);
      return read ? [{ name: e.path, script: read.script }] : [];
    });
  }, [script, doc, series, workspace]);

  const breakdown = useMemo(() => {
    if (!active || docs.length === 0) return null;
    return engine.current.compute(docs, project.project);
  }, [active, docs, project.project]);

  // What the catalogue suggests for a location when the user's mapping is set aside.
  const suggestion = useMemo(() => {
    const matcher = setMatcher({ ...project.project, locations: [] }, keyMaker(toSimplified));
    return (location: string) => matcher.choose(location).set?.id ?? null;
  }, [project.project]);

  const onJump = useCallback(
    (target: JumpTarget) => {
      const own = doc?.path ?? doc?.name ?? '';
      if (target.file === own || !doc?.path) workspace.jumpToLine(target.line - 1);
      else void workspace.openPath(target.file, target.line - 1);
    },
    [doc, workspace],
  );

  const onTag = useCallback(
    (category: ElementCategory) => {
      const view = workspace.view;
      const language = script?.language ?? 'en';
      const traditional = uiLanguage === 'zh-Hant' || /hant|tw/i.test(script?.titlePage.find((e) => e.key.toLowerCase() === 'language')?.value ?? '');
      const label = categoryLabel(category, language === 'zh' ? (traditional ? 'zh-Hant' : 'zh-Hans') : 'en');
      const ok = view && tagSelection(category, language, traditional, (r) => setTagMessage(t('tag.done', { name: r.name, category: label })))(view.state, view.dispatch);
      if (!ok) setTagMessage(t('tag.noSelection'));
      view?.focus();
    },
    [workspace, script, uiLanguage, t],
  );

  if (!active) return null;
  if (!breakdown) return <p className="bd-empty">{t('computing')}</p>;
  const status = project.status;
  const conflict = project.problem?.code === 'changed-on-disk';
  // The problem in the UI's language when the API gave it a code.
  const failed = project.saveError && t('sets.saveFailed', { message: project.problem ? problemText(project.problem, t, uiLanguage) : project.saveError });
  const note = conflict ? (
    // Another program changed the project file: nothing was saved; the user chooses which version wins.
    <span role="alert" data-testid="project-conflict">
      {failed}{' '}
      <button type="button" className="tool" data-action="reload" onClick={project.reload}>
        {t('sets.reload')}
      </button>{' '}
      <button type="button" className="tool" data-action="overwrite" onClick={project.overwrite}>
        {t('sets.overwrite')}
      </button>
    </span>
  ) : project.saveError
    ? failed
    : project.saved
      ? t('sets.saved', { name: project.saved.replace(/^.*[\\/]/, '') })
      : status.kind === 'sample'
        ? t('sets.readOnly')
        : status.kind === 'new'
          ? t('sets.noProject', { name: status.path.replace(/^.*[\\/]/, '') })
          : status.kind === 'unsaved'
            ? t('sets.unsaved')
            : status.kind === 'error'
              ? status.problem
                ? problemText(status.problem, t, uiLanguage)
                : status.message
              : null;
  return (
    <BreakdownView
      breakdown={breakdown}
      project={project.project}
      suggestion={suggestion}
      note={note}
      uiLanguage={uiLanguage}
      onJump={onJump}
      onMap={project.map}
      onTag={onTag}
      tagMessage={tagMessage}
      actions={<BreakdownExport project={project.project} />}
    />
  );
}
