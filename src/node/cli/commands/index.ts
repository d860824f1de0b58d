// The command table. A new command is one more entry here.
import type { Command } from '../command';
import { breakdownCommand } from './breakdown';
import { fountainCommand } from './fountain';
import { parseCommand } from './parse';
import { pdfCommand } from './pdf';
import { shotsCommand } from './shots';

export const COMMANDS: readonly Command[] = [parseCommand, fountainCommand, breakdownCommand, pdfCommand, shotsCommand];
