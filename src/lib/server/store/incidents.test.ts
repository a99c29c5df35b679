import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaimFeature } from '../../core/synthetic/feature';
import { openStore } from './index';
import { SHARED_MEMBERS_SQL } from './rows';
import { migrate, type Migration, MIGRATIONS } from './migrations';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'claimsmap-incidents-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const RUSSIAN = { claimantSide: 'russia' as const, claimant: 'an invented ministry' };
const UKRAINIAN = { claimantSide: 'ukraine' as const, claimant: 'an invented general staff' };

// The backend-independent incident tests are in store-incident-suite.ts (run by sqlite.test.ts).
describe('incidents in the SQLite store', () => {
	it('groups the claims of a database from before incidents when opened', async () => {
		const path = join(dir, 'old.db');
		const db = new Database(path);
		const before: Migration[] = MIGRATIONS.slice(0, 2);
		migrate(db, before);
		db.prepare(
			`INSERT INTO articles (article_id, title, text, generator, gazetteer, added_at)
			VALUES ('art-1', 'Old', 'Old text.', 'old', 'old', '2022-01-01')`
		).run();
		for (const [i, o] of [RUSSIAN, UKRAINIAN].entries()) {
			const f = createClaimFeature({ id: `old-${i}`, articleId: 'art-1', quoteStart: i, ...o });
			db.prepare(
				'INSERT INTO features (article_id, feature_id, position, claim_id, json) VALUES (?, ?, ?, ?, ?)'
			).run('art-1', f.id, i, f.properties.claimId, JSON.stringify(f));
		}
		db.close();
		const store = await openStore(path);
		expect((await store.incidents()).map((i) => i.featureIds)).toEqual([['old-0', 'old-1']]);
		await store.close();
	});

	it('reads the shared grouping by its indexes, not by counting every incident', () => {
		const db = new Database(':memory:');
		migrate(db);
		const plan = (
			db.prepare(`EXPLAIN QUERY PLAN ${SHARED_MEMBERS_SQL}`).all() as { detail: string }[]
		)
			.map((p) => p.detail)
			.join('\n');
		expect(plan).toMatch(/SCAN j USING (COVERING )?INDEX incident_members_joined/);
		expect(plan).toMatch(/SEARCH m USING INDEX incident_members_by_incident/);
		db.close();
	});
});
