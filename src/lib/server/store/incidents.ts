/**
 * Incidents in SQLite: the machine's grouping (`incident_members`, one row per feature, written in
 * the ingest transaction) and analysts' judgements (`incident_judgements`, kept apart and keyed by
 * feature id, so they survive re-extraction). A new claim looks only at incidents with a claim within
 * a day of its own (indexed on the day), so ingest stays incremental however large the store grows.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import type { ClaimFeature } from '../../core/contract';
import {
	candidateDays,
	chooseIncident,
	IncidentIndex,
	incidentKey,
	type IncidentCandidate,
	type IncidentJudgement,
	type IncidentKey
} from '../../core/incidents/index';

interface MemberRow {
	incident_id: string;
	key: string;
	seq: number;
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

/** The incidents with a claim within reach of `day`, oldest first, with all their claims. */
function candidatesNear(db: BetterSqlite3.Database, day: number): IncidentCandidate[] {
	const days = candidateDays(day);
	const rows = db
		.prepare(
			`SELECT incident_id, key, seq FROM incident_members WHERE incident_id IN
				(SELECT incident_id FROM incident_members WHERE day BETWEEN ? AND ?)
			ORDER BY seq`
		)
		.all(days[0], days.at(-1)) as MemberRow[];
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
	db.prepare(
		'INSERT INTO incident_members (article_id, feature_id, incident_id, day, key) VALUES (?, ?, ?, ?, ?)'
	).run(articleId, key.featureId, incidentId, key.day, JSON.stringify(key));
}

/**
 * Puts an article's features into incidents, each joining the oldest incident it matches or founding
 * one. Call inside the transaction that stores the features.
 */
export function groupArticle(
	db: BetterSqlite3.Database,
	articleId: string,
	features: readonly ClaimFeature[]
): void {
	db.prepare('DELETE FROM incident_members WHERE article_id = ?').run(articleId);
	for (const feature of features) {
		const key = incidentKey(feature);
		const joined = key.day === null ? null : chooseIncident(key, candidatesNear(db, key.day));
		insertMember(db, articleId, key, joined ?? key.featureId);
	}
}

/**
 * Regroups every stored feature from scratch, articles oldest first (what `ingest --reextract` ends
 * with); returns the number of incidents.
 */
export function rebuildIncidents(db: BetterSqlite3.Database): number {
	const rows = db
		.prepare(
			`SELECT f.article_id, f.json FROM features f JOIN articles a ON a.article_id = f.article_id
			ORDER BY a.seq, f.position`
		)
		.all() as { article_id: string; json: string }[];
	const index = new IncidentIndex();
	const rebuild = db.transaction(() => {
		db.prepare('DELETE FROM incident_members').run();
		for (const row of rows) {
			const key = incidentKey(JSON.parse(row.json) as ClaimFeature);
			insertMember(db, row.article_id, key, index.add(key));
		}
	});
	rebuild.immediate();
	return new Set(index.membership().values()).size;
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
