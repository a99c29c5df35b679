/**
 * Rows as both stores keep them (SQLite and PostgreSQL share column names), turned into the store
 * interface's values, so the two backends cannot drift apart in what they answer.
 */
import type { ClaimFeature } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import { checkChange, type Correction } from '../../core/corrections/correction';
import { withStoredText } from '../../core/export/stream';
import { upgradeFeature } from '../../core/geojson/upgrade';
import type { IncidentJudgement } from '../../core/incidents/judgements';
import type { MarkFeature } from '../../core/incidents/mark-features';
import { controlReading } from '../../core/incidents/status';
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	PRECISIONS,
	STANCES,
	type ClaimantSide,
	type EventType,
	type Precision,
	type Stance
} from '../../core/contract';
import type { ArticleSummary, OrderedMarkFeature, SharedIncident, StoredArticle } from './types';

/** An article row with its counts, as selected by either store. */
export interface ArticleRow {
	article_id: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
	text: string;
	generator: string;
	gazetteer: string;
	added_at: string;
	added_by: string | null;
	feature_count: number;
	claim_count: number;
	corrected_count: number;
}

/** A stored correction row. */
export interface CorrectionRow {
	seq: number | string;
	feature_id: string;
	change: string;
	at: string;
	by: string | null;
}

/** The listed summary of an article row. */
export function articleSummary(row: ArticleRow): ArticleSummary {
	return {
		articleId: row.article_id,
		title: row.title,
		publisher: row.publisher,
		url: row.url,
		published: row.published,
		addedAt: row.added_at,
		claimCount: row.claim_count,
		featureCount: row.feature_count,
		correctedCount: row.corrected_count,
		addedBy: row.added_by
	};
}

/** An article row as the store answers `getArticle`: its summary with its text and provenance. */
export function articleDetail(row: ArticleRow): StoredArticle {
	return {
		...articleSummary(row),
		text: row.text,
		generator: row.generator,
		gazetteer: row.gazetteer
	};
}

/** One correction row as a correction, or null when its stored change no longer validates. */
export function correctionOf(row: CorrectionRow): Correction | null {
	let parsed: unknown;
	try {
		parsed = JSON.parse(row.change);
	} catch {
		return null;
	}
	const check = checkChange(parsed);
	return check.kind === 'valid'
		? { featureId: row.feature_id, change: check.change, at: row.at, by: row.by }
		: null;
}

/** The valid corrections among rows, in their order. */
export function correctionsOf(rows: readonly CorrectionRow[]): Correction[] {
	return rows.map(correctionOf).filter((c): c is Correction => c !== null);
}

/**
 * One stored feature as served, for a stream: parsed, upgraded and corrected. Uncorrected and
 * already current (the usual case), it keeps its stored text, which stores write as
 * `JSON.stringify` of the feature, so an export can write that text as it is.
 */
export function servedFromStored(
	json: string,
	corrections: Correction[] | undefined
): CorrectedFeature {
	const parsed = JSON.parse(json) as ClaimFeature;
	const feature = upgradeFeature(parsed);
	if (corrections?.length) return applyAll([feature], corrections)[0];
	return feature === parsed
		? withStoredText(feature as CorrectedFeature, json)
		: (feature as CorrectedFeature);
}

/** Corrections grouped by feature id (a stream applies each feature's own as it yields it). */
export function correctionsByFeature(
	corrections: readonly Correction[]
): Map<string, Correction[]> {
	const out = new Map<string, Correction[]>();
	for (const c of corrections) {
		const list = out.get(c.featureId);
		if (list) list.push(c);
		else out.set(c.featureId, [c]);
	}
	return out;
}

/** A collection's `generator`/`gazetteer`: every distinct one among its articles, in order. */
export function joinSources(values: readonly string[]): string {
	return [...new Set(values)].join(' + ') || 'claimsmap store';
}

/**
 * The members of every incident that some member joined (its incident is not its own id), in the
 * order grouped: the incidents of several features, and those whose founder is gone. One text for
 * both backends: the joined members come from their partial index (SQLite migration 9, PostgreSQL
 * migration 8) and their incidents' other members by the index of incidents, instead of counting
 * every incident's members (1.6 s at a million).
 */
export const SHARED_MEMBERS_SQL = `SELECT m.feature_id, m.incident_id FROM incident_members m
	WHERE m.incident_id IN (SELECT j.incident_id FROM incident_members j WHERE j.incident_id <> j.feature_id)
	ORDER BY m.seq`;

/**
 * A page of SHARED_MEMBERS_SQL by incident: the members of the first `limit` incidents after the
 * id `after` that some member joined, in incident id order, each incident's in the order grouped.
 * The incidents come from the partial index of joined members, their members from the index of
 * incidents (both backends have both). The parameters' placeholders are the backend's.
 */
export function sharedIncidentsSql(after: string, limit: string): string {
	return `SELECT m.incident_id, m.feature_id FROM incident_members m
	WHERE m.incident_id IN (SELECT j.incident_id FROM incident_members j
		WHERE j.incident_id <> j.feature_id AND j.incident_id > ${after}
		GROUP BY j.incident_id ORDER BY j.incident_id LIMIT ${limit})
	ORDER BY m.incident_id, m.seq`;
}

/** Member rows in incident order as incidents, each with its members' ids. */
export function sharedIncidentsOf(
	rows: readonly { feature_id: string; incident_id: string }[]
): SharedIncident[] {
	const out: SharedIncident[] = [];
	for (const row of rows) {
		const last = out[out.length - 1];
		if (last?.incidentId === row.incident_id) last.featureIds.push(row.feature_id);
		else out.push({ incidentId: row.incident_id, featureIds: [row.feature_id] });
	}
	return out;
}

/**
 * Member rows (`incident_members`) as a grouping's membership, feature id → incident id, in row
 * order. Written key by key into an object without a prototype (so no id can name one): at 323k
 * rows a Map made first and copied by `Object.fromEntries` took 0.5 s more.
 */
export function membershipOf(
	rows: readonly { feature_id: string; incident_id: string }[]
): Record<string, string> {
	const membership = Object.create(null) as Record<string, string>;
	for (const row of rows) membership[row.feature_id] = row.incident_id;
	return membership;
}

/** A stored judgement row (`incident_judgements`). */
export interface JudgementRow {
	kind: IncidentJudgement['kind'];
	feature_id: string;
	other_feature_id: string | null;
	note: string | null;
	link: string | null;
	by: string | null;
	at: string;
}

/** One judgement row as a judgement. */
export function judgementOf(row: JudgementRow): IncidentJudgement {
	const made = { featureId: row.feature_id, by: row.by, at: row.at };
	switch (row.kind) {
		case 'merge':
			return { kind: 'merge', ...made, otherFeatureId: row.other_feature_id ?? '' };
		case 'verify':
			return { kind: 'verify', ...made, note: row.note ?? '', link: row.link };
		default:
			return { kind: row.kind, ...made };
	}
}

/** A judgement's values in the column order kind, feature_id, other_feature_id, note, link, by, at. */
export function judgementColumns(j: IncidentJudgement): (string | null)[] {
	return [
		j.kind,
		j.featureId,
		j.kind === 'merge' ? j.otherFeatureId : null,
		j.kind === 'verify' ? j.note : null,
		j.kind === 'verify' ? j.link : null,
		j.by,
		j.at
	];
}

/**
 * A served feature's row as both stores' `markFeaturesOf` select it: the served columns (their
 * corrections applied: no correction changes the rest), its stance, whether an assessor makes it,
 * and the stored JSON of a control claim only (for its words; null for any other type, about 94%
 * of synthetic claims). `precision` is `none` in SQLite's index for a located claim without one.
 */
export interface MarkRow {
	ord: number | string;
	feature_id: string;
	side: ClaimantSide;
	type: EventType;
	day: string | null;
	precision: Precision | 'none' | null;
	confidence: number;
	lon: number | null;
	lat: number | null;
	km: number | null;
	article_id: string;
	stance: Stance;
	assessor: boolean | number;
	control_json: string | null;
}

/** The vocabularies' words, each one string that every mark row's value of it is replaced by. */
const WORDS = new Map<string, string>(
	[...CLAIMANT_SIDES, ...EVENT_TYPES, ...PRECISIONS, ...STANCES].map((w) => [w, w])
);

/**
 * The one string of a vocabulary word: a database driver makes a string per row and value, and
 * the marks keep 189k rows at a million synthetic claims.
 */
function word<T extends string>(value: T): T {
	return (WORDS.get(value) as T | undefined) ?? value;
}

/** A mark row as the feature it stands for (`markFeature` of the served feature). */
export function markFeatureOfRow(row: MarkRow): OrderedMarkFeature {
	const located = row.lon !== null && row.lat !== null;
	const words = row.control_json === null ? null : JSON.parse(row.control_json).properties;
	const feature: MarkFeature = {
		id: row.feature_id,
		geometry: located ? { type: 'Point', coordinates: [row.lon!, row.lat!] } : null,
		properties: {
			claimantSide: word(row.side),
			stance: word(row.stance),
			assessor: Boolean(row.assessor),
			control: controlReading({
				properties: { eventType: row.type, summary: words?.summary, quote: words?.quote }
			}),
			eventType: word(row.type),
			eventDate: row.day,
			published: null,
			precision:
				located && row.precision !== null && row.precision !== 'none' ? word(row.precision) : null,
			uncertaintyKm: located ? row.km : null,
			confidence: row.confidence,
			articleId: row.article_id
		}
	};
	return { order: Number(row.ord), feature };
}
