/**
 * Incidents in PostgreSQL, the counterpart of incidents.ts for SQLite: the machine's grouping
 * (`incident_members`, one row per feature, written in the transaction that stores the features) and
 * analysts' judgements (`incident_judgements`, keyed by feature id, so they survive re-extraction).
 *
 * Several app servers ingest into one database at once, and a claim must see every claim stored
 * before it to join the right incident. Grouping therefore runs under one transaction-level advisory
 * lock, taken after a batch's articles are written and before the write counter (`revision`) is
 * bumped; corrections take it before they bump the counter too, so the two locks are always taken in
 * one order and never deadlock. The claims read under the lock are the committed ones plus the
 * transaction's own: each batch reads only the members within two days and twice the reach of its
 * claims, one indexed range per distinct place and day, in one round trip.
 */
import type pg from 'pg';
import type { ClaimFeature } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import {
	canJoin,
	INCIDENT_TUNABLES,
	IncidentIndex,
	incidentKey,
	reachBox,
	type IncidentJudgement,
	type IncidentKey
} from '../../core/incidents/index';
import { parseStoredFeature } from '../../core/geojson/upgrade';
import type { IncidentOfReads } from './incident-of';
import type { PgMigration } from './postgres-migrations';
import {
	correctionsOf,
	judgementColumns,
	judgementOf,
	membershipOf,
	SHARED_MEMBERS_SQL,
	sharedIncidentsOf,
	sharedIncidentsSql,
	type CorrectionRow,
	type JudgementRow
} from './rows';
import type { SharedIncident } from './types';

/** The schema step of incidents (version 2 of the PostgreSQL migrations). */
export const PG_INCIDENTS_MIGRATION: PgMigration = {
	version: 2,
	description: "incidents: the grouping of claims, and analysts' judgements on it",
	sql: `
		CREATE TABLE incident_members (
			seq BIGSERIAL PRIMARY KEY,
			article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
			feature_id TEXT NOT NULL,
			incident_id TEXT NOT NULL,
			day INTEGER,
			lat DOUBLE PRECISION,
			lon DOUBLE PRECISION,
			key TEXT NOT NULL
		);
		CREATE INDEX incident_members_by_article ON incident_members (article_id);
		CREATE INDEX incident_members_near ON incident_members (day, lat) WHERE day IS NOT NULL;
		CREATE INDEX incident_members_by_incident ON incident_members (incident_id, seq);
		CREATE INDEX incident_members_by_feature ON incident_members (feature_id);
		CREATE TABLE incident_judgements (
			seq BIGSERIAL PRIMARY KEY,
			kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'verify', 'unverify')),
			feature_id TEXT NOT NULL,
			other_feature_id TEXT,
			note TEXT,
			link TEXT,
			by TEXT,
			at TEXT NOT NULL
		);
	`
};

/** The advisory lock every grouping writer takes ("CMIN" in ASCII; the migration lock is "CMAP"). */
const GROUPING_LOCK = 0x434d494e;

/** Members written per INSERT when a whole store is regrouped (bounded statement size). */
const INSERT_CHUNK = 5000;

type Db = pg.ClientBase | pg.Pool;

interface MemberRow {
	seq: string;
	incident_id: string;
	key: string;
}

/** A new member of the grouping, ready to insert. */
interface Member {
	articleId: string;
	key: IncidentKey;
	incidentId: string;
}

/** An article whose features are to be grouped, and whether it had none grouped before. */
export interface ArticleToGroup {
	articleId: string;
	features: readonly ClaimFeature[];
	/** True for a new article; false for a re-extracted one, whose old grouping is removed first. */
	fresh: boolean;
}

/** Takes the grouping lock until the end of the client's transaction. */
export async function lockGrouping(client: pg.ClientBase): Promise<void> {
	await client.query('SELECT pg_advisory_xact_lock($1)', [GROUPING_LOCK]);
}

/**
 * An index seeded with the stored incidents the keys could join, oldest first: the members within
 * two days and twice the reach of each distinct place and day (every claim of an incident lies
 * within a day and the reach of each other, so an incident within reach of a key comes whole).
 */
async function indexFor(
	client: pg.ClientBase,
	keys: readonly IncidentKey[]
): Promise<IncidentIndex> {
	const places = new Map<string, IncidentKey>();
	for (const k of keys) if (canJoin(k)) places.set(`${k.day}|${k.lon}|${k.lat}`, k);
	const index = new IncidentIndex();
	if (places.size === 0) return index;
	const gap = 2 * INCIDENT_TUNABLES.maxDayGap;
	const ranges = [...places.values()].map((k) => ({ day: k.day as number, box: reachBox(k, 2) }));
	const rows = await client.query<MemberRow>(
		`SELECT DISTINCT m.seq, m.incident_id, m.key
		FROM unnest($1::int[], $2::float8[], $3::float8[], $4::float8[], $5::float8[])
			AS r(day, south, north, west, east)
		JOIN incident_members m ON m.day BETWEEN r.day - ${gap} AND r.day + ${gap}
			AND m.lat BETWEEN r.south AND r.north AND m.lon BETWEEN r.west AND r.east
		ORDER BY m.seq`,
		[
			ranges.map((r) => r.day),
			ranges.map((r) => r.box.south),
			ranges.map((r) => r.box.north),
			ranges.map((r) => r.box.west),
			ranges.map((r) => r.box.east)
		]
	);
	for (const row of rows.rows) index.seed(row.incident_id, JSON.parse(row.key) as IncidentKey);
	return index;
}

/** Inserts members in their order (so `seq` keeps the order they were grouped in). */
async function insertMembers(client: pg.ClientBase, members: readonly Member[]): Promise<void> {
	for (let i = 0; i < members.length; i += INSERT_CHUNK) {
		const chunk = members.slice(i, i + INSERT_CHUNK);
		// Only a claim that can be matched is found by day and place; the others are incidents alone.
		const at = chunk.map((m) => canJoin(m.key));
		await client.query(
			`INSERT INTO incident_members (article_id, feature_id, incident_id, day, lat, lon, key)
			SELECT a, f, i, d, la, lo, k FROM unnest($1::text[], $2::text[], $3::text[], $4::int[],
				$5::float8[], $6::float8[], $7::text[]) WITH ORDINALITY AS u(a, f, i, d, la, lo, k, n)
			ORDER BY n`,
			[
				chunk.map((m) => m.articleId),
				chunk.map((m) => m.key.featureId),
				chunk.map((m) => m.incidentId),
				chunk.map((m, j) => (at[j] ? m.key.day : null)),
				chunk.map((m, j) => (at[j] ? m.key.lat : null)),
				chunk.map((m, j) => (at[j] ? m.key.lon : null)),
				chunk.map((m) => JSON.stringify(m.key))
			]
		);
	}
}

/**
 * Puts articles' features into incidents, each joining the oldest incident it matches or founding
 * one, in the order given. Call inside the transaction that stored the features, after every
 * article of it is written and before the revision is bumped (see the module's comment).
 */
export async function groupArticles(
	client: pg.ClientBase,
	articles: readonly ArticleToGroup[]
): Promise<void> {
	if (articles.length === 0) return;
	await lockGrouping(client);
	const stale = articles.filter((a) => !a.fresh).map((a) => a.articleId);
	if (stale.length > 0)
		await client.query('DELETE FROM incident_members WHERE article_id = ANY($1::text[])', [stale]);
	const keyed = articles.map((a) => ({
		articleId: a.articleId,
		keys: a.features.map(incidentKey)
	}));
	const index = await indexFor(
		client,
		keyed.flatMap((a) => a.keys)
	);
	const members: Member[] = [];
	for (const a of keyed)
		for (const key of a.keys)
			members.push({ articleId: a.articleId, key, incidentId: index.add(key) });
	await insertMembers(client, members);
}

/**
 * Regroups one feature after a correction moved it (place, date, type or side): it leaves its
 * incident (which, if it founded it, takes the id of its next oldest claim) and joins or founds one
 * as a new claim would. Call inside the correcting transaction, holding the grouping lock.
 */
export async function regroupFeature(client: pg.ClientBase, feature: ClaimFeature): Promise<void> {
	const articleId = feature.properties.articleId;
	const featureId = String(feature.id);
	await client.query('DELETE FROM incident_members WHERE article_id = $1 AND feature_id = $2', [
		articleId,
		featureId
	]);
	const heir = await client.query<{ feature_id: string }>(
		'SELECT feature_id FROM incident_members WHERE incident_id = $1 ORDER BY seq LIMIT 1',
		[featureId]
	);
	if (heir.rows[0])
		await client.query('UPDATE incident_members SET incident_id = $1 WHERE incident_id = $2', [
			heir.rows[0].feature_id,
			featureId
		]);
	const key = incidentKey(feature);
	const index = await indexFor(client, [key]);
	await insertMembers(client, [{ articleId, key, incidentId: index.add(key) }]);
}

/** Every stored feature in stored order, corrections applied, rejected ones included. */
async function storedFeatures(client: pg.ClientBase): Promise<CorrectedFeature[]> {
	const rows = await client.query<{ json: string }>(
		'SELECT json FROM features ORDER BY article_seq, position'
	);
	const corrections = await client.query<CorrectionRow>(
		'SELECT seq, feature_id, change, at, by FROM corrections WHERE undone_at IS NULL ORDER BY seq'
	);
	return applyAll(
		rows.rows.map((r) => parseStoredFeature(r.json)),
		correctionsOf(corrections.rows)
	);
}

/**
 * Regroups every stored feature from scratch in stored order (what `ingest --reextract` ends with),
 * inside the client's transaction; answers the number of incidents. Corrected claims are grouped
 * where the analyst put them; rejected ones too, as they may be restored.
 */
export async function rebuildIncidents(client: pg.ClientBase): Promise<number> {
	await lockGrouping(client);
	await client.query('DELETE FROM incident_members');
	const index = new IncidentIndex();
	const members: Member[] = [];
	for (const feature of await storedFeatures(client)) {
		const key = incidentKey(feature);
		members.push({ articleId: feature.properties.articleId, key, incidentId: index.add(key) });
	}
	await insertMembers(client, members);
	return new Set(index.membership().values()).size;
}

/**
 * Groups a database's claims when some are not grouped (a database from before incidents), inside
 * the client's transaction: every feature has exactly one member row once grouped, so the counts
 * tell. Answers whether it regrouped.
 */
export async function groupIfNeeded(client: pg.ClientBase): Promise<boolean> {
	await lockGrouping(client);
	const r = await client.query<{ ungrouped: boolean }>(
		`SELECT (SELECT COUNT(*) FROM features) <> (SELECT COUNT(*) FROM incident_members) AS ungrouped`
	);
	if (!r.rows[0].ungrouped) return false;
	await rebuildIncidents(client);
	return true;
}

/** The machine's grouping: feature id → incident id, in the order grouped. */
export async function incidentMembership(db: Db): Promise<Map<string, string>> {
	const r = await db.query<{ feature_id: string; incident_id: string }>(
		'SELECT feature_id, incident_id FROM incident_members ORDER BY seq'
	);
	return new Map(r.rows.map((row) => [row.feature_id, row.incident_id]));
}

/**
 * The grouping less the features alone in an incident of their own id: members of shared incidents
 * and features whose incident is another's (see ClaimStore.sharedGrouping). Features that share one
 * id (a re-used id), each in the incident of that id, are left out too: to a reader that is what a
 * feature the grouping lacks is, an incident of its own id.
 */
export async function sharedMembership(db: Db): Promise<Record<string, string>> {
	const r = await db.query<{ feature_id: string; incident_id: string }>(SHARED_MEMBERS_SQL);
	return membershipOf(r.rows);
}

/** See ClaimStore.sharedIncidents. */
export async function sharedIncidents(
	db: Db,
	after: string,
	limit: number
): Promise<SharedIncident[]> {
	const r = await db.query<{ feature_id: string; incident_id: string }>(
		sharedIncidentsSql('$1', '$2'),
		[after, limit]
	);
	return sharedIncidentsOf(r.rows);
}

/** Every judgement, in the order made. */
export async function listJudgements(db: Db): Promise<IncidentJudgement[]> {
	const r = await db.query<JudgementRow>(
		'SELECT kind, feature_id, other_feature_id, note, link, by, at FROM incident_judgements ORDER BY seq'
	);
	return r.rows.map(judgementOf);
}

/** Records a judgement. */
export async function insertJudgement(db: Db, j: IncidentJudgement): Promise<void> {
	await db.query(
		`INSERT INTO incident_judgements (kind, feature_id, other_feature_id, note, link, by, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		judgementColumns(j)
	);
}

/** The grouping reads of one claim's incident (see incident-of.ts), each one indexed lookup. */
export function grouping(db: Db): Omit<IncidentOfReads, 'features'> {
	return {
		async incidentsOf(featureIds) {
			const r = await db.query<{ feature_id: string; incident_id: string }>(
				'SELECT feature_id, incident_id FROM incident_members WHERE feature_id = ANY($1::text[]) ORDER BY seq',
				[featureIds]
			);
			return new Map(r.rows.map((row) => [row.feature_id, row.incident_id]));
		},
		async membersWith(_featureId, incidentId) {
			const r = await db.query<{ feature_id: string }>(
				'SELECT feature_id FROM incident_members WHERE incident_id = $1 ORDER BY seq',
				[incidentId]
			);
			return new Map(r.rows.map((row) => [row.feature_id, incidentId]));
		},
		judgements: () => listJudgements(db)
	};
}
