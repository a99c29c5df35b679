/**
 * Scorer of incident grouping on the gold set (`gold.json`): invented reports in the styles of real
 * ones, and pairs of their claims marked the same incident or not. Every report is extracted and
 * grouped as an ingest would (oldest first), then each pair is predicted the same when a claim of one
 * side shares an incident with a claim of the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimFeature, EventType } from '../../../src/lib/core/contract';
import { extractClaims, type ExtractOptions } from '../../../src/lib/core/extract/pipeline';
import type { Geocoder } from '../../../src/lib/core/geocode/types';
import { IncidentIndex } from '../../../src/lib/core/incidents/group';
import { incidentKey } from '../../../src/lib/core/incidents/key';

/** One invented report. */
export interface GoldReport {
	id: string;
	title: string;
	publisher: string | null;
	published: string;
	text: string;
}

/** The claims of a report a pair is about: at a place (as the gazetteer names it), of a type. */
export interface GoldSide {
	report: string;
	place: string;
	type?: EventType;
}

/** Two claims and whether they are one incident; `kind` says what the pair tests. */
export interface GoldPair {
	a: GoldSide;
	b: GoldSide;
	same: boolean;
	kind: string;
}

/** The gold set. */
export interface GoldSet {
	reports: GoldReport[];
	pairs: GoldPair[];
}

/** The outcome on one pair. */
export interface PairOutcome {
	pair: GoldPair;
	predicted: boolean;
	/** A side whose claims the extractor did not give (counted as predicted apart). */
	missing: string[];
}

/** Precision, recall and every pair's outcome. */
export interface IncidentScore {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	trueNegatives: number;
	precision: number;
	recall: number;
	outcomes: PairOutcome[];
}

/** Reads the gold set shipped beside this file. */
export function readGoldSet(path = join(import.meta.dirname, 'gold.json')): GoldSet {
	return JSON.parse(readFileSync(path, 'utf8')) as GoldSet;
}

/** Extracts and groups every report, oldest first: report id → its features, feature id → incident. */
export function groupGoldSet(
	gold: GoldSet,
	geocoder: Geocoder,
	options: ExtractOptions = {}
): { claims: Map<string, ClaimFeature[]>; incidentOf: Map<string, string> } {
	const claims = new Map<string, ClaimFeature[]>();
	const index = new IncidentIndex();
	const ordered = [...gold.reports].sort(
		(a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id)
	);
	for (const r of ordered) {
		const e = extractClaims(
			{ text: r.text, title: r.title, publisher: r.publisher, published: r.published },
			geocoder,
			options
		);
		if (e.kind !== 'extracted') throw new Error(`${r.id}: ${e.reason}`);
		claims.set(r.id, e.collection.features);
		for (const f of e.collection.features) index.add(incidentKey(f));
	}
	return { claims, incidentOf: index.membership() };
}

function select(claims: Map<string, ClaimFeature[]>, side: GoldSide): ClaimFeature[] {
	return (claims.get(side.report) ?? []).filter(
		(f) =>
			f.geometry !== null &&
			f.properties.placeName === side.place &&
			(side.type === undefined || f.properties.eventType === side.type)
	);
}

function describe(side: GoldSide): string {
	return `${side.report} at ${side.place}${side.type ? ` (${side.type})` : ''}`;
}

/** Scores the grouping of the gold set. */
export function scoreIncidents(
	gold: GoldSet,
	geocoder: Geocoder,
	options: ExtractOptions = {}
): IncidentScore {
	const { claims, incidentOf } = groupGoldSet(gold, geocoder, options);
	const outcomes = gold.pairs.map((pair): PairOutcome => {
		const a = select(claims, pair.a);
		const b = select(claims, pair.b);
		const missing = [...(a.length ? [] : [pair.a]), ...(b.length ? [] : [pair.b])].map(describe);
		const incidents = new Set(a.map((f) => incidentOf.get(String(f.id))));
		const predicted = b.some((f) => incidents.has(incidentOf.get(String(f.id))));
		return { pair, predicted, missing };
	});
	const count = (same: boolean, predicted: boolean) =>
		outcomes.filter((o) => o.pair.same === same && o.predicted === predicted).length;
	const tp = count(true, true);
	const fp = count(false, true);
	const fn = count(true, false);
	return {
		truePositives: tp,
		falsePositives: fp,
		falseNegatives: fn,
		trueNegatives: count(false, false),
		precision: tp + fp === 0 ? 1 : tp / (tp + fp),
		recall: tp + fn === 0 ? 1 : tp / (tp + fn),
		outcomes
	};
}

/** A readable report: the errors, then the totals. */
export function formatScore(score: IncidentScore): string {
	const lines: string[] = [];
	for (const o of score.outcomes) {
		if (o.predicted === o.pair.same && o.missing.length === 0) continue;
		const what = o.pair.same ? (o.predicted ? 'ok' : 'MISSED') : o.predicted ? 'FALSE MERGE' : 'ok';
		lines.push(
			`${what.padEnd(11)} ${o.pair.kind}: ${describe(o.pair.a)} ~ ${describe(o.pair.b)}` +
				(o.missing.length ? ` [no claim: ${o.missing.join('; ')}]` : '')
		);
	}
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	const same = score.truePositives + score.falseNegatives;
	const apart = score.falsePositives + score.trueNegatives;
	lines.push(
		`pairs: ${same} same, ${apart} apart · precision ${pct(score.precision)} (${score.truePositives}/${score.truePositives + score.falsePositives}) · recall ${pct(score.recall)} (${score.truePositives}/${same}) · false merges ${score.falsePositives}`
	);
	return lines.join('\n');
}
