/** Every subcommand, in the order the usage text lists them. Add a command by adding its module here. */
import type { Command } from './command';
import { extractCommand } from './commands/extract';
import { geocodeCommand } from './commands/geocode';
import { ingestCommand } from './commands/ingest';
import { tokenCommand } from './commands/token';
import { userCommand } from './commands/user';

export const commands: Command[] = [
	extractCommand,
	geocodeCommand,
	ingestCommand,
	userCommand,
	tokenCommand
];
