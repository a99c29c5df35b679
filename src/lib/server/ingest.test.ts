import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimCollection } from '../core/contract';
import { createTestGeocoder } from '../core/extract/fixtures';
import {
	checkIngestInput,
	ingestArticle,
	MAX_TEXT_BYTES,
	reextractArticle,
	type IngestDeps,
	workerStoreTarget
} from './ingest';
import { openStore } from './store/index';
import type { SqliteClaimStore } from './store/sqlite';

let dir: string;
let store: SqliteClaimStore;
let deps: IngestDeps;

const PLACES = [
	{ name: 'Brightfield', lat: 48.1, lon: 37.2, admin1: 'Test Oblast' },
	{ name: 'Stonebrook', lat: 48.3, lon: 37.6, admin1: 'Test Oblast' }
];

function createSubmission(overrides: Record<string, unknown> = {}) {
	return {
		text: 'Russian forces shelled Brightfield and Stonebrook overnight, the Ukrainian general staff said.',
		title: 'Invented shelling report',
		publisher: 'Invented Wire',
		url: 'https://example.org/invented',
		published: '2024-04-02',
		...overrides
	};
}

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-ingest-'));
	store = await openStore(join(dir, 'db.sqlite'));
	deps = { store, geocoder: () => createTestGeocoder(PLACES) };
});

afterEach(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('checkIngestInput', () => {
	it.each([
		[null, 'JSON object'],
		[{ title: 'x' }, 'text is missing'],
		[{ text: 5, title: 'x' }, 'text must be a string'],
		[{ text: '   \n ', title: 'x' }, 'text is empty'],
		[{ text: 'abc\u0000def', title: 'x' }, 'binary'],
		[{ text: 'Some words.' }, 'title is missing'],
		[{ text: 'Some words.', title: '  ' }, 'title is empty'],
		[
			{ text: 'Some words.', title: 'x', published: '2024-13-01' },
			"published '2024-13-01' is not a date"
		],
		[{ text: 'Some words.', title: 'x', published: 'last Tuesday' }, 'is not a date'],
		[{ text: 'Some words.', title: 'x', url: 'ftp://example.org' }, 'not an http(s) URL'],
		[{ text: 'Some words.', title: 'x', publisher: 7 }, 'publisher must be a string']
	])('refuses %j naming the problem', (body, message) => {
		const out = checkIngestInput(body);
		expect(out.kind).toBe('invalid');
		if (out.kind === 'invalid') expect(out.reason).toContain(message);
	});

	it('calls a text over the limit too large, by its UTF-8 size', () => {
		const text = 'ж'.repeat(MAX_TEXT_BYTES / 2 + 1);
		expect(checkIngestInput({ text, title: 'x' }).kind).toBe('too_large');
		expect(checkIngestInput({ text: 'ж'.repeat(MAX_TEXT_BYTES / 2), title: 'x' }).kind).toBe(
			'valid'
		);
	});

	it('trims metadata and turns empty optional fields into null', () => {
		const out = checkIngestInput({
			text: 'Words.',
			title: '  A  title ',
			publisher: '',
			url: null
		});
		expect(out).toEqual({
			kind: 'valid',
			input: { text: 'Words.', title: 'A title', publisher: null, url: null, published: null }
		});
	});
});

/** The claims of an ingest's answer. */
function claimsOf(json: string): ClaimCollection {
	return JSON.parse(json) as ClaimCollection;
}

describe('ingestArticle', () => {
	it('extracts and stores an article with its claims', async () => {
		const out = await ingestArticle(createSubmission(), deps);
		expect(out.kind).toBe('added');
		if (out.kind !== 'added') return;
		const places = claimsOf(out.claimsJson)
			.features.map((f) => f.properties.placeName)
			.sort();
		expect(places).toEqual(['Brightfield', 'Stonebrook']);
		expect(
			claimsOf(out.claimsJson).features.every(
				(f) => f.properties.articleTitle === 'Invented shelling report'
			)
		).toBe(true);
		const list = await store.listArticles();
		expect(list).toEqual([
			expect.objectContaining({
				articleId: out.articleId,
				featureCount: 2,
				publisher: 'Invented Wire'
			})
		]);
	});

	it('answers duplicate with the stored claims for the same text, and stores nothing new', async () => {
		const first = await ingestArticle(createSubmission(), deps);
		const again = await ingestArticle(createSubmission({ url: null, title: 'Other title' }), deps);
		expect(again.kind).toBe('duplicate');
		if (first.kind !== 'added' || again.kind !== 'duplicate') return;
		expect(again.articleId).toBe(first.articleId);
		expect(again.by).toBe('text');
		expect(claimsOf(again.claimsJson).features).toHaveLength(2);
		expect(await store.listArticles()).toHaveLength(1);
	});

	it('answers duplicate for the same URL with a different text', async () => {
		await ingestArticle(createSubmission(), deps);
		const again = await ingestArticle(
			createSubmission({ text: 'An entirely different invented text about Stonebrook.' }),
			deps
		);
		expect(again.kind === 'duplicate' && again.by).toBe('url');
	});

	it('stores nothing for invalid input', async () => {
		const out = await ingestArticle(createSubmission({ published: '2024-02-31' }), deps);
		expect(out.kind).toBe('invalid');
		expect(await store.listArticles()).toEqual([]);
	});

	it('re-extracts a stored article and keeps its corrections', async () => {
		const out = await ingestArticle(createSubmission(), deps);
		if (out.kind !== 'added') throw new Error('not added');
		const target = claimsOf(out.claimsJson).features[0];
		await store.correctClaim(target.id, { kind: 'eventType', eventType: 'casualties' });
		expect(await reextractArticle(out.articleId, deps)).toBe(true);
		const after = await store.getFeature(target.id);
		expect(after?.properties).toMatchObject({ eventType: 'casualties', corrected: true });
	});
});

describe('checkIngestInput: hostile fields', () => {
	it('names every unknown field', () => {
		expect(checkIngestInput({ text: 'Shelling.', title: 't', role: 'admin', id: 1 })).toEqual({
			kind: 'invalid',
			reason: 'unknown fields role, id (accepted: text, title, publisher, url, published)'
		});
	});

	it('refuses NUL and lone surrogates in every text field', () => {
		const base = { text: 'Shelling in a town.', title: 'Title' };
		for (const field of ['title', 'publisher', 'url'] as const) {
			for (const bad of ['x\u0000y', 'x\uD800y']) {
				expect(checkIngestInput({ ...base, [field]: bad })).toMatchObject({
					kind: 'invalid',
					reason: expect.stringContaining(field)
				});
			}
		}
		expect(checkIngestInput({ ...base, text: 'Shelling \uDC00 here.' }).kind).toBe('invalid');
	});
});

describe('where the worker stores an ingested article', () => {
	it('is the server’s database, SQLite file or PostgreSQL, so claims stay off the event loop', () => {
		const url = 'postgres://claimsmap@db.invalid/claims';
		expect(workerStoreTarget({ CLAIMSMAP_DB: url })).toEqual({ path: url, faultDelayMs: 0 });
		expect(
			workerStoreTarget({ CLAIMSMAP_DB: '/tmp/invented.db', CLAIMSMAP_FAULT_INGEST_DELAY_MS: '5' })
		).toEqual({ path: '/tmp/invented.db', faultDelayMs: 5 });
		expect(workerStoreTarget({ CLAIMSMAP_DB: ':memory:' })).toBeNull();
	});
});
