// The status line: the script's language, its line count, and the type of the line at the cursor.
import type { EditorState } from 'prosemirror-state';
import type { Language, LineType, Script } from '../core/model/script';

export interface Status {
  language: Language;
  lines: number;
  /** 1-based line of the cursor, and its type. */
  line: number;
  type: LineType;
}

export function statusOf(state: EditorState, script: Script): Status {
  const index = state.selection.$head.index(0);
  const line = Math.min(index, script.lines.length - 1);
  return { language: script.language, lines: script.lines.length, line: line + 1, type: script.lines[line].type };
}

const TYPE_NAMES: Partial<Record<LineType, string>> = {
  scene_heading: 'Scene heading',
  page_break: 'Page break',
  cast_list: 'Cast list',
  flashback_start: 'Flashback start',
  flashback_end: 'Flashback end',
  title_page: 'Title page',
};

export function typeName(type: LineType): string {
  return TYPE_NAMES[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
}

export function StatusBar({ status }: { status: Status | null }) {
  if (!status) return <footer className="status" />;
  return (
    <footer className="status" aria-live="polite">
      <span data-testid="status-type" data-type={status.type}>{typeName(status.type)}</span>
      <span>
        Line {status.line} of {status.lines}
      </span>
      <span>{status.language === 'zh' ? '中文' : 'English'}</span>
    </footer>
  );
}
