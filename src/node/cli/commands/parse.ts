// `shotline parse FILE [--json]`: what the parser reads in a script.
import type { Element } from '../../../core/model/script';
import { EXIT, type Command } from '../command';
import { scriptJson } from '../script-json';
import { LANGUAGE_OPTION, languageOption, loadScript } from './load';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'show the elements the parser reads in a script (scene headings, speakers, dialogue ...)',
  usage: 'FILE',
  positionals: [1, 1],
  options: {
    json: { type: 'boolean', help: 'print JSON: language, title page and every element with its source position' },
    language: LANGUAGE_OPTION,
  },
  details: [
    'Examples:',
    '  shotline parse episode01.fountain',
    '  shotline parse episode01.fountain --json > episode01.json',
  ].join('\n'),
  async run({ args, options, io }) {
    const { file, script } = await loadScript(args[0], io, languageOption(options.language));
    if (options.json) {
      io.stdout.write(`${JSON.stringify(scriptJson(script, file), null, 2)}\n`);
      return EXIT.OK;
    }
    const how = { title: 'from the title page', detected: 'detected', default: 'default', option: 'as asked' }[script.languageSource] ?? script.languageSource;
    const scenes = script.elements.filter((e) => e.type === 'scene_heading').length;
    io.stdout.write(
      `${args[0]}: ${script.language === 'zh' ? 'Chinese' : 'English'} (${how}), ${file.encoding}${file.bom ? ' with BOM' : ''}, ` +
        `${script.lines.length} lines, ${scenes} scenes, ${script.elements.length} elements\n`,
    );
    for (const entry of script.titlePage) io.stdout.write(`  ${entry.key}: ${entry.value.replace(/\n/g, ' / ')}\n`);
    const width = String(script.lines.length).length;
    for (const el of script.elements) io.stdout.write(`${String(el.range.start.line).padStart(width)}  ${el.type.padEnd(15)} ${summary(el)}\n`);
    return EXIT.OK;
  },
};

function summary(el: Element): string {
  const text = el.text.split('\n')[0] + (el.text.includes('\n') ? ' …' : '');
  switch (el.type) {
    case 'scene_heading': {
      const parts = [el.number && `#${el.number}`, el.intExt, el.location && `«${el.location}»`, el.time].filter(Boolean);
      return `${text}   [${parts.join(' ')}]`;
    }
    case 'character':
      return `${el.name}${el.extension ? ` (${el.extension})` : ''}${el.dual ? ' ^' : ''}`;
    case 'episode':
      return `${text}   [episode ${el.number ?? '?'}]`;
    default:
      return text;
  }
}
