/** Runs the real command line (`npm run -s cli`) for the HTTP tests, against a given database. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** What a CLI run printed and its exit code. */
export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `tsx src/cli/main.ts ...args` with `env` added, feeding `input` on stdin. */
export function runCliProcess(
	args: string[],
	env: Record<string, string>,
	input = ''
): Promise<CliRun> {
	return new Promise((done, fail) => {
		const child = spawn(
			process.execPath,
			[resolve('node_modules/tsx/dist/cli.mjs'), resolve('src/cli/main.ts'), ...args],
			{ env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] }
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('error', fail);
		child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
		child.stdin.end(input);
	});
}
