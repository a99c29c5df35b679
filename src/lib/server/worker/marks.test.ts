import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyFilter } from '../../core/filter/model';
import { currentMarks, markStoreOf, marksOf } from '../incident-marks';
import { openStore } from '../store/index';
import { createIncidentArticle } from '../store/store-incident-suite';
import type { ClaimStore } from '../store/types';
import { readMarkableInWorker } from './marks';

const WORKER = resolve('src/lib/server/worker/marks-worker.ts');
const RUSSIAN = { claimantSide: 'russia' as const, claimant: 'an invented ministry' };
const UKRAINIAN = { claimantSide: 'ukraine' as const, claimant: 'an invented general staff' };

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-marks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function inThread(store: ClaimStore) {
	return currentMarks(markStoreOf(store));
}

describe('the incident marks read in a worker thread', () => {
	it('equal the marks read in this thread, for each filter', async () => {
		const path = join(dir, 'claims.db');
		const store = await openStore(path);
		await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...UKRAINIAN, stance: 'denies' }]));
		await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
		await store.addArticle(
			createIncidentArticle(3, [{ ...RUSSIAN, claimant: 'an invented mayor' }])
		);
		const here = await inThread(store);
		const there = await readMarkableInWorker(WORKER, path);
		const none = { statuses: [], claimedBy: [] };
		for (const filter of [
			createEmptyFilter(),
			{ ...createEmptyFilter(), sides: ['ukraine' as const] },
			{ ...createEmptyFilter(), minConfidence: 0.9 }
		])
			expect(marksOf(there, filter, none)).toEqual(marksOf(here, filter, none));
		expect(marksOf(there, createEmptyFilter(), none).length).toBeGreaterThan(0);
		expect(there).toEqual(here);
		// Each day and article id crosses once, however many claims share it.
		const { days, articleIds, day, article } = there.claims;
		expect(new Set(days).size).toBe(days.length);
		expect(new Set(articleIds).size).toBe(articleIds.length);
		expect(articleIds.length).toBeLessThan(article.length);
		expect(Math.max(...day)).toBeLessThan(days.length);
		await store.close();
	});

	it('ends by itself after answering, its store closed, not stopped inside it', async () => {
		const path = join(dir, 'claims.db');
		const store = await openStore(path);
		await store.addArticle(createIncidentArticle(1, [RUSSIAN, UKRAINIAN]));
		const exited = new Promise<number>((done) => {
			void readMarkableInWorker(WORKER, path, done);
		});
		expect(await exited).toBe(0);
		await store.close();
	});

	it('fails with the read’s message when the store cannot be read', async () => {
		await expect(
			readMarkableInWorker(WORKER, 'postgres://nobody@127.0.0.1:1/nothing')
		).rejects.toThrow(/incident marks/);
	});
});
