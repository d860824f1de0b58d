// screenplain's HTML: a flat list of blocks. `<h1>`..`<h5>` sections, `<span class="hN-synopsis">`
// synopses, `<h6>` scene headings (scene numbers in `<span class="scnuml">` / `scnumr`), `<div class="action">`
// with one `<p>` per paragraph (`action centered` for centered text), `<div class="dialog">` with
// `<p class="character">`, `<p class="parenthetical">` and `<p>` dialogue lines, `<div class="dual">` with
// `left` / `right` halves, `<div class="transition">`, and `page-break` as a class on the block after a
// page break. `<br/>` is a line break, `<em>`/`<strong>`/`<u>` are emphasis (dropped), entities are decoded.
// Notes and boneyard never reach the HTML. The title page is not in the HTML.
import { decodeEntities, type NormEl, type NormType } from '../normalise';
import { formatHeading, formatSection } from './ours';

interface Open {
  tag: string;
  /** What the text inside becomes when the tag closes: an element, the heading's number, or nothing. */
  role?: 'element' | 'number' | 'discard';
  /** The element type, and how its text is finished when the tag closes. */
  type?: NormType;
  finish?: (text: string) => string;
  text: string;
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)\/?>|([^<]+)/g;

function classesOf(attrs: string): string[] {
  const m = /class\s*=\s*"([^"]*)"/.exec(attrs);
  return m ? m[1].split(/\s+/).filter(Boolean) : [];
}

/** The part of a page that holds the screenplay: inside `#wrapper` when present, else the whole fragment. */
function screenplayPart(html: string): string {
  const start = html.indexOf('<div id="wrapper"');
  if (start < 0) return html;
  const bodyEnd = html.lastIndexOf('</body>');
  return html.slice(html.indexOf('>', start) + 1, bodyEnd < 0 ? undefined : bodyEnd);
}

export function readScreenplain(html: string): NormEl[] {
  const out: NormEl[] = [];
  const stack: Open[] = [];
  let headingNumber: string | null = null;
  let block: 'action' | 'centered' | 'dialog' | 'other' = 'other';
  let dualRight = false;

  const target = () => [...stack].reverse().find((o) => o.role !== undefined);

  for (const m of screenplayPart(html).matchAll(TOKEN)) {
    const [whole, closing, rawTag, attrs, text] = m;
    if (whole.startsWith('<!--')) continue;
    if (text !== undefined) {
      const into = target();
      if (into && into.role !== 'discard') into.text += decodeEntities(text.replace(/\r?\n/g, ''));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'br') {
      const into = target();
      if (into && into.role === 'element') into.text += '\n';
      continue;
    }
    if (closing) {
      const index = stack.map((o) => o.tag).lastIndexOf(tag);
      if (index < 0) continue;
      const [open] = stack.splice(index);
      if (open.role === 'number') headingNumber = open.text.trim();
      if (open.role === 'element') out.push({ type: open.type!, text: open.finish ? open.finish(open.text) : open.text });
      if (tag === 'div' && stack.every((o) => o.tag !== 'div')) block = 'other';
      continue;
    }
    const classes = classesOf(attrs);
    const open: Open = { tag, text: '' };
    const element = (type: NormType, finish?: (t: string) => string) => Object.assign(open, { role: 'element', type, finish });
    if (classes.includes('page-break')) out.push({ type: 'page_break', text: '' });
    const heading = /^h([1-6])$/.exec(tag);
    if (heading && heading[1] === '6') {
      headingNumber = null;
      element('scene_heading', (t) => formatHeading(t.trim(), headingNumber));
    } else if (heading) {
      element('section', (t) => formatSection(t, Number(heading[1])));
    } else if (tag === 'span' && classes.some((c) => /^h\d-synopsis$/.test(c))) {
      element('synopsis');
    } else if (tag === 'span' && classes.includes('scnuml')) {
      open.role = 'number';
    } else if (tag === 'span' && classes.includes('scnumr')) {
      open.role = 'discard';
    } else if (tag === 'div' && classes.includes('transition')) {
      element('transition');
    } else if (tag === 'div' && classes.includes('action')) {
      block = classes.includes('centered') ? 'centered' : 'action';
    } else if (tag === 'div' && (classes.includes('dialog') || classes.includes('dual'))) {
      block = 'dialog';
      dualRight = false;
    } else if (tag === 'div' && classes.includes('right')) {
      dualRight = true;
    } else if (tag === 'p' && block === 'dialog') {
      if (classes.includes('character')) element('character', (t) => (dualRight ? `${t.trim()} ^` : t));
      else element(classes.includes('parenthetical') ? 'parenthetical' : 'dialogue');
    } else if (tag === 'p') {
      element(block === 'centered' ? 'centered' : 'action');
    }
    stack.push(open);
  }
  return out;
}
