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
	chooseIncident,
	INCIDENT_TUNABLES,
	reachBox,
	IncidentIndex,
	incidentKey,
	type IncidentJudgement,
	type IncidentKey
} from '../../core/incidents/index';

interface MemberRow {
	incident_id: string;
	key: string;
}

/** An incident as grouping an article sees it; the article's claims are added as they join. */
interface Candidate {
	incidentId: string;
	members: IncidentKey[];
}

interface JudgementRow {
	kind: IncidentJudgement['kind'];
	feature_id: string;
	other_feature_id: string | null;
	note: string | null;
	link: string | null;
	by: string | null;
	at: string;
}

/** The statements of one database, prepared once (preparing per call cost more than grouping). */
function statements(db: BetterSqlite3.Database) {
	let s = prepared.get(db);
	if (!s) {
		s = {
			// Every claim of an incident lies within a day and the reach of each other, so the claims
			// within two days and twice the reach hold every incident the article's claims can join.
			near: db.prepare(
				`SELECT incident_id, key FROM incident_members WHERE day BETWEEN ? AND ?
					AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY seq`
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
 * The stored incidents an article's claims could join, oldest first, each with all its claims: read
 * in one indexed range (days and a box around the claims, both doubled, see `near`).
 */
function candidatesFor(db: BetterSqlite3.Database, keys: readonly IncidentKey[]): Candidate[] {
	if (keys.length === 0) return [];
	const days = keys.map((k) => k.day as number);
	const boxes = keys.map((k) => reachBox(k, 2));
	const rows = statements(db).near.all(
		Math.min(...days) - 2 * INCIDENT_TUNABLES.maxDayGap,
		Math.max(...days) + 2 * INCIDENT_TUNABLES.maxDayGap,
		Math.min(...boxes.map((b) => b.south)),
		Math.max(...boxes.map((b) => b.north)),
		Math.min(...boxes.map((b) => b.west)),
		Math.max(...boxes.map((b) => b.east))
	) as MemberRow[];
	const byIncident = new Map<string, IncidentKey[]>();
	for (const row of rows) {
		const members = byIncident.get(row.incident_id) ?? [];
		members.push(JSON.parse(row.key) as IncidentKey);
		byIncident.set(row.incident_id, members);
	}
	// Map insertion follows the first (lowest seq) member: the oldest incident comes first.
	return [...byIncident].map(([incidentId, members]) => ({ incidentId, members }));
}

function insertMember(
	db: BetterSqlite3.Database,
	articleId: string,
	key: IncidentKey,
	incidentId: string
): void {
	// Only a claim that can be matched is found by day and place; the others are incidents alone.
	const at = canJoin(key);
	statements(db).insert.run(
		articleId,
		key.featureId,
		incidentId,
		at ? key.day : null,
		at ? key.lat : null,
		at ? key.lon : null,
		JSON.stringify(key)
	);
}

/**
 * Puts an article's features into incidents, each joining the oldest incident it matches or founding
 * one. The stored incidents within reach are read once (one indexed range); the article's own claims
 * join them, and each other, in memory. Call inside the transaction that stores the features.
 */
export function groupArticle(
	db: BetterSqlite3.Database,
	articleId: string,
	features: readonly ClaimFeature[]
): void {
	statements(db).forget.run(articleId);
	const keys = features.map(incidentKey);
	const candidates = candidatesFor(db, keys.filter(canJoin));
	for (const key of keys) {
		const joined = canJoin(key) ? chooseIncident(key, candidates) : null;
		const incidentId = joined ?? key.featureId;
		const incident = candidates.find((c) => c.incidentId === incidentId);
		if (incident) incident.members.push(key);
		else if (canJoin(key)) candidates.push({ incidentId, members: [key] });
		insertMember(db, articleId, key, incidentId);
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
		const heir = db
			.prepare('SELECT feature_id FROM incident_members WHERE incident_id = ? ORDER BY seq LIMIT 1')
			.get(featureId) as { feature_id: string } | undefined;
		if (heir)
			db.prepare('UPDATE incident_members SET incident_id = ? WHERE incident_id = ?').run(
				heir.feature_id,
				featureId
			);
		const key = incidentKey(feature);
		const joined = canJoin(key) ? chooseIncident(key, candidatesFor(db, [key])) : null;
		insertMember(db, articleId, key, joined ?? featureId);
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
	return rows.map((r): IncidentJudgement => {
		const made = { featureId: r.feature_id, by: r.by, at: r.at };
		switch (r.kind) {
			case 'merge':
				return { kind: 'merge', ...made, otherFeatureId: r.other_feature_id ?? '' };
			case 'verify':
				return { kind: 'verify', ...made, note: r.note ?? '', link: r.link };
			default:
				return { kind: r.kind, ...made };
		}
	});
}

/** Records a judgement. */
export function insertJudgement(db: BetterSqlite3.Database, j: IncidentJudgement): void {
	db.prepare(
		`INSERT INTO incident_judgements (kind, feature_id, other_feature_id, note, link, by, at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(
		j.kind,
		j.featureId,
		j.kind === 'merge' ? j.otherFeatureId : null,
		j.kind === 'verify' ? j.note : null,
		j.kind === 'verify' ? j.link : null,
		j.by,
		j.at
	);
}
