/**
 * The incident marks kept in PostgreSQL (`incident_marks`, migration 9; see mark-rows.ts), the
 * counterpart of sqlite-marks.ts: a write brings the marks of the incidents it touched up to date
 * in its transaction, holding the grouping lock (so two writers never compute one incident from
 * different groupings), or marks them stale under a new token when it cannot follow them incident
 * by incident (a judgement, a regrouping from scratch, an ingest without grouping).
 */
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { marksOfMembers, memberIds } from './mark-rows';
import { markFeaturesIn } from './postgres-queries';
import type { StoredMark, StoredMarks } from './types';

type Db = pg.ClientBase | pg.Pool;

/** The `meta` key of the marks' state: FRESH, or a token naming a stale state. */
const STATE = 'incident_marks';
const FRESH = 'fresh';

/** Rows written per statement when marks are saved whole. */
const SAVE_CHUNK = 2000;

async function setState(db: Db, value: string): Promise<void> {
	await db.query(
		`INSERT INTO meta (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		[STATE, value]
	);
}

/** The marks' state, its row locked until the end of the client's transaction. */
async function lockedState(client: pg.ClientBase): Promise<string> {
	const r = await client.query<{ value: string }>(
		'SELECT value FROM meta WHERE key = $1 FOR UPDATE',
		[STATE]
	);
	return r.rows[0]?.value ?? 'stale';
}

/** Marks the stored marks stale under a new token (see sqlite-marks.ts `markStale`). */
export async function markStale(db: Db): Promise<void> {
	await setState(db, `stale ${randomUUID()}`);
}

/** The incidents of articles' grouped claims. */
export async function incidentsOfArticles(
	db: Db,
	articleIds: readonly string[]
): Promise<string[]> {
	if (articleIds.length === 0) return [];
	const r = await db.query<{ incident_id: string }>(
		'SELECT DISTINCT incident_id FROM incident_members WHERE article_id = ANY($1::text[])',
		[articleIds]
	);
	return r.rows.map((row) => row.incident_id);
}

/** What a regrouping of one claim may change (see sqlite-marks.ts `rowsAround`). */
export async function rowsAround(
	db: Db,
	articleId: string,
	featureId: string
): Promise<{ incidentIds: string[]; seqs: string[] }> {
	const own = await db.query<{ incident_id: string }>(
		'SELECT DISTINCT incident_id FROM incident_members WHERE article_id = $1 AND feature_id = $2',
		[articleId, featureId]
	);
	const incidentIds = own.rows.map((r) => r.incident_id);
	const seqs = await db.query<{ seq: string }>(
		'SELECT seq::text FROM incident_members WHERE incident_id = ANY($1::text[])',
		[incidentIds]
	);
	return { incidentIds, seqs: seqs.rows.map((r) => r.seq) };
}

/** The incidents, now, of the rows `rowsAround` found and of the claim itself. */
export async function incidentsAfter(
	db: Db,
	before: { incidentIds: string[]; seqs: string[] },
	articleId: string,
	featureId: string
): Promise<string[]> {
	const r = await db.query<{ incident_id: string }>(
		`SELECT incident_id FROM incident_members WHERE seq = ANY($1::bigint[])
		UNION SELECT incident_id FROM incident_members WHERE article_id = $2 AND feature_id = $3`,
		[before.seqs, articleId, featureId]
	);
	return [...before.incidentIds, ...r.rows.map((row) => row.incident_id)];
}

/**
 * Brings the stored marks of these incidents up to date, inside the writing transaction after the
 * grouping and the served columns are written, holding the grouping lock; with judgements stored,
 * marks them stale instead (see sqlite-marks.ts `refreshMarks`).
 */
export async function refreshMarks(
	client: pg.ClientBase,
	incidentIds: Iterable<string>
): Promise<void> {
	const ids = [...new Set(incidentIds)];
	if (ids.length === 0) return;
	const judged = await client.query('SELECT 1 FROM incident_judgements LIMIT 1');
	if ((await lockedState(client)) !== FRESH || judged.rows.length > 0) {
		await markStale(client);
		return;
	}
	const members = await client.query<{ incident_id: string; feature_id: string }>(
		`SELECT incident_id, feature_id FROM incident_members
		WHERE incident_id = ANY($1::text[]) ORDER BY seq`,
		[ids]
	);
	const read = await markFeaturesIn(client, memberIds(members.rows));
	const marks = [...marksOfMembers(ids, members.rows, read)];
	const kept = marks.filter((m): m is [string, StoredMark] => m[1] !== null).map((m) => m[1]);
	await client.query('DELETE FROM incident_marks WHERE incident_id = ANY($1::text[])', [
		marks.filter(([, m]) => m === null).map(([id]) => id)
	]);
	await insertMarks(client, kept, true);
}

async function insertMarks(
	client: pg.ClientBase,
	marks: readonly StoredMark[],
	upsert: boolean
): Promise<void> {
	for (let i = 0; i < marks.length; i += SAVE_CHUNK) {
		const chunk = marks.slice(i, i + SAVE_CHUNK);
		await client.query(
			`INSERT INTO incident_marks (incident_id, ord, mark)
			SELECT * FROM unnest($1::text[], $2::float8[], $3::text[])
			ON CONFLICT (incident_id) DO ${upsert ? 'UPDATE SET ord = excluded.ord, mark = excluded.mark' : 'NOTHING'}`,
			[chunk.map((m) => m.incidentId), chunk.map((m) => m.order), chunk.map((m) => m.mark)]
		);
	}
}

/** See ClaimStore.storedMarks: the state and the rows in one snapshot. */
export async function storedMarks(pool: pg.Pool): Promise<StoredMarks> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
		const state = await client.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [
			STATE
		]);
		const value = state.rows[0]?.value ?? 'stale';
		let out: StoredMarks = { kind: 'stale', token: value };
		if (value === FRESH) {
			const rows = await client.query<{ incident_id: string; ord: number; mark: string }>(
				'SELECT incident_id, ord, mark FROM incident_marks ORDER BY ord, incident_id'
			);
			out = {
				kind: 'fresh',
				marks: rows.rows.map((r) => ({ incidentId: r.incident_id, order: r.ord, mark: r.mark }))
			};
		}
		await client.query('COMMIT');
		return out;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

/** See ClaimStore.saveMarks, inside the client's transaction. */
export async function saveMarks(
	client: pg.ClientBase,
	token: string,
	marks: readonly StoredMark[]
): Promise<boolean> {
	if ((await lockedState(client)) !== token) return false;
	await client.query('DELETE FROM incident_marks');
	await insertMarks(client, marks, false);
	await setState(client, FRESH);
	return true;
}
