// `shotline fountain FILE --strict [-o OUT]`: the script as portable (strict) Fountain.
import { resolve } from 'node:path';
import { shownPath } from '../shown-path';
import { toStrictFountain } from '../../../core/export';
import { checkOutputTarget, writeScriptFileAtomic } from '../../files';
import { CliError, EXIT, type Command } from '../command';
import { LANGUAGE_OPTION, languageOption, loadScript } from './load';

export const fountainCommand: Command = {
  name: 'fountain',
  summary: 'write a script as strict Fountain that any Fountain tool reads the same way',
  usage: 'FILE',
  positionals: [1, 1],
  options: {
    strict: { type: 'boolean', help: 'forced headings (.) and cues (@), Chinese conventions as plain Fountain (the default, and for now the only mode)' },
    output: { type: 'string', short: 'o', help: 'write to this new file (UTF-8) instead of the standard output; an existing file is never replaced', valueName: 'OUT' },
    language: LANGUAGE_OPTION,
  },
  details: [
    'Examples:',
    '  shotline fountain episode01.fountain --strict',
    '  shotline fountain episode01.fountain --strict -o episode01.strict.fountain',
  ].join('\n'),
  async run({ args, options, io }) {
    const { path, file, script } = await loadScript(args[0], io, languageOption(options.language));
    const text = toStrictFountain(script, { eol: file.eol === 'CRLF' ? '\r\n' : '\n' });
    if (typeof options.output !== 'string') {
      io.stdout.write(text);
      return EXIT.OK;
    }
    const out = resolve(io.cwd, options.output);
    try {
      await checkOutputTarget(out, 'fountain', { inputs: [path], shown: options.output });
    } catch (error) {
      throw new CliError(`-o ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    const saved = await writeScriptFileAtomic(out, text, 'utf-8');
    io.stderr.write(`shotline: wrote strict Fountain to ${shownPath(io.cwd, saved.path)}\n`);
    return EXIT.OK;
  },
};

