import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestGeocoder } from '../../lib/core/extract/fixtures';
import { openStore } from '../../lib/server/store/index';
import {
	collectFiles,
	fileToSubmission,
	formatSummary,
	ingestFiles,
	parseIngestArgs,
	progressBar,
	reextractAll
} from './ingest';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-cli-ingest-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function createFiles(): Record<string, string> {
	const files: Record<string, string> = {
		'a.txt':
			'Title: Invented A\nDate: 2024-01-02\n\nRussian forces shelled Brightfield, officials said.',
		'nested/b.md':
			'---\ntitle: Invented B\n---\nUkrainian forces struck a depot in Stonebrook, the army said.',
		'nested/a-again.txt': 'Title: Copy\n\nRussian forces shelled Brightfield, officials said.',
		'nested/binary.txt': 'abc\u0000\u0000def',
		'nested/ignored.pdf': 'not an article'
	};
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	return files;
}

describe('parseIngestArgs', () => {
	it('takes paths and a publisher', () => {
		expect(parseIngestArgs(['x', '--publisher=Wire', 'y'])).toEqual({
			kind: 'ok',
			paths: ['x', 'y'],
			publisher: 'Wire',
			reextract: false,
			server: null
		});
		expect(parseIngestArgs(['--reextract'])).toEqual({
			kind: 'ok',
			paths: [],
			publisher: null,
			reextract: true,
			server: null
		});
	});
	it('takes a server URL for the API instead of the local database', () => {
		expect(parseIngestArgs(['x', '--server', 'https://maps.example.org/'])).toMatchObject({
			kind: 'ok',
			server: 'https://maps.example.org'
		});
		expect(parseIngestArgs(['x', '--server', 'maps.example.org']).kind).toBe('error');
		expect(parseIngestArgs(['--reextract', '--server', 'http://localhost:3000']).kind).toBe(
			'error'
		);
	});
	it('refuses no paths and unknown options', () => {
		expect(parseIngestArgs([]).kind).toBe('error');
		expect(parseIngestArgs(['x', '--force']).kind).toBe('error');
	});
});

describe('collectFiles', () => {
	it('walks folders for article files and reports missing or unsupported paths', () => {
		createFiles();
		const out = collectFiles([dir, join(dir, 'nested/ignored.pdf'), join(dir, 'missing')]);
		expect(out.files.map((f) => f.slice(dir.length + 1))).toEqual([
			'a.txt',
			'nested/a-again.txt',
			'nested/b.md',
			'nested/binary.txt'
		]);
		expect(out.failures.map((f) => f.reason)).toEqual([
			'not a .txt, .md or .html file',
			'no such file or folder'
		]);
	});
});

describe('fileToSubmission', () => {
	it('fills metadata from the file and the publisher option', () => {
		createFiles();
		const out = fileToSubmission(join(dir, 'a.txt'), 'Wire');
		expect(out).toEqual({
			kind: 'ok',
			body: {
				text: 'Russian forces shelled Brightfield, officials said.',
				title: 'Invented A',
				publisher: 'Wire',
				url: null,
				published: '2024-01-02'
			}
		});
	});
	it('fails a binary file', () => {
		createFiles();
		expect(fileToSubmission(join(dir, 'nested/binary.txt'), null)).toMatchObject({
			kind: 'failed'
		});
	});
});

describe('ingestFiles', () => {
	it('adds new articles, skips duplicates and reports failures', async () => {
		createFiles();
		const store = await openStore(join(dir, 'db.sqlite'));
		const geocoder = createTestGeocoder([
			{ name: 'Brightfield', lat: 48, lon: 37 },
			{ name: 'Stonebrook', lat: 49, lon: 36 }
		]);
		const seen: number[] = [];
		const { files } = collectFiles([dir]);
		const summary = await ingestFiles(files, null, (done) => seen.push(done), {
			store,
			geocoder: () => geocoder
		});
		expect(summary.added.map((a) => a.path.slice(dir.length + 1))).toEqual([
			'a.txt',
			'nested/b.md'
		]);
		expect(summary.duplicates.map((d) => d.by)).toEqual(['text']);
		expect(summary.failed).toHaveLength(1);
		// One batch (a duplicate within it included), so progress is reported before and after it.
		expect(seen).toEqual([0, 4]);
		expect(await store.listArticles()).toHaveLength(2);
		expect(formatSummary(summary)).toMatch(/^added 2, skipped 1 as duplicates, failed 1\n/);
		const redone = await reextractAll({ store, geocoder: () => geocoder });
		expect(redone).toEqual({ done: 2, skipped: 0 });
		await store.close();
	});
});

describe('reextractAll', () => {
	it('regroups every stored claim into incidents', async () => {
		const files = {
			'r.txt':
				'Title: Invented R\nDate: 2024-01-02\n\nThe Russian Defence Ministry said its forces struck a depot in Brightfield on Monday.',
			'u.txt':
				'Title: Invented U\nDate: 2024-01-02\n\nThe Ukrainian General Staff said Russian missiles hit a depot in Brightfield on Monday.'
		};
		for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
		// Stored without grouping, as a database from before incidents would hold them.
		const store = await openStore(join(dir, 'db.sqlite'), { groupIncidents: false });
		const geocoder = createTestGeocoder([{ name: 'Brightfield', lat: 48, lon: 37 }]);
		const deps = { store, geocoder: () => geocoder };
		await ingestFiles(collectFiles([dir]).files, null, () => {}, deps);
		expect((await store.incidents()).map((i) => i.status)).toEqual(['single', 'single']);
		await reextractAll(deps);
		expect((await store.incidents()).map((i) => i.status)).toEqual(['corroborated']);
		await store.close();
	});
});

describe('progressBar', () => {
	it('fills in proportion', () => {
		expect(progressBar(1, 4, 'x.txt', 8)).toBe('[##......] 1/4 x.txt');
		expect(progressBar(4, 4, '', 8)).toBe('[########] 4/4 ');
	});
});
