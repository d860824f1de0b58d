// The `shotline` command line. `runCli` takes the arguments after `shotline` and resolves to the exit code:
// 0 done, 1 the input could not be used (missing file, not text, ...), 2 the command was called wrongly.
// Messages go to stderr, written for a writer: what went wrong and what to do. Nothing here exits the process.
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { isShotlineFileError } from '../files';
import { CliError, EXIT, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { commandHelp, mainHelp } from './help';

export type { CliIo } from './command';
export { COMMANDS } from './commands';

export const VERSION: string = version;

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  let running: string | undefined;
  try {
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout.write(mainHelp(COMMANDS));
      return EXIT.OK;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.stdout.write(`shotline ${VERSION}\n`);
      return EXIT.OK;
    }
    if (first === 'help') {
      const command = rest[0] === undefined ? undefined : findCommand(rest[0]);
      io.stdout.write(command ? commandHelp(command) : mainHelp(COMMANDS));
      return EXIT.OK;
    }
    if (first.startsWith('-')) throw new CliError(`unknown option ${first}. Options come after the command, as in "shotline parse FILE --json".`);
    const command = findCommand(first);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(commandHelp(command));
      return EXIT.OK;
    }
    running = command.name;
    return await command.run({ ...readArgs(command, rest), io });
  } catch (error) {
    return report(error, io, running);
  }
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const near = COMMANDS.find((c) => distance(c.name, name) <= 2);
  const hint = near ? ` Did you mean "shotline ${near.name}"?` : '';
  throw new CliError(`unknown command "${name}".${hint} Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run "shotline --help" for help.`);
}

function readArgs(command: Command, args: string[]): { args: string[]; options: Record<string, string | boolean | undefined> } {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, { type, short, multiple }]) => [name, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`shotline ${command.name}: ${argError(error)} Run "shotline ${command.name} --help" for its options.`);
  }
  const [min, max] = command.positionals;
  const got = parsed.positionals;
  if (got.length < min) throw new CliError(`shotline ${command.name}: missing ${command.usage}. Usage: shotline ${command.name} ${command.usage} [options].`);
  if (got.length > max) throw new CliError(`shotline ${command.name}: too many arguments (${got.slice(max).join(' ')}). Usage: shotline ${command.name} ${command.usage} [options].`);
  return { args: got, options: parsed.values as Record<string, string | boolean | undefined> };
}

/** node:util's parseArgs messages, said plainly. */
function argError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? `option ${option.replace(/ <value>$/, '')} needs a value.` : `option ${option} does not take a value.`;
    default:
      return `${message}.`;
  }
}

function report(error: unknown, io: CliIo, command: string | undefined): number {
  if (error instanceof CliError) {
    const prefix = error.message.startsWith('shotline') ? '' : command ? `shotline ${command}: ` : 'shotline: ';
    io.stderr.write(`${prefix}${error.message}\n`);
    return error.exitCode;
  }
  if (isShotlineFileError(error)) {
    io.stderr.write(`shotline: ${error.message}\n`);
    return EXIT.FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`shotline${command ? ` ${command}` : ''}: failed unexpectedly: ${message}. Nothing was changed.\n`);
  if (process.env.SHOTLINE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.FAILED;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
