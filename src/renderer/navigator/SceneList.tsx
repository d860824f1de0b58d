// The outline of one script: its sections, synopses and scenes (number, heading, estimated time), a click
// to jump, the caret's scene marked, and scenes that can be dragged to another place in the script.
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineItem, OutlineScene } from '../../core/outline';
import { formatDuration } from '../status/format';

export interface SceneListProps {
  items: OutlineItem[];
  current: OutlineScene | null;
  /** The line just past the episode: a scene dropped at the end of the list goes there. */
  endLine: number;
  onJump(line: number): void;
  /** Set when scenes may be dragged (the open script only). */
  onMove?(scene: OutlineScene, targetLine: number): void;
}

const DRAG_TYPE = 'application/x-shotline-scene';

/** The heading without its number when it starts with it (`1-1 夜 外 福安夜市` shows as `夜 外 福安夜市`). */
function headingText(scene: OutlineScene): string {
  const h = scene.heading.trim();
  if (!scene.written || !h.startsWith(scene.number)) return h;
  return h.slice(scene.number.length).replace(/^[.、．\s]+/, '') || h;
}

export function SceneList({ items, current, endLine, onJump, onMove }: SceneListProps) {
  const { t } = useTranslation('navigator');
  const [dragging, setDragging] = useState<OutlineScene | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const currentRow = useRef<HTMLLIElement>(null);

  useEffect(() => {
    currentRow.current?.scrollIntoView({ block: 'nearest' });
  }, [current?.line]);

  const dropProps = (line: number) =>
    onMove && dragging
      ? {
          onDragOver: (event: DragEvent) => {
            if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            setOver(line);
          },
          onDragLeave: () => setOver((o) => (o === line ? null : o)),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            setOver(null);
            if (dragging) onMove(dragging, line);
            setDragging(null);
          },
        }
      : {};

  return (
    <ol className="scene-list">
      {items.map((item) => {
        if (item.kind === 'section') {
          return (
            <li key={`s${item.line}`} className={`section depth-${Math.min(item.depth, 3)}`} {...dropProps(item.line)}>
              <button type="button" onClick={() => onJump(item.line)}>{item.title}</button>
            </li>
          );
        }
        if (item.kind === 'synopsis') {
          return (
            <li key={`y${item.line}`} className="synopsis">
              <button type="button" onClick={() => onJump(item.line)}>{item.text}</button>
            </li>
          );
        }
        const isCurrent = current?.line === item.line;
        return (
          <li
            key={`c${item.line}`}
            ref={isCurrent ? currentRow : undefined}
            className={`scene${isCurrent ? ' current' : ''}${over === item.line ? ' drop-before' : ''}`}
            aria-current={isCurrent ? 'location' : undefined}
            draggable={!!onMove}
            onDragStart={(event) => {
              event.dataTransfer.setData(DRAG_TYPE, String(item.line));
              event.dataTransfer.effectAllowed = 'move';
              setDragging(item);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            {...dropProps(item.line)}
            data-line={item.line}
          >
            <button type="button" onClick={() => onJump(item.line)} title={onMove ? t('dragHint') : undefined}>
              <span className={item.written ? 'number' : 'number assigned'}>{item.number}</span>
              <span className="heading">{headingText(item)}</span>
              <span className="duration" title={t('durationHint')}>{formatDuration(item.seconds)}</span>
            </button>
            {item.synopsis && <div className="scene-synopsis">{item.synopsis}</div>}
          </li>
        );
      })}
      {onMove && dragging && <li className={`drop-end${over === endLine ? ' drop-before' : ''}`} {...dropProps(endLine)} aria-hidden="true" />}
    </ol>
  );
}
