/**
 * Incidents in SQLite: the machine's grouping (`incident_members`, one row per feature, written in
 * the ingest transaction) and analysts' judgements (`incident_judgements`, kept apart and keyed by
 * feature id, so they survive re-extraction). A new article's claims look only at the incidents
 * within two days and 50 km of them (one range on the (day, lat) index), so ingest stays incremental
 * however large the store grows.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import type { ClaimFeature } from '../../core/contract';
import {
	canJoin,
	INCIDENT_TUNABLES,
	reachBox,
	IncidentIndex,
	incidentKey,
	type IncidentJudgement,
	type IncidentKey
} from '../../core/incidents/index';
import { judgementColumns, judgementOf, type JudgementRow } from './rows';

interface MemberRow {
	seq: number;
	incident_id: string;
	key: string;
}

/** The statements of one database, prepared once (preparing per call cost more than grouping). */
function statements(db: BetterSqlite3.Database) {
	let s = prepared.get(db);
	if (!s) {
		s = {
			// Every claim of an incident lies within a day and the reach of each other, so the claims
			// within two days and twice the reach hold every incident the article's claims can join.
			near: db.prepare(
				`SELECT seq, incident_id, key FROM incident_members WHERE day BETWEEN ? AND ?
					AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`
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
	{
		near: BetterSqlite3.Statement;
		insert: BetterSqlite3.Statement;
		forget: BetterSqlite3.Statement;
	}
>();

/**
 * An index seeded with the stored incidents an article's claims could join, oldest first. Each
 * distinct place and day of the article reads one small indexed range (two days and twice the reach
 * around it: every claim of an incident lies within a day and the reach of each other, so an incident
 * within reach of a claim comes whole).
 */
function indexFor(db: BetterSqlite3.Database, keys: readonly IncidentKey[]): IncidentIndex {
	const places = new Map<string, IncidentKey>();
	for (const k of keys) if (canJoin(k)) places.set(`${k.day}|${k.lon}|${k.lat}`, k);
	const rows = new Map<number, MemberRow>();
	const gap = 2 * INCIDENT_TUNABLES.maxDayGap;
	for (const k of places.values()) {
		const box = reachBox(k, 2);
		const day = k.day as number;
		for (const row of statements(db).near.all(
			day - gap,
			day + gap,
			box.south,
			box.north,
			box.west,
			box.east
		) as MemberRow[])
			rows.set(row.seq, row);
	}
	const index = new IncidentIndex();
	for (const row of [...rows.values()].sort((a, b) => a.seq - b.seq))
		index.seed(row.incident_id, JSON.parse(row.key) as IncidentKey);
	return index;
}

function insertMember(
	db: BetterSqlite3.Database,
	articleId: string,
	key: IncidentKey,
	incidentId: string
): number | bigint {
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
	return result.lastInsertRowid;
}

/** An in-memory copy of the stored grouping, kept per database and brought up to date before use. */
interface Mirror {
	index: IncidentIndex;
	lastSeq: number;
	generation: string;
}

const mirrors = new WeakMap<BetterSqlite3.Database, Mirror>();
const GENERATION = 'incident_generation';

function generation(db: BetterSqlite3.Database): string {
	const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(GENERATION) as
		{ value: string } | undefined;
	return row?.value ?? '0';
}

/**
 * Records that stored grouping rows were removed (a re-extraction, a regrouped claim, a deleted
 * article), so every process's in-memory copy is rebuilt rather than brought up to date.
 */
export function forgetGrouping(db: BetterSqlite3.Database): void {
	db.prepare(
		`INSERT INTO meta (key, value) VALUES (?, '1')
		ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`
	).run(GENERATION);
	mirrors.delete(db);
}

/** Drops this process's in-memory copy (after a failed transaction). */
export function dropMirror(db: BetterSqlite3.Database): void {
	mirrors.delete(db);
}

/**
 * The stored grouping as an index: read whole once, then only the rows added since (by any
 * process), unless rows were removed since, when it is read whole again.
 */
function mirrorOf(db: BetterSqlite3.Database): Mirror {
	const gen = generation(db);
	let mirror = mirrors.get(db);
	if (!mirror || mirror.generation !== gen) {
		mirror = { index: new IncidentIndex(), lastSeq: 0, generation: gen };
		mirrors.set(db, mirror);
	}
	const rows = db
		.prepare('SELECT seq, incident_id, key FROM incident_members WHERE seq > ? ORDER BY seq')
		.all(mirror.lastSeq) as MemberRow[];
	for (const row of rows) {
		mirror.index.seed(row.incident_id, JSON.parse(row.key) as IncidentKey);
		mirror.lastSeq = row.seq;
	}
	return mirror;
}

/**
 * Puts an article's features into incidents, each joining the oldest incident it matches or founding
 * one, through the in-memory copy of the grouping (brought up to date first, so other processes'
 * ingests count). Call inside the transaction that stores the features; drop the copy if it fails.
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
	const mirror = mirrorOf(db);
	for (const key of features.map(incidentKey)) {
		const incidentId = mirror.index.add(key);
		mirror.lastSeq = Number(insertMember(db, articleId, key, incidentId));
	}
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
		const key = incidentKey(feature);
		insertMember(db, articleId, key, indexFor(db, [key]).add(key));
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
