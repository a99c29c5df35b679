import { describe, expect, test } from 'vitest';
import { runCli, type CliOutput } from './cli';
import type { Command } from './command';

function createOutput(): CliOutput & { out: string; err: string } {
	const output = {
		out: '',
		err: '',
		stdout: (text: string) => (output.out += text),
		stderr: (text: string) => (output.err += text)
	};
	return output;
}

function createCommand(run: Command['run']): Command {
	return { name: 'echo', summary: 'prints its arguments', run };
}

describe('runCli', () => {
	test('an unknown command is a clear error with the usage and exit code 2', async () => {
		const output = createOutput();
		const code = await runCli(['frobnicate'], output, [createCommand(async () => 0)]);
		expect(code).toBe(2);
		expect(output.err).toContain("unknown command 'frobnicate'");
		expect(output.err).toContain('echo');
	});

	test('a known command runs with the remaining arguments', async () => {
		let seen: string[] = [];
		const code = await runCli(['echo', 'a', 'b'], createOutput(), [
			createCommand(async (args) => {
				seen = args;
				return 0;
			})
		]);
		expect(code).toBe(0);
		expect(seen).toEqual(['a', 'b']);
	});

	test("a command's failure becomes a message naming the command and exit code 1", async () => {
		const output = createOutput();
		const code = await runCli(['echo'], output, [
			createCommand(async () => {
				throw new Error('no such file: x.txt');
			})
		]);
		expect(code).toBe(1);
		expect(output.err).toBe('claimsmap echo: no such file: x.txt\n');
	});

	test('help lists the commands on stdout', async () => {
		const output = createOutput();
		expect(await runCli(['help'], output, [createCommand(async () => 0)])).toBe(0);
		expect(output.out).toMatch(/echo\s+prints its arguments/);
	});
});
