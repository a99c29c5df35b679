/**
 * The `claimsmap` command line: `npm run -s cli -- <command> [...]`. Thin: parses arguments and calls
 * core/ and server/. Each command lives in its own module under commands/, listed in registry.ts.
 */
import type { Command } from './command';
import { commands as registered } from './registry';

/** Where the command line writes; tests pass their own. */
export interface CliOutput {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const processOutput: CliOutput = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
};

/** Runs the command line with `argv` (without node and the script) and resolves to the exit code. */
export async function runCli(
	argv: string[],
	output: CliOutput = processOutput,
	commands: Command[] = registered
): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		(name ? output.stdout : output.stderr)(usage(commands));
		return name ? 0 : 2;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		output.stderr(`claimsmap: unknown command '${name}'\n\n${usage(commands)}`);
		return 2;
	}
	try {
		return await command.run(rest);
	} catch (error) {
		output.stderr(`claimsmap ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
}

function usage(commands: Command[]): string {
	const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
	return `Usage: npm run -s cli -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}
