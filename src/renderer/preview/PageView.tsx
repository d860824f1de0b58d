// One printed page as SVG, drawn from the same laid-out page the PDF writer draws: every run at its x and
// baseline, in Courier Prime (Latin) or the system's CJK font, stretched to its measured width so the page
// looks as it prints even where a fallback font is wider or narrower. Script text goes in as text nodes.
import { memo } from 'react';
import type { LayoutLine, LayoutPage, LayoutRun, PrintProfile } from '../../core/model/layout';

const LATIN_FONT = "'Courier Prime', 'Courier New', Courier, monospace";
const CJK_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans TC', sans-serif";
/** Taiwan pages: Traditional glyph shapes and centred punctuation, as the PDF draws them. */
const CJK_FONT_TW = "'Noto Sans TC', 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans SC', sans-serif";

function Run({ run, line, cjkFont }: { run: LayoutRun; line: LayoutLine; cjkFont: string }) {
  const bold = line.bold || run.styles.includes('bold');
  const italic = run.styles.includes('italic');
  const chars = Array.from(run.text).length;
  return (
    <text
      x={run.x}
      y={line.y}
      fontFamily={run.script === 'cjk' ? cjkFont : LATIN_FONT}
      fontWeight={bold ? 700 : 400}
      fontStyle={italic ? 'italic' : 'normal'}
      textDecoration={run.styles.includes('underline') ? 'underline' : undefined}
      className={run.note ? 'note' : undefined}
      {...(chars > 1 ? { textLength: run.width, lengthAdjust: 'spacingAndGlyphs' } : {})}
      xmlSpace="preserve"
    >
      {run.text}
    </text>
  );
}

export interface PageViewProps {
  page: LayoutPage;
  profile: PrintProfile;
  index: number;
  label: string;
  /** A click on a line with a source line: go there in the editor (0-based line). */
  onLine?: (line: number) => void;
}

export const PageView = memo(function PageView({ page, profile, index, label, onLine }: PageViewProps) {
  const cjkFont = profile.style === 'zh-taiwan' ? CJK_FONT_TW : CJK_FONT;
  return (
    <figure className="preview-page" data-page={index + 1} data-kind={page.kind}>
      <svg viewBox={`0 0 ${profile.pageWidth} ${profile.pageHeight}`} role="img" aria-label={label} fontSize={profile.fontSize}>
        <rect className="paper" x={0} y={0} width={profile.pageWidth} height={profile.pageHeight} />
        {page.lines.map((line, k) => (
          <g
            key={k}
            data-kind={line.kind}
            data-line={line.sourceLine ?? undefined}
            onClick={line.sourceLine !== null && onLine ? () => onLine((line.sourceLine as number) - 1) : undefined}
          >
            {line.runs.map((run, r) => (
              <Run key={r} run={run} line={line} cjkFont={cjkFont} />
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
});
