import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyFilter } from '../../core/filter/model';
import { currentMarks, markReadsOf, markStoreOf, marksOf, readMarkable } from '../incident-marks';
import { openStore } from './index';
import { openDatabase } from './sqlite';
import { createIncidentArticle, describeIncidentStore } from './store-incident-suite';
import { describeClaimQueries } from './store-query-suite';
import { describeClaimStore, type StoreHarness, type SuiteStore } from './store-suite';

/** A harness over one SQLite file in a fresh folder (created by the store itself). */
async function createSqliteHarness(): Promise<StoreHarness> {
	const dir = mkdtempSync(join(tmpdir(), 'claimsmap-store-'));
	const opened: SuiteStore[] = [];
	return {
		async open(options) {
			const store = await openStore(join(dir, 'nested', 'test.db'), options);
			opened.push(store);
			return store;
		},
		async dispose() {
			for (const store of opened) await store.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

describeClaimStore('SQLite', createSqliteHarness);
describeClaimQueries('SQLite', createSqliteHarness, 'all');
describeIncidentStore('SQLite', createSqliteHarness);

describe('SqliteClaimStore', () => {
	let dir: string;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'claimsmap-store-'));
	});

	afterEach(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	it('creates its folder and file, in WAL mode, at the latest schema version', async () => {
		const store = await openStore(join(dir, 'nested', 'test.db'));
		await store.close();
		const { db, fromVersion } = openDatabase(join(dir, 'nested', 'test.db'));
		expect(fromVersion).toBeGreaterThan(0);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		db.close();
	});

	it('names the file and the way out when it is not a database', () => {
		const path = join(dir, 'garbage.db');
		writeFileSync(path, 'this is not an SQLite database, only some words '.repeat(20));
		expect(() => openDatabase(path)).toThrow(
			/cannot open the ClaimsMap database .*garbage\.db.*CLAIMSMAP_DB/
		);
	});

	it('builds the incident marks of a database from before them on their first read', async () => {
		const path = join(dir, 'before-marks.db');
		const store = await openStore(path);
		await store.addArticle(
			createIncidentArticle(1, [
				{ claimantSide: 'russia', claimant: 'an invented ministry' },
				{ claimantSide: 'ukraine', claimant: 'an invented general staff' }
			])
		);
		await store.close();
		const old = new Database(path);
		old.exec(`DROP TABLE incident_marks; DELETE FROM meta WHERE key = 'incident_marks';
			PRAGMA user_version = 10;`);
		old.close();
		const reopened = await openStore(path);
		expect((await reopened.storedMarks()).kind).toBe('stale');
		const none = { statuses: [], claimedBy: [] };
		const read = marksOf(await currentMarks(markStoreOf(reopened)), createEmptyFilter(), none);
		expect(read).toEqual(
			marksOf(await readMarkable(markReadsOf(reopened)), createEmptyFilter(), none)
		);
		expect(read).toHaveLength(1);
		const stored = await reopened.storedMarks();
		expect(stored.kind === 'fresh' && stored.marks.map((m) => m.incidentId)).toEqual(['art-1-f0']);
		await reopened.close();
	});
});
