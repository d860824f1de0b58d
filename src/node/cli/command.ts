// What a CLI command is. Commands are entries in one table (commands.ts); later issues add breakdown, pdf,
// shots ... by adding an entry, nothing else.
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes. Tests pass strings buffers; the real CLI passes the process streams. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Resolves relative paths; the process's working directory unless a test says otherwise. */
  cwd: string;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & {
  /** One line for the help: what the option does. */
  help: string;
  /** Placeholder for the value in the help, e.g. `FILE`. */
  valueName?: string;
};

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed options (strings and booleans, by long name). */
  options: Record<string, string | boolean | undefined>;
  io: CliIo;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Positional arguments in the usage line, e.g. `FILE`. */
  usage: string;
  /** How many positional arguments the command takes (min and max). */
  positionals: [number, number];
  options: Record<string, OptionSpec>;
  /** Further help text: examples and notes. */
  details?: string;
  /** Runs the command; resolves to the exit code. Throw CliError for usage problems. */
  run(ctx: CommandContext): Promise<number>;
}

/** A problem with how the command was called (exit code 2), or with its input (exit code 1). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;
