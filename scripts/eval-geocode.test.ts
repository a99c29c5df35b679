import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

function run(args: string[]) {
	return spawnSync(tsx, ['scripts/eval-geocode.ts', ...args], { encoding: 'utf8' });
}

describe('eval:geocode', () => {
	test('a missing development set is a one-line error naming the path and the flag', () => {
		const r = run(['--gold', '/nonexistent/dev.jsonl']);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('no development set at /nonexistent/dev.jsonl');
		expect(r.stderr).toContain('--gold PATH');
		expect(r.stderr).not.toContain('at readFileSync');
	});

	test('a missing scorer is named too', () => {
		const dir = mkdtempSync(join(tmpdir(), 'eval-geocode-'));
		writeFileSync(join(dir, 'dev.jsonl'), '{"id":"a","text":"Shelling in Kharkiv","gold":[]}\n');
		const r = run(['--gold', join(dir, 'dev.jsonl')]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(`no scorer at ${join(dir, 'score.py')}`);
	});
});
