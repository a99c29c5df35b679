/** Every subcommand, in the order the usage text lists them. Add a command by adding its module here. */
import type { Command } from './command';

export const commands: Command[] = [];
