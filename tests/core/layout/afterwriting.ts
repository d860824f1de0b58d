// afterwriting (npm `afterwriting`, the PDF peer) run in-process through its own module loader: its parser and
// its line breaker (liner) with its US Letter print profile, the steps its CLI takes before drawing the PDF.
// The page count is the number of page breaks it inserts plus one (its PDF adds the title page when the script
// has one; tests check that against its CLI on two scripts). Test support only: nothing of it is shipped.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const AFTERWRITING_DIR = join(require.resolve('afterwriting/package.json'), '..');

interface AwLine {
  type: string;
  start?: number;
}
interface Aw {
  parse(text: string): { tokens: unknown[]; title: boolean };
  line(tokens: unknown[]): AwLine[];
}

let aw: Aw | null = null;

function load(): Aw {
  if (aw) return aw;
  (globalThis as { window?: unknown }).window = undefined;
  const awrequire = require(join(AFTERWRITING_DIR, 'js/client/awrequire.js')) as ((name: string) => unknown) & { config(c: unknown): void };
  awrequire.config({ map: { modernizr: {} }, use_node_require: ['jquery', 'fs', 'd3', 'pdfkit', 'aw-parser', 'protoplast', 'lodash'] });
  const parser = awrequire('aw-parser') as { parser: { parse(text: string, cfg: unknown): { tokens: unknown[]; title_page: unknown[] } }; helpers: unknown };
  const Liner = awrequire('utils/liner') as new (helpers: unknown) => { line(tokens: unknown[], cfg: unknown): AwLine[] };
  const profiles = awrequire('utils/print-profiles') as Record<string, unknown>;
  const settings = {
    print_headers: true,
    print_actions: true,
    print_dialogues: true,
    print_notes: false,
    print_sections: false,
    print_synopsis: false,
    each_scene_on_new_page: false,
    double_space_between_scenes: false,
    use_dual_dialogue: true,
    merge_multiple_empty_lines: true,
  };
  aw = {
    parse(text) {
      const parsed = parser.parser.parse(text, settings);
      return { tokens: parsed.tokens, title: parsed.title_page.length > 0 };
    },
    line(tokens) {
      return new Liner(parser.helpers).line(tokens, { print: profiles.usletter, text_more: '(MORE)', text_contd: "(CONT'D)", split_dialogue: true });
    },
  };
  return aw;
}

/** afterwriting's body pages (title page not counted) on US Letter, and whether it prints a title page. */
export function afterwritingPages(text: string): { pages: number; title: boolean } {
  const a = load();
  const parsed = a.parse(text);
  const lines = a.line(parsed.tokens);
  return { pages: lines.filter((l) => l.type === 'page_break').length + 1, title: parsed.title };
}

/** Runs afterwriting's own CLI (awc.js) to write a PDF; resolves when it is done. */
export function afterwritingCliArgs(source: string, pdf: string, config: string): string[] {
  return [join(AFTERWRITING_DIR, 'awc.js'), '--source', source, '--pdf', pdf, '--config', config, '--overwrite'];
}
