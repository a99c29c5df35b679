import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	build,
	isBuildStale,
	MARKS_WORKER_FILE,
	STAMP,
	WORKER_FILE,
	type BuildEffects
} from './build-freshness.js';

let root: string;
const savedBuildDir = process.env.CLAIMSMAP_BUILD_DIR;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'claimsmap-build-'));
	// The build folder must be this test's, never the real one.
	delete process.env.CLAIMSMAP_BUILD_DIR;
	mkdirSync(join(root, 'build'));
	writeFileSync(join(root, 'build', 'index.js'), '// the build being served\n');
});

afterEach(() => {
	if (savedBuildDir === undefined) delete process.env.CLAIMSMAP_BUILD_DIR;
	else process.env.CLAIMSMAP_BUILD_DIR = savedBuildDir;
	rmSync(root, { recursive: true, force: true });
});

/** Effects whose `vite build` writes `index.js` into the folder it is given, or fails halfway. */
function createEffects(outcome: 'builds' | 'fails halfway'): BuildEffects & { exited: number[] } {
	const exited: number[] = [];
	return {
		exited,
		run: (command, args, options) => {
			if (args[0] === 'vite') {
				const out = options.env!.CLAIMSMAP_BUILD_DIR!;
				mkdirSync(out, { recursive: true });
				if (outcome === 'fails halfway') {
					writeFileSync(join(out, 'half.js'), '');
					return 1;
				}
				writeFileSync(join(out, 'index.js'), '// the new build\n');
				return 0;
			}
			const outfile = args.find((a) => a.startsWith('--outfile='))!.slice('--outfile='.length);
			mkdirSync(dirname(outfile), { recursive: true });
			writeFileSync(outfile, '// worker\n');
			return 0;
		},
		exit: (code) => {
			exited.push(code);
			throw new Error(`exit ${code}`);
		}
	};
}

describe('build', () => {
	it('builds into a fresh folder, stamps it and swaps it in for the served one', () => {
		const effects = createEffects('builds');
		build(root, effects);
		expect(readFileSync(join(root, 'build', 'index.js'), 'utf8')).toBe('// the new build\n');
		expect(existsSync(join(root, 'build', WORKER_FILE))).toBe(true);
		expect(existsSync(join(root, 'build', MARKS_WORKER_FILE))).toBe(true);
		expect(existsSync(join(root, 'build', STAMP))).toBe(true);
		expect(existsSync(join(root, 'build-next'))).toBe(false);
		expect(existsSync(join(root, 'build-old'))).toBe(false);
		expect(isBuildStale(root)).toBe(false);
		expect(effects.exited).toEqual([]);
	});

	it('leaves the served build untouched when a build fails halfway', () => {
		const effects = createEffects('fails halfway');
		expect(() => build(root, effects)).toThrow('exit 1');
		expect(effects.exited).toEqual([1]);
		expect(readFileSync(join(root, 'build', 'index.js'), 'utf8')).toBe(
			'// the build being served\n'
		);
		expect(existsSync(join(root, 'build-next'))).toBe(false);
	});

	it('counts a build without the stamp as stale, so npm start rebuilds it', () => {
		expect(isBuildStale(root)).toBe(true);
	});
});
