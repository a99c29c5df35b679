/**
 * The incident marks kept in SQLite (`incident_marks`, migration 11; see mark-rows.ts): each write
 * that changes the grouping or a grouped claim brings the marks of the incidents it touched up to
 * date inside its own transaction. A write it cannot follow incident by incident (a judgement, a
 * regrouping from scratch, an ingest without grouping) marks them stale instead, under a new token
 * in `meta`; the next marks' read then builds them from the whole store and saves them under it.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { marksOfMembers, memberIds } from './mark-rows';
import { markFeaturesOf } from './sqlite-queries';
import type { StoredMark, StoredMarks } from './types';
import { statement } from './sqlite-statements';

/** The `meta` key of the marks' state: FRESH, or a token naming a stale state. */
const STATE = 'incident_marks';
const FRESH = 'fresh';

function stateOf(db: BetterSqlite3.Database): string {
	const row = statement(db, 'SELECT value FROM meta WHERE key = ?').get(STATE) as
		{ value: string } | undefined;
	return row?.value ?? 'stale';
}

function setState(db: BetterSqlite3.Database, value: string): void {
	statement(
		db,
		'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
	).run(STATE, value);
}

/**
 * Marks the stored marks stale under a new token (never one used before, so a read that began
 * under an earlier stale state cannot save what it read).
 */
export function markStale(db: BetterSqlite3.Database): void {
	setState(db, `stale ${randomUUID()}`);
}

/** The incidents of an article's grouped claims. */
export function incidentsOfArticle(db: BetterSqlite3.Database, articleId: string): string[] {
	return (
		statement(db, 'SELECT DISTINCT incident_id FROM incident_members WHERE article_id = ?').all(
			articleId
		) as { incident_id: string }[]
	).map((r) => r.incident_id);
}

/**
 * What a regrouping of one claim may change: its incident's rows (whose incident may take another
 * id when the claim founded it), to look up again after it with `incidentsAfter`.
 */
export function rowsAround(
	db: BetterSqlite3.Database,
	articleId: string,
	featureId: string
): { incidentIds: string[]; seqs: number[] } {
	const own = db
		.prepare('SELECT incident_id FROM incident_members WHERE article_id = ? AND feature_id = ?')
		.all(articleId, featureId) as { incident_id: string }[];
	const incidentIds = [...new Set(own.map((r) => r.incident_id))];
	const seqs = (
		db
			.prepare(
				'SELECT seq FROM incident_members WHERE incident_id IN (SELECT value FROM json_each(?))'
			)
			.all(JSON.stringify(incidentIds)) as { seq: number }[]
	).map((r) => r.seq);
	return { incidentIds, seqs };
}

/** The incidents, now, of the rows `rowsAround` found and of the claim itself. */
export function incidentsAfter(
	db: BetterSqlite3.Database,
	before: { incidentIds: string[]; seqs: number[] },
	articleId: string,
	featureId: string
): string[] {
	const moved = db
		.prepare(
			`SELECT incident_id FROM incident_members WHERE seq IN (SELECT value FROM json_each(?))
			UNION SELECT incident_id FROM incident_members WHERE article_id = ? AND feature_id = ?`
		)
		.all(JSON.stringify(before.seqs), articleId, featureId) as { incident_id: string }[];
	return [...before.incidentIds, ...moved.map((r) => r.incident_id)];
}

/**
 * Brings the stored marks of these incidents up to date (call inside the writing transaction,
 * after the grouping and the claims are written): each is read again from its members and their
 * served claims, and written, or removed when it is no longer marked. Judgements merge and split
 * incidents across the whole grouping, so with any the marks are marked stale instead.
 */
export function refreshMarks(db: BetterSqlite3.Database, incidentIds: Iterable<string>): void {
	if (stateOf(db) !== FRESH || statement(db, 'SELECT 1 FROM incident_judgements LIMIT 1').get()) {
		markStale(db);
		return;
	}
	const ids = [...new Set(incidentIds)];
	if (ids.length === 0) return;
	const members = statement(
		db,
		`SELECT incident_id, feature_id FROM incident_members
			WHERE incident_id IN (SELECT value FROM json_each(?)) ORDER BY seq`
	).all(JSON.stringify(ids)) as { incident_id: string; feature_id: string }[];
	const marks = marksOfMembers(ids, members, markFeaturesOf(db, memberIds(members)));
	const upsert = statement(
		db,
		`INSERT INTO incident_marks (incident_id, ord, mark) VALUES (?, ?, ?)
		ON CONFLICT(incident_id) DO UPDATE SET ord = excluded.ord, mark = excluded.mark`
	);
	const remove = statement(db, 'DELETE FROM incident_marks WHERE incident_id = ?');
	for (const [id, mark] of marks) {
		if (mark) upsert.run(id, mark.order, mark.mark);
		else remove.run(id);
	}
}

/** See ClaimStore.storedMarks: the state and the rows in one read transaction. */
export function storedMarks(db: BetterSqlite3.Database): StoredMarks {
	return db.transaction((): StoredMarks => {
		const state = stateOf(db);
		if (state !== FRESH) return { kind: 'stale', token: state };
		const rows = db
			.prepare('SELECT incident_id, ord, mark FROM incident_marks ORDER BY ord, incident_id')
			.all() as { incident_id: string; ord: number; mark: string }[];
		return {
			kind: 'fresh',
			marks: rows.map((r) => ({ incidentId: r.incident_id, order: r.ord, mark: r.mark }))
		};
	})();
}

/** See ClaimStore.saveMarks. */
export function saveMarks(
	db: BetterSqlite3.Database,
	token: string,
	marks: readonly StoredMark[]
): boolean {
	const save = db.transaction((): boolean => {
		if (stateOf(db) !== token) return false;
		db.prepare('DELETE FROM incident_marks').run();
		const insert = db.prepare(
			'INSERT OR REPLACE INTO incident_marks (incident_id, ord, mark) VALUES (?, ?, ?)'
		);
		for (const m of marks) insert.run(m.incidentId, m.order, m.mark);
		setState(db, FRESH);
		return true;
	});
	return save.immediate();
}
