/**
 * Incidents in SQLite: the machine's grouping (`incident_members`, one row per feature, written in
 * the ingest transaction) and analysts' judgements (`incident_judgements`, kept apart and keyed by
 * feature id, so they survive re-extraction). A new claim is matched only against the incidents
 * within two days of it, read by one range on the (day, lat) index the first time a claim on those
 * days is grouped and kept in a per-process cache, so ingest stays incremental however large the
 * store grows.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import type { ClaimFeature } from '../../core/contract';
import {
	canJoin,
	IncidentIndex,
	incidentKey,
	INCIDENT_TUNABLES,
	squaresAround,
	type IncidentJudgement,
	type IncidentKey
} from '../../core/incidents/index';
import type { IncidentOfReads } from './incident-of';
import {
	judgementColumns,
	judgementOf,
	membershipOf,
	SHARED_MEMBERS_SQL,
	sharedIncidentsOf,
	sharedIncidentsSql,
	type JudgementRow
} from './rows';
import type { SharedIncident } from './types';

interface MemberRow {
	seq: number;
	feature_id: string;
	incident_id: string;
	key: string;
}

/** The statements of one database, prepared once (preparing per call cost more than grouping). */
function statements(db: BetterSqlite3.Database) {
	let s = prepared.get(db);
	if (!s) {
		s = {
			near: db.prepare(
				`SELECT seq, feature_id, incident_id, key FROM incident_members WHERE day BETWEEN ? AND ?
					AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`
			),
			// Whole days, in the order stored: one sequential range of the (day, lat) index.
			days: db.prepare(
				`SELECT seq, feature_id, incident_id, key FROM incident_members WHERE day BETWEEN ? AND ?
					ORDER BY seq`
			),
			since: db.prepare(
				`SELECT seq, feature_id, incident_id, key FROM incident_members
					WHERE seq > ? AND day IS NOT NULL ORDER BY seq`
			),
			// One statement per article for both checks: rows removed (the generation), rows added.
			state: db.prepare(
				`SELECT COALESCE((SELECT value FROM meta WHERE key = ?), '0') AS generation,
					COALESCE((SELECT MAX(seq) FROM incident_members), 0) AS seq`
			),
			insert: db.prepare(
				'INSERT INTO incident_members (article_id, feature_id, incident_id, day, lat, lon, key) VALUES (?, ?, ?, ?, ?, ?, ?)'
			),
			forget: db.prepare('DELETE FROM incident_members WHERE article_id = ?')
		};
		prepared.set(db, s);
	}
	return s;
}

const prepared = new WeakMap<
	BetterSqlite3.Database,
	Record<'near' | 'days' | 'since' | 'state' | 'insert' | 'forget', BetterSqlite3.Statement>
>();

function insertMember(
	db: BetterSqlite3.Database,
	articleId: string,
	key: IncidentKey,
	incidentId: string
): number {
	// Only a claim that can be matched is found by day and place; the others are incidents alone.
	const at = canJoin(key);
	const result = statements(db).insert.run(
		articleId,
		key.featureId,
		incidentId,
		at ? key.day : null,
		at ? key.lat : null,
		at ? key.lon : null,
		JSON.stringify(key)
	);
	return Number(result.lastInsertRowid);
}

/**
 * This process's cache of the stored grouping, per database: the days read so far (each read once,
 * by one indexed range, the first time a claim within two days of it is grouped), kept up to date
 * with the rows any process added since, and dropped whole when rows were removed. Only the days
 * the claims being grouped can reach are read, so neither a process's first ingest nor the first
 * after a removal reads the whole grouping. Whole days rather than places around the claim: a
 * day's claims are few (hundreds to thousands), and reading them in one range cost a fifth of the
 * many small ranges around each new claim's place (measured with scripts/bench-ingest-incidents.ts
 * on a filled store).
 */
interface Cache {
	index: IncidentIndex;
	/** Days whose stored members are all in the index. */
	loaded: Set<number>;
	/** True when every stored member is in the index (the cache began with no grouping stored). */
	complete: boolean;
	/** The last row seen; rows after it are read before grouping. */
	lastSeq: number;
	generation: string;
}

const caches = new WeakMap<BetterSqlite3.Database, Cache>();
const GENERATION = 'incident_generation';

/** The stored grouping's generation (bumped when rows are removed) and its last row. */
function stateOf(db: BetterSqlite3.Database): { generation: string; seq: number } {
	return statements(db).state.get(GENERATION) as { generation: string; seq: number };
}

/**
 * Records that stored grouping rows were removed (a re-extraction, a regrouped claim, a deleted
 * article), so every process's cache is dropped rather than brought up to date.
 */
export function forgetGrouping(db: BetterSqlite3.Database): void {
	db.prepare(
		`INSERT INTO meta (key, value) VALUES (?, '1')
		ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`
	).run(GENERATION);
	caches.delete(db);
}

/** Drops this process's cache (after a failed transaction). */
export function dropMirror(db: BetterSqlite3.Database): void {
	caches.delete(db);
}

/**
 * Seeds a stored row unless the index holds its claim (ranges overlap, and a key is parsed only
 * when it is new); its seq orders it.
 */
function seedRow(index: IncidentIndex, row: MemberRow): void {
	if (index.incidentOf(row.feature_id) === undefined)
		index.seed(row.incident_id, JSON.parse(row.key) as IncidentKey, row.seq);
}

/** The cache, brought up to date: rows added since (by any process) on days already read. */
function cacheOf(db: BetterSqlite3.Database): Cache {
	const { generation: gen, seq } = stateOf(db);
	let cache = caches.get(db);
	if (!cache || cache.generation !== gen) {
		cache = {
			index: new IncidentIndex(),
			loaded: new Set(),
			complete: seq === 0,
			lastSeq: seq,
			generation: gen
		};
		caches.set(db, cache);
		return cache;
	}
	// Rows added since are read only when there are some (another process ingested).
	if (seq === cache.lastSeq) return cache;
	for (const row of statements(db).since.all(cache.lastSeq) as MemberRow[]) {
		const key = JSON.parse(row.key) as IncidentKey;
		if (cache.complete || cache.loaded.has(key.day as number)) seedRow(cache.index, row);
		cache.lastSeq = row.seq;
	}
	cache.lastSeq = Math.max(cache.lastSeq, seq);
	return cache;
}

/**
 * Reads the days around a claim that the cache has not read yet, by one range over those alone.
 * Every claim of an incident the claim can join lies within a day of the claim, and every claim of
 * that incident within a day of that one: two days either side hold each such incident whole.
 */
function ensureLoaded(db: BetterSqlite3.Database, cache: Cache, key: IncidentKey): void {
	if (cache.complete) return;
	const day = key.day as number;
	const reach = 2 * INCIDENT_TUNABLES.maxDayGap;
	const missing: number[] = [];
	for (let d = day - reach; d <= day + reach; d++) if (!cache.loaded.has(d)) missing.push(d);
	if (missing.length === 0) return;
	const [from, to] = [missing[0], missing[missing.length - 1]];
	for (const row of statements(db).days.all(from, to) as MemberRow[]) seedRow(cache.index, row);
	for (let d = from; d <= to; d++) cache.loaded.add(d);
}

/** Puts one claim into the incident it joins (or founds) through the cache, and stores it. */
function groupKey(db: BetterSqlite3.Database, cache: Cache, articleId: string, key: IncidentKey) {
	if (canJoin(key)) ensureLoaded(db, cache, key);
	const incidentId =
		cache.index.incidentOf(key.featureId) ?? cache.index.find(key) ?? key.featureId;
	const seq = insertMember(db, articleId, key, incidentId);
	cache.index.seed(incidentId, key, seq);
	cache.lastSeq = seq;
}

/**
 * Puts an article's features into incidents, each joining the oldest incident it matches or founding
 * one, through the cache of the grouping (brought up to date first, so other processes' ingests
 * count). Call inside the transaction that stores the features; drop the cache if it fails.
 */
export function groupArticle(
	db: BetterSqlite3.Database,
	articleId: string,
	features: readonly ClaimFeature[],
	fresh = false
): void {
	// A new article has no claims grouped yet; a re-extracted one leaves its old grouping first.
	if (!fresh) {
		statements(db).forget.run(articleId);
		forgetGrouping(db);
	}
	const cache = cacheOf(db);
	for (const feature of features) groupKey(db, cache, articleId, incidentKey(feature));
}

/**
 * Regroups every stored feature from scratch (what `ingest --reextract` ends with), given in article
 * order with corrections applied; returns the number of incidents.
 */
export function rebuildIncidents(
	db: BetterSqlite3.Database,
	features: readonly ClaimFeature[]
): number {
	const index = new IncidentIndex();
	const rebuild = db.transaction(() => {
		db.prepare('DELETE FROM incident_members').run();
		forgetGrouping(db);
		for (const feature of features) {
			const key = incidentKey(feature);
			insertMember(db, feature.properties.articleId, key, index.add(key));
		}
	});
	rebuild.immediate();
	return new Set(index.membership().values()).size;
}

/**
 * Regroups one feature after a correction moved it (place, date, type or side): it leaves its
 * incident (which, if it founded it, takes the id of its next oldest claim) and joins or founds one
 * as a new claim would.
 */
export function regroupFeature(db: BetterSqlite3.Database, feature: ClaimFeature): void {
	const articleId = feature.properties.articleId;
	const featureId = String(feature.id);
	const regroup = db.transaction(() => {
		db.prepare('DELETE FROM incident_members WHERE article_id = ? AND feature_id = ?').run(
			articleId,
			featureId
		);
		forgetGrouping(db);
		const heir = db
			.prepare('SELECT feature_id FROM incident_members WHERE incident_id = ? ORDER BY seq LIMIT 1')
			.get(featureId) as { feature_id: string } | undefined;
		if (heir)
			db.prepare('UPDATE incident_members SET incident_id = ? WHERE incident_id = ?').run(
				heir.feature_id,
				featureId
			);
		groupKey(db, cacheOf(db), articleId, incidentKey(feature));
	});
	regroup.immediate();
}

/** Whether any stored feature has not been grouped (a database from before incidents). */
export function needsGrouping(db: BetterSqlite3.Database): boolean {
	return (
		db
			.prepare(
				`SELECT 1 FROM features f WHERE NOT EXISTS (SELECT 1 FROM incident_members m
				WHERE m.article_id = f.article_id AND m.feature_id = f.feature_id) LIMIT 1`
			)
			.get() !== undefined
	);
}

/** The machine's grouping: feature id → incident id. */
export function incidentMembership(db: BetterSqlite3.Database): Map<string, string> {
	const rows = db
		.prepare('SELECT feature_id, incident_id FROM incident_members ORDER BY seq')
		.all() as {
		feature_id: string;
		incident_id: string;
	}[];
	return new Map(rows.map((r) => [r.feature_id, r.incident_id]));
}

/**
 * The grouping less the features alone in an incident of their own id: members of shared incidents
 * and features whose incident is another's (see ClaimStore.sharedGrouping). Features that share one
 * id (a re-used id), each in the incident of that id, are left out too: to a reader that is what a
 * feature the grouping lacks is, an incident of its own id.
 */
export function sharedMembership(db: BetterSqlite3.Database): Record<string, string> {
	return membershipOf(
		db.prepare(SHARED_MEMBERS_SQL).all() as { feature_id: string; incident_id: string }[]
	);
}

/** See ClaimStore.sharedIncidents. */
export function sharedIncidents(
	db: BetterSqlite3.Database,
	after: string,
	limit: number
): SharedIncident[] {
	return sharedIncidentsOf(
		db.prepare(sharedIncidentsSql('?', '?')).all(after, limit) as {
			feature_id: string;
			incident_id: string;
		}[]
	);
}

/** Every judgement, in the order made. */
export function listJudgements(db: BetterSqlite3.Database): IncidentJudgement[] {
	const rows = db
		.prepare(
			'SELECT kind, feature_id, other_feature_id, note, link, by, at FROM incident_judgements ORDER BY seq'
		)
		.all() as JudgementRow[];
	return rows.map(judgementOf);
}

/** Records a judgement. */
export function insertJudgement(db: BetterSqlite3.Database, j: IncidentJudgement): void {
	db.prepare(
		`INSERT INTO incident_judgements (kind, feature_id, other_feature_id, note, link, by, at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(...judgementColumns(j));
}

/**
 * The grouping reads of one claim's incident (see incident-of.ts). A machine incident's claims all
 * lie within a day and the reach of each of them, so one range around a member holds the others.
 */
export function grouping(db: BetterSqlite3.Database): Omit<IncidentOfReads, 'features'> {
	const rowsOf = (featureIds: readonly string[]) =>
		db
			.prepare(
				`SELECT m.seq, m.feature_id, m.incident_id, m.key FROM features f
				JOIN incident_members m ON m.article_id = f.article_id AND m.feature_id = f.feature_id
				WHERE f.feature_id IN (SELECT value FROM json_each(?)) ORDER BY m.seq`
			)
			.all(JSON.stringify(featureIds)) as MemberRow[];
	return {
		incidentsOf: async (featureIds) =>
			new Map(rowsOf(featureIds).map((r) => [r.feature_id, r.incident_id])),
		async membersWith(featureId, incidentId) {
			const own = rowsOf([featureId]).find((r) => r.incident_id === incidentId);
			const key = own ? (JSON.parse(own.key) as IncidentKey) : null;
			if (!key || !canJoin(key)) return new Map([[featureId, incidentId]]);
			const { box } = squaresAround(key);
			const rows = statements(db).near.all(
				box.dayFrom,
				box.dayTo,
				box.south,
				box.north,
				box.west,
				box.east
			) as MemberRow[];
			const members = new Map<string, string>();
			for (const row of rows.sort((a, b) => a.seq - b.seq))
				if (row.incident_id === incidentId) members.set(row.feature_id, incidentId);
			return members;
		},
		judgements: async () => listJudgements(db)
	};
}
