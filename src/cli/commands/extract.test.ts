import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateClaimCollection } from '../../lib/core/geojson/validate';
import { MAX_TEXT_BYTES } from '../../lib/server/ingest';
import { parseExtractArgs } from './extract';

function cli(args: string[], input?: string) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', ...args], {
		input,
		encoding: 'utf8',
		timeout: 60_000
	});
}

describe('parseExtractArgs', () => {
	it('reads the file and every metadata flag, in both spellings', () => {
		expect(
			parseExtractArgs([
				'a.txt',
				'--title',
				'T',
				'--publisher=P',
				'--url',
				'u',
				'--published',
				'2023-01-02'
			])
		).toEqual({
			kind: 'ok',
			file: 'a.txt',
			meta: { title: 'T', publisher: 'P', url: 'u', published: '2023-01-02' }
		});
	});

	it('names the problem with bad arguments', () => {
		expect(parseExtractArgs([])).toMatchObject({
			kind: 'error',
			message: expect.stringMatching(/missing FILE/)
		});
		expect(parseExtractArgs(['a', '--colour', 'red'])).toMatchObject({
			kind: 'error',
			message: expect.stringMatching(/--colour/)
		});
		expect(parseExtractArgs(['a', '--title'])).toMatchObject({
			kind: 'error',
			message: expect.stringMatching(/needs a value/)
		});
		expect(parseExtractArgs(['a', 'b'])).toMatchObject({
			kind: 'error',
			message: expect.stringMatching(/one FILE/)
		});
	});
});

describe('claimsmap extract (process)', () => {
	it('prints a valid collection for an article on stdin, titled by its first line', () => {
		const r = cli(
			['-', '--published', '2023-04-05'],
			'Night of drones\n\nThe General Staff said 12 drones were shot down over Kharkiv on Tuesday.\n'
		);
		expect(r.status).toBe(0);
		const collection = JSON.parse(r.stdout);
		expect(validateClaimCollection(collection).ok).toBe(true);
		expect(collection.features[0].properties).toMatchObject({
			eventType: 'drone_downed',
			claimantSide: 'ukraine',
			articleTitle: 'Night of drones',
			eventDate: '2023-04-04'
		});
	}, 60_000);

	it('fails with a message on stderr for a missing file and for empty input', () => {
		const missing = cli(['no/such/file.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/cannot read 'no\/such\/file.txt': no such file/);
		const empty = cli(['-'], '   \n');
		expect(empty.status).toBe(1);
		expect(empty.stderr).toMatch(/empty/);
		expect(empty.stdout).toBe('');
	}, 60_000);
});

describe('extract: the same article size as the server', () => {
	const sentence = 'Invented forces shelled a farm near nowhere, an invented office said.\n';

	it('takes a text of exactly the limit, and refuses one byte more naming the limit', () => {
		const fill = (bytes: number) => sentence + ' '.repeat(bytes - sentence.length);
		const atLimit = cli(['-', '--title', 'At the limit'], fill(MAX_TEXT_BYTES));
		expect(atLimit.status, atLimit.stderr).toBe(0);
		const over = cli(['-', '--title', 'Over the limit'], fill(MAX_TEXT_BYTES + 1));
		expect(over.status).toBe(1);
		expect(over.stderr).toMatch(
			new RegExp(`${MAX_TEXT_BYTES + 1} bytes, over the limit of ${MAX_TEXT_BYTES} bytes`)
		);
	}, 120_000);
});
