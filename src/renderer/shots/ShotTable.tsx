// The shot table: a grid edited from the keyboard (arrows, Tab, Enter or typing to edit, Escape), rows
// selected with click, Shift and Ctrl/Cmd, reordered by dragging, a band per scene. Script text is shown as
// text only.
//
// The keyboard goes to one text input that sits over the focused cell: invisible while moving around, it
// becomes the cell's editor as soon as something is typed into it. So typing to edit works with input
// methods too (Chinese, Japanese), whose composition must start in an editable element.
import { useEffect, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shot } from '../../core/model/shots';
import type { LabelLanguage, ShotScene } from '../../core/shots';
import { cellText, type ColumnDef, type ColumnKey, type Row } from './model';

export interface GridFocus {
  id: string;
  col: number;
}

export interface ShotTableProps {
  rows: Row[];
  columns: ColumnDef[];
  /** The few columns that fit the side panel: the table wraps instead of scrolling sideways. */
  compact: boolean;
  language: LabelLanguage;
  selection: ReadonlySet<string>;
  focus: GridFocus | null;
  /** The shot whose lines hold the caret. */
  linked: string | null;
  sceneTitle(scene: ShotScene): string;
  sceneDetail(scene: ShotScene): string;
  onFocus(id: string, col: number, mode: 'set' | 'extend' | 'toggle'): void;
  /** A typed value; false when it cannot be read (the cell keeps its value). */
  onEdit(shot: Shot, scene: ShotScene, key: ColumnKey, text: string): boolean;
  onCommand(command: 'delete' | 'duplicate' | 'add' | 'up' | 'down' | 'undo' | 'redo' | 'all' | 'clear'): void;
  onDrop(ids: string[], scene: ShotScene, index: number): void;
}

const DRAG_TYPE = 'application/x-shotline-shots';

interface Editing {
  id: string;
  col: number;
  text: string;
}

export function ShotTable(props: ShotTableProps) {
  const { t } = useTranslation('shots');
  const { rows, columns, focus, selection } = props;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [drop, setDrop] = useState<{ id: string; after: boolean } | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  const sink = useRef<HTMLInputElement>(null);
  const [box, setBox] = useState<{ top: number; left: number; width: number; height: number } | null>(null);
  const shotRows = rows.filter((r): r is Extract<Row, { kind: 'shot' }> => r.kind === 'shot');
  const cellId = (id: string, col: number) => `shot-cell-${id}-${col}`;

  useEffect(() => {
    if (focus) document.getElementById(cellId(focus.id, focus.col))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focus]);

  // The input sits over the focused cell.
  useLayoutEffect(() => {
    const cell = focus ? document.getElementById(cellId(focus.id, focus.col)) : null;
    const outer = grid.current;
    if (!cell || !outer) return setBox(null);
    const c = cell.getBoundingClientRect();
    const o = outer.getBoundingClientRect();
    const next = { top: c.top - o.top + outer.scrollTop, left: c.left - o.left + outer.scrollLeft, width: c.width, height: c.height };
    setBox((b) => (b && b.top === next.top && b.left === next.left && b.width === next.width && b.height === next.height ? b : next));
  });

  const rowIndex = focus ? shotRows.findIndex((r) => r.shot.id === focus.id) : -1;
  const move = (dRow: number, dCol: number, extend = false) => {
    if (shotRows.length === 0) return;
    if (rowIndex < 0) return props.onFocus(shotRows[0].shot.id, 0, 'set');
    let r = rowIndex;
    let c = (focus?.col ?? 0) + dCol;
    if (c >= columns.length) {
      c = 0;
      r++;
    } else if (c < 0) {
      c = columns.length - 1;
      r--;
    }
    r = Math.max(0, Math.min(shotRows.length - 1, r + dRow));
    props.onFocus(shotRows[r].shot.id, c, extend ? 'extend' : 'set');
  };

  const startEdit = (text?: string) => {
    if (rowIndex < 0 || !focus) return;
    const shot = shotRows[rowIndex].shot;
    setEditing({ id: shot.id, col: focus.col, text: text ?? cellText(shot, columns[focus.col].key, props.language) });
    if (text === undefined) requestAnimationFrame(() => sink.current?.select());
  };

  /** Ends the edit under way, keeping the focus in the grid unless it is leaving (`keepFocus` false). */
  const commit = (then?: () => void, keepFocus = true): boolean => {
    if (!editing) return true;
    const row = shotRows.find((r) => r.shot.id === editing.id);
    const ok = !row || props.onEdit(row.shot, row.scene, columns[editing.col].key, editing.text);
    if (!ok) return false;
    setEditing(null);
    then?.();
    if (keepFocus) sink.current?.focus();
    return true;
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (editing) return onEditKey(e);
    const mod = e.ctrlKey || e.metaKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) return handled(), props.onCommand(e.key === 'ArrowUp' ? 'up' : 'down');
    switch (e.key) {
      case 'ArrowUp':
        return handled(), move(-1, 0, e.shiftKey);
      case 'ArrowDown':
        return handled(), move(1, 0, e.shiftKey);
      case 'ArrowLeft':
        return handled(), move(0, -1);
      case 'ArrowRight':
        return handled(), move(0, 1);
      case 'Tab':
        return handled(), move(0, e.shiftKey ? -1 : 1);
      case 'Home':
        return handled(), focus && props.onFocus(focus.id, 0, 'set');
      case 'End':
        return handled(), focus && props.onFocus(focus.id, columns.length - 1, 'set');
      case 'Enter':
        if (mod) return handled(), props.onCommand('add');
        return handled(), startEdit();
      case 'F2':
        return handled(), startEdit();
      case 'Delete':
      case 'Backspace':
        return handled(), props.onCommand('delete');
      case 'Escape':
        return handled(), props.onCommand('clear');
    }
    if (mod && !e.altKey) {
      const k = e.key.toLowerCase();
      if (k === 'd') return handled(), props.onCommand('duplicate');
      if (k === 'z') return handled(), props.onCommand(e.shiftKey ? 'redo' : 'undo');
      if (k === 'y') return handled(), props.onCommand('redo');
      if (k === 'a') return handled(), props.onCommand('all');
      return;
    }
    // Anything else typed goes into the input, which then becomes the cell's editor (onChange).
  };

  const onEditKey = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit(() => move(1, 0));
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit(() => move(0, e.shiftKey ? -1 : 1));
    }
  };

  const dragIds = (id: string) => (selection.has(id) ? shotRows.filter((r) => selection.has(r.shot.id)).map((r) => r.shot.id) : [id]);
  const onDragOver = (e: DragEvent<HTMLTableRowElement>, id: string) => {
    if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const box = e.currentTarget.getBoundingClientRect();
    setDrop({ id, after: e.clientY > box.top + box.height / 2 });
  };
  const onDrop = (e: DragEvent<HTMLTableRowElement>, row: Row) => {
    const data = e.dataTransfer.getData(DRAG_TYPE);
    const after = drop?.after ?? false;
    setDrop(null);
    if (!data) return;
    e.preventDefault();
    const ids = data.split('\n');
    if (row.kind === 'scene') return props.onDrop(ids, row.scene, 0);
    if (ids.includes(row.shot.id)) return;
    // Where the dragged shots go among the scene's other shots.
    const rest = shotRows.filter((r) => r.scene.id === row.scene.id && !ids.includes(r.shot.id)).map((r) => r.shot.id);
    props.onDrop(ids, row.scene, rest.indexOf(row.shot.id) + (after ? 1 : 0));
  };

  const active = focus ? cellId(focus.id, focus.col) : undefined;
  return (
    <div ref={grid} className={`shots-grid${props.compact ? ' compact' : ''}`} role="grid" aria-label={t('grid')}>
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`c-${c.key}`}>
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.kind === 'scene' ? (
              <tr key={`scene-${row.scene.id}`} data-band={row.scene.id} className="scene-band" onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()} onDrop={(e) => onDrop(e, row)}>
                <td colSpan={columns.length}>
                  <span className="band-title">{props.sceneTitle(row.scene)}</span>
                  <span className="band-detail">{props.sceneDetail(row.scene)}</span>
                </td>
              </tr>
            ) : (
              <tr
                key={row.shot.id}
                data-shot={row.shot.number}
                data-scene={row.scene.id}
                role="row"
                aria-selected={selection.has(row.shot.id)}
                className={[
                  'shot-row',
                  selection.has(row.shot.id) ? 'selected' : '',
                  props.linked === row.shot.id ? 'linked' : '',
                  row.shot.status === 'shot' ? 'done' : '',
                  drop?.id === row.shot.id ? (drop.after ? 'drop-after' : 'drop-before') : '',
                ].join(' ')}
                draggable={!editing}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, dragIds(row.shot.id).join('\n'));
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(e) => onDragOver(e, row.shot.id)}
                onDragLeave={() => setDrop(null)}
                onDrop={(e) => onDrop(e, row)}
              >
                {columns.map((c, col) => {
                  const id = cellId(row.shot.id, col);
                  return (
                    <td
                      key={c.key}
                      id={id}
                      role="gridcell"
                      data-col={c.key}
                      className={`c-${c.key} a-${c.align}${active === id ? ' focused' : ''}`}
                      onMouseDown={(e) => {
                        if (editing && !commit()) return;
                        props.onFocus(row.shot.id, col, e.shiftKey ? 'extend' : e.ctrlKey || e.metaKey ? 'toggle' : 'set');
                      }}
                      onClick={() => sink.current?.focus()}
                      onDoubleClick={() => {
                        setEditing({ id: row.shot.id, col, text: cellText(row.shot, c.key, props.language) });
                        sink.current?.focus();
                      }}
                    >
                      {cellText(row.shot, c.key, props.language)}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
      <input
        ref={sink}
        className={`cell-editor${editing ? ' editing' : ''}`}
        style={box ? { top: box.top, left: box.left, width: Math.max(box.width, 80), height: box.height } : { top: 0, left: 0 }}
        aria-label={focus ? t(columns[focus.col]?.label ?? '') : t('grid')}
        aria-activedescendant={editing ? undefined : active}
        value={editing?.text ?? ''}
        list={editing && focus && columns[focus.col]?.choices ? `shot-choices-${columns[focus.col].key}` : undefined}
        onChange={(e) => {
          if (editing) setEditing({ ...editing, text: e.target.value });
          else if (focus && rowIndex >= 0) setEditing({ id: focus.id, col: focus.col, text: e.target.value });
        }}
        onCompositionStart={() => {
          if (!editing && focus && rowIndex >= 0) setEditing({ id: focus.id, col: focus.col, text: '' });
        }}
        onKeyDown={onKey}
        onFocus={() => {
          if (!focus && shotRows.length) props.onFocus(shotRows[0].shot.id, 0, 'set');
        }}
        onBlur={() => {
          // The writer clicked elsewhere (the script): the edit is kept, and the focus goes where they clicked.
          if (editing && !commit(undefined, false)) setEditing(null);
        }}
      />
      {columns
        .filter((c) => c.choices)
        .map((c) => (
          <datalist key={c.key} id={`shot-choices-${c.key}`}>
            {c.choices!(props.language).map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        ))}
    </div>
  );
}
