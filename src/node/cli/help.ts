// Help texts, built from the command table so a new command documents itself.
import type { Command } from './command';

export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Shotline: screenwriting and breakdown for micro-drama series (Fountain, English and Chinese scripts).',
    '',
    'Usage: shotline COMMAND [arguments] [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: shotline COMMAND --help)',
    '  -v, --version  show the version',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const flags = Object.entries(command.options).map(([name, o]) => {
    const value = o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : '';
    return { flag: `${o.short ? `-${o.short}, ` : '    '}--${name}${value}`, help: o.help };
  });
  flags.push({ flag: '-h, --help', help: 'show this help' });
  const width = Math.max(...flags.map((f) => f.flag.length));
  return [
    `Usage: shotline ${command.name} ${command.usage} [options]`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...flags.map((f) => `  ${f.flag.padEnd(width)}  ${f.help}`),
    ...(command.details ? ['', command.details] : []),
    '',
  ].join('\n');
}
