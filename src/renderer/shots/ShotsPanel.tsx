// The shot-list panel beside the script: the shots of the scene at the caret, its episode or its set, edited
// in a keyboard grid (ShotTable), suggested in one action, saved beside the script as the director works.
// Selecting a shot paints the script lines it covers; moving the caret into covered lines marks the shot.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { createBreakdownCache, breakdownSeries } from '../../core/breakdown';
import type { Shot } from '../../core/model/shots';
import {
  absoluteLines, addShot, attachOrphan, deleteOrphan, deleteShots, duplicateShots, lockSceneNumbers, moveShots, patchShots, renumberShots,
  shotAtLine, shotScenes, shotsOf, suggestShots, withSceneShots, type LabelLanguage, type ResolvedShots, type ShotPatch, type ShotScene,
} from '../../core/shots';
import type { PanelProps } from '../panels';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { useProject } from '../breakdown/project';
import { lineBefore, lineNode } from '../editor/lines';
import { clearLines, paintLines } from './highlight';
import { columnsFor, rangeOf, readCell, rowsOf, sceneAtLine, scenesInView, type ColumnKey, type ViewMode } from './model';
import { ShotsStore } from './store';
import { ShotTable, type GridFocus } from './ShotTable';
import { BulkBar, Orphans, StatusLine, Toolbar } from './ShotsParts';
import { ShotsExport } from './ShotsExport';
import './shots.css';

const LANGS: readonly LabelLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

export function ShotsPanel({ active }: PanelProps) {
  const { t, i18n } = useTranslation('shots');
  const workspace = useWorkspace();
  const { doc, series } = useWorkspaceSnapshot();
  const snapshot = useEditorSnapshot();
  const script = snapshot?.script ?? null;
  const project = useProject(workspace.api, doc, series, script?.language ?? null);
  const store = useMemo(() => new ShotsStore(workspace.api), [workspace]);
  useEffect(() => () => void store.flush().finally(() => store.dispose()), [store]);
  useSyncExternalStore(store.subscribe, store.getVersion);
  const cache = useRef(createBreakdownCache());
  const ui: LabelLanguage = LANGS.find((l) => l === i18n.resolvedLanguage) ?? 'en';

  const [mode, setMode] = useState<ViewMode>('scene');
  const [allColumns, setAllColumns] = useState(false);
  const [focus, setFocus] = useState<GridFocus | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  // The open document's scenes, as the breakdown reads them (sets from the project).
  const name = doc?.path ?? doc?.name ?? '';
  const breakdown = useMemo(() => (active && script ? breakdownSeries([{ name, script }], { project: project.project, cache: cache.current }) : null), [active, script, name, project.project]);
  const scenes = useMemo(() => (breakdown && script ? shotScenes(script, name, breakdown) : []), [breakdown, script, name]);

  useEffect(() => {
    if (!doc || !script) return;
    store.open({ key: doc.path ?? doc.key, kind: doc.kind, path: doc.kind === 'file' ? doc.path : null, name: doc.name, language: script.language });
  }, [doc, script, store]);
  const key = doc ? (doc.path ?? doc.key) : '';
  const shots = store.get(key);
  // Another document: nothing of the last one stays selected.
  useEffect(() => {
    setSelection(new Set());
    setFocus(null);
    setAnchor(null);
    setMessage(null);
  }, [key]);
  const resolved: ResolvedShots | null = useMemo(() => (shots && scenes ? store.resolved(key, scenes) : null), [shots, scenes, store, key]);

  const caretLine = (snapshot?.caretLine ?? 0) + 1;
  // Before the first heading (the title page), the first scene.
  const current = sceneAtLine(scenes, caretLine) ?? scenes[0] ?? null;
  const inView = useMemo(() => scenesInView(scenes, current, mode), [scenes, current, mode]);
  const columns = columnsFor(allColumns);
  const rows = useMemo(() => rowsOf(inView, (s) => (resolved ? shotsOf(resolved, s.id) : []), mode !== 'scene'), [inView, resolved, mode]);
  const present = useMemo(() => new Set(rows.flatMap((r) => (r.kind === 'shot' ? [r.shot.id] : []))), [rows]);
  const chosen = useMemo(() => new Set([...selection].filter((id) => present.has(id))), [selection, present]);
  const linked = useMemo(() => (script && current && resolved ? (shotAtLine(script, current, shotsOf(resolved, current.id), caretLine)?.id ?? null) : null), [script, current, resolved, caretLine]);

  const edit = useCallback((change: (r: ResolvedShots) => ResolvedShots) => store.edit(key, scenes, change), [store, key, scenes]);
  const sceneOfShot = (id: string): ShotScene | null => rows.find((r) => r.kind === 'shot' && r.shot.id === id)?.scene ?? null;
  const selectedIds = () => (chosen.size ? [...chosen] : focus ? [focus.id] : []);
  const forScenes = (ids: readonly string[], change: (shots: Shot[], scene: ShotScene, mine: string[]) => Shot[]) =>
    edit((r) => {
      let next = r;
      for (const scene of inView) {
        const list = shotsOf(next, scene.id);
        const mine = list.filter((s) => ids.includes(s.id)).map((s) => s.id);
        if (mine.length) next = withSceneShots(next, scene, change(list, scene, mine));
      }
      return next;
    });

  // Selecting a shot paints its lines in the script.
  const focusedShot = focus ? rows.find((r) => r.kind === 'shot' && r.shot.id === focus.id) : undefined;
  useEffect(() => {
    if (!active || !script || !focusedShot || focusedShot.kind !== 'shot' || !focusedShot.shot.lines) return clearLines();
    const r = absoluteLines(script, focusedShot.scene, focusedShot.shot.lines);
    paintLines(workspace.view, r.from - 1, r.to - 1, true);
  }, [active, script, focusedShot, workspace]);
  useEffect(() => () => clearLines(), []);

  const onFocus = (id: string, col: number, how: 'set' | 'extend' | 'toggle') => {
    setFocus({ id, col });
    if (how === 'extend' && anchor) setSelection(new Set(rangeOf(rows, anchor, id)));
    else if (how === 'toggle') {
      const next = new Set(selection);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setSelection(next);
      setAnchor(id);
    } else {
      setSelection(new Set([id]));
      setAnchor(id);
    }
  };

  const onEdit = (shot: Shot, scene: ShotScene, col: ColumnKey, text: string): boolean => {
    const read = readCell(col, text);
    if (!read.ok) {
      setMessage(t('invalid', { value: text, what: t(columns.find((c) => c.key === col)?.label ?? '') }));
      return false;
    }
    setMessage(null);
    edit((r) => withSceneShots(r, scene, patchShots(shotsOf(r, scene.id), [shot.id], read.patch)));
    return true;
  };

  const add = () => {
    const scene = (focus && sceneOfShot(focus.id)) ?? current;
    if (!scene) return;
    let added: Shot | null = null;
    edit((r) => {
      const list = shotsOf(r, scene.id);
      const at = focus ? list.findIndex((s) => s.id === focus.id) : -1;
      const { shots: next, shot } = addShot(list, at >= 0 ? at : undefined);
      added = shot;
      return withSceneShots(r, scene, next);
    });
    if (added) onFocus((added as Shot).id, columns.findIndex((c) => c.key === 'size'), 'set');
  };

  const command = (c: 'delete' | 'duplicate' | 'add' | 'up' | 'down' | 'undo' | 'redo' | 'all' | 'clear' | 'renumber') => {
    const ids = selectedIds();
    setMessage(null);
    switch (c) {
      case 'add':
        return add();
      case 'delete': {
        const order = rows.flatMap((r) => (r.kind === 'shot' ? [r.shot.id] : []));
        const next = order.find((id, i) => i > order.indexOf(ids[ids.length - 1]) && !ids.includes(id)) ?? order.filter((id) => !ids.includes(id)).pop();
        forScenes(ids, (list, _s, mine) => deleteShots(list, mine));
        setSelection(new Set(next ? [next] : []));
        setFocus(next && focus ? { id: next, col: focus.col } : null);
        return;
      }
      case 'duplicate':
        return forScenes(ids, (list, _s, mine) => duplicateShots(list, mine).shots);
      case 'up':
      case 'down':
        return forScenes(ids, (list, _s, mine) => moveShots(list, mine, Math.max(0, list.findIndex((s) => s.id === mine[0]) + (c === 'up' ? -1 : 1))));
      case 'renumber':
        return edit((r) => inView.reduce((next, scene) => withSceneShots(next, scene, renumberShots(shotsOf(next, scene.id))), r));
      case 'undo':
        return void store.undo(key);
      case 'redo':
        return void store.redo(key);
      case 'all':
        return setSelection(new Set(rows.flatMap((r) => (r.kind === 'shot' ? [r.shot.id] : []))));
      case 'clear':
        return setSelection(new Set(focus ? [focus.id] : []));
    }
  };

  const suggest = () => {
    setMessage(null);
    if (!script || !breakdown || inView.length === 0) return;
    const empty = inView.filter((s) => !resolved || shotsOf(resolved, s.id).length === 0);
    const targets = empty.length ? empty : window.confirm(t('confirmReplace', { count: inView.length })) ? inView : [];
    if (!targets.length) return;
    const ids = new Set(targets.map((s) => s.id));
    const suggested = suggestShots([{ script, scenes }], breakdown, { language: breakdown.series.languageTag }, (s) => ids.has(s.id));
    edit((r) => targets.reduce((next, scene) => withSceneShots(next, scene, suggested[scene.id] ?? []), r));
    const count = Object.values(suggested).reduce((n, l) => n + l.length, 0);
    setMessage(t('suggested', { shots: count, scenes: targets.length }));
  };

  const bulk = (patch: ShotPatch) => forScenes([...chosen], (list, _s, mine) => patchShots(list, mine, patch));

  const onDrop = (ids: string[], scene: ShotScene, index: number) =>
    edit((r) => {
      const moving: Shot[] = [];
      let next = r;
      for (const s of inView) {
        const list = shotsOf(next, s.id);
        const mine = list.filter((x) => ids.includes(x.id));
        if (!mine.length || s.id === scene.id) continue;
        moving.push(...mine);
        next = withSceneShots(next, s, deleteShots(list, ids));
      }
      const target = shotsOf(next, scene.id);
      const joined = [...target, ...moving];
      return withSceneShots(next, scene, moveShots(joined, ids, index));
    });

  const lock = () => {
    const view = workspace.view;
    if (!view || !script) return;
    const result = lockSceneNumbers(script, scenes);
    if (result.locked.length === 0) return setMessage(t('lockedNone'));
    let tr = view.state.tr;
    for (const l of [...result.locked].sort((a, b) => b.line - a.line)) {
      const node = lineNode(tr.doc, l.line - 1);
      if (node.textContent.replace(/^\uFEFF/, '') !== l.before) continue;
      const start = lineBefore(tr.doc, l.line - 1) + 1;
      const bom = node.textContent.startsWith('\uFEFF') ? 1 : 0;
      tr = tr.insertText(l.after, start + bom, start + node.content.size);
    }
    view.dispatch(tr);
    setMessage(t('locked', { count: result.locked.length }));
  };

  if (!active) return null;
  if (!script || !doc) return <p className="shots-empty">{t('noScript')}</p>;
  const sceneSeconds = (s: ShotScene) => s.breakdown.seconds;
  const listed = (s: ShotScene) => (resolved ? shotsOf(resolved, s.id) : []);
  const summary = (s: ShotScene) => t('sceneSummary', { shots: listed(s).length, seconds: listed(s).reduce((n, x) => n + (x.seconds ?? 0), 0), sceneSeconds: sceneSeconds(s) });
  return (
    <div className="shots">
      <Toolbar mode={mode} onMode={setMode} allColumns={allColumns} onColumns={() => setAllColumns(!allColumns)} onSuggest={suggest} onAdd={add} onCommand={command} onLock={lock} onExport={() => setExporting(true)} canUndo={!!shots?.history.length} hasSelection={chosen.size > 0 || (!!focus && present.has(focus.id))} />
      <StatusLine shots={shots} onReload={() => void store.reload(key)} onOverwrite={() => void store.overwrite(key)} />
      {message && <p className="shots-message" role="status">{message}</p>}
      {chosen.size > 1 && <BulkBar count={chosen.size} language={ui} onPatch={bulk} />}
      {current && mode === 'scene' && (
        <p className="shots-scene">
          <strong>{`${current.number}  ${current.heading}`}</strong> <span>{summary(current)}</span>
        </p>
      )}
      {!current ? (
        <p className="shots-empty">{t('noScene')}</p>
      ) : rows.every((r) => r.kind === 'scene') ? (
        <p className="shots-empty">{t('empty')}</p>
      ) : (
        <ShotTable
          rows={rows}
          columns={columns}
          compact={!allColumns}
          language={ui}
          selection={chosen}
          focus={focus && present.has(focus.id) ? focus : null}
          linked={linked}
          sceneTitle={(s) => `${s.number}  ${s.heading}`}
          sceneDetail={summary}
          onFocus={onFocus}
          onEdit={onEdit}
          onCommand={command}
          onDrop={onDrop}
        />
      )}
      {resolved && resolved.orphans.length > 0 && (
        <Orphans orphans={resolved.orphans} current={current} onAttach={(i) => current && edit((r) => attachOrphan(r, i, current))} onDelete={(i) => edit((r) => deleteOrphan(r, i))} />
      )}
      <p className="shots-keys">{t('keys')}</p>
      {exporting && <ShotsExport store={store} project={project.project} onClose={() => setExporting(false)} />}
    </div>
  );
}
