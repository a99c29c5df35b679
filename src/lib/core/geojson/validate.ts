/**
 * Validation of a claims collection: RFC 7946 structure (through `geojson-validation`) plus our own
 * checks (longitude/latitude order and range, no `crs`, bbox, the `claimsmap` member, every contract
 * property with its type). Problems name the feature; import can keep the valid features.
 */
import gjv from 'geojson-validation';
import {
	ATTRIBUTION_BASES,
	CLAIMANT_KINDS,
	CLAIMANT_SIDES,
	CLAIM_PROPERTY_NAMES,
	DATE_PRECISIONS,
	EVENT_TYPES,
	FORMAT_VERSION,
	PRECISIONS,
	QUANTITY_CATEGORIES,
	STANCES,
	type ClaimCollection,
	type ClaimFeature
} from '../contract';
import { upgradeCollection } from './upgrade';

/** One problem; `featureIndex`/`featureId` are null for problems of the collection itself. */
export interface ValidationProblem {
	featureIndex: number | null;
	featureId: string | null;
	message: string;
}

/** The outcome of validation. On failure, `validFeatures` are the features without problems. */
export type ValidationResult =
	| { ok: true; collection: ClaimCollection; warnings: ValidationProblem[] }
	| {
			ok: false;
			errors: ValidationProblem[];
			validFeatures: ClaimFeature[];
			warnings: ValidationProblem[];
	  };

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(v: unknown): boolean {
	if (typeof v !== 'string' || !DATE.test(v)) return false;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function decimals(n: number): number {
	const s = String(n);
	if (s.includes('e')) return 20;
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

function checkPosition(
	coords: unknown,
	problems: string[],
	warnings: string[],
	what: string
): void {
	if (
		!Array.isArray(coords) ||
		coords.length < 2 ||
		coords.length > 3 ||
		!coords.every((c) => typeof c === 'number' && Number.isFinite(c))
	) {
		problems.push(`${what} must be [longitude, latitude] numbers`);
		return;
	}
	const [lon, lat] = coords as number[];
	if (lat < -90 || lat > 90) {
		problems.push(
			lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180
				? `${what} latitude ${lat} is out of range; coordinates look swapped (GeoJSON is [longitude, latitude])`
				: `${what} latitude ${lat} is out of range [-90, 90]`
		);
	}
	if (lon < -180 || lon > 180)
		problems.push(`${what} longitude ${lon} is out of range [-180, 180]`);
	if (decimals(lon) > 6 || decimals(lat) > 6) warnings.push(`${what} has more than 6 decimals`);
}

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const int: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const oneOf =
	(values: readonly string[], nullable = false): Check =>
	(v) =>
		(nullable && v === null) || (typeof v === 'string' && values.includes(v));

const PROPERTY_CHECKS: Record<(typeof CLAIM_PROPERTY_NAMES)[number], [Check, string]> = {
	claimId: [(v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
	eventType: [oneOf(EVENT_TYPES), `one of ${EVENT_TYPES.join(', ')}`],
	claimantSide: [oneOf(CLAIMANT_SIDES), `one of ${CLAIMANT_SIDES.join(', ')}`],
	claimant: [strOrNull, 'a string or null'],
	attribution: [
		(v) =>
			v === null ||
			(isObj(v) &&
				typeof v.claimant === 'string' &&
				oneOf(CLAIMANT_SIDES)(v.side) &&
				oneOf(CLAIMANT_KINDS, true)(v.kind) &&
				oneOf(ATTRIBUTION_BASES)(v.basis)),
		'null or {claimant, side, kind, basis}'
	],
	stance: [oneOf(STANCES), `one of ${STANCES.join(', ')}`],
	summary: [str, 'a string'],
	quantities: [
		(v) =>
			Array.isArray(v) &&
			v.every(
				(q) =>
					isObj(q) &&
					typeof q.count === 'number' &&
					Number.isFinite(q.count) &&
					q.count >= 0 &&
					typeof q.item === 'string' &&
					oneOf(QUANTITY_CATEGORIES)(q.category)
			),
		'an array of {count, item, category}'
	],
	quote: [str, 'a string'],
	quoteStart: [int, 'a non-negative integer'],
	quoteEnd: [int, 'a non-negative integer'],
	placeMention: [strOrNull, 'a string or null'],
	placeName: [strOrNull, 'a string or null'],
	gazetteerId: [strOrNull, 'a string or null'],
	admin1: [strOrNull, 'a string or null'],
	precision: [oneOf(PRECISIONS, true), `one of ${PRECISIONS.join(', ')} or null`],
	uncertaintyKm: [
		(v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
		'a non-negative number or null'
	],
	confidence: [(v) => typeof v === 'number' && v >= 0 && v <= 1, 'a number in 0..1'],
	alternatives: [
		(v) =>
			Array.isArray(v) &&
			v.length <= 5 &&
			v.every(
				(a) =>
					isObj(a) &&
					typeof a.placeName === 'string' &&
					typeof a.gazetteerId === 'string' &&
					strOrNull(a.admin1) &&
					typeof a.lon === 'number' &&
					a.lon >= -180 &&
					a.lon <= 180 &&
					typeof a.lat === 'number' &&
					a.lat >= -90 &&
					a.lat <= 90 &&
					typeof a.score === 'number'
			),
		'an array of at most 5 {placeName, gazetteerId, admin1, lon, lat, score}'
	],
	eventDate: [(v) => v === null || isDate(v), 'a YYYY-MM-DD date or null'],
	datePrecision: [oneOf(DATE_PRECISIONS), `one of ${DATE_PRECISIONS.join(', ')}`],
	articleId: [(v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
	articleTitle: [str, 'a string'],
	publisher: [strOrNull, 'a string or null'],
	url: [strOrNull, 'a string or null'],
	published: [(v) => v === null || isDate(v), 'a YYYY-MM-DD date or null']
};

function checkFeature(f: unknown, problems: string[], warnings: string[]): void {
	const structural = gjv.isFeature(f, true);
	for (const p of structural) problems.push(`not a GeoJSON Feature: ${p}`);
	if (!isObj(f)) return;
	if ('crs' in f) problems.push('has a "crs" member, which RFC 7946 removed');
	if (typeof f.id !== 'string' || f.id.length === 0)
		problems.push('"id" must be a non-empty string');
	const g = f.geometry;
	if (g !== null && g !== undefined) {
		if (!isObj(g) || g.type !== 'Point') problems.push('geometry must be a Point or null');
		else checkPosition(g.coordinates, problems, warnings, 'Point');
	}
	const p = f.properties;
	if (!isObj(p)) {
		problems.push('"properties" must be an object');
		return;
	}
	for (const name of CLAIM_PROPERTY_NAMES) {
		if (!(name in p)) {
			problems.push(`property "${name}" is missing`);
			continue;
		}
		const [check, expected] = PROPERTY_CHECKS[name];
		if (!check(p[name]))
			problems.push(
				`property "${name}" must be ${expected}, got ${JSON.stringify(p[name])?.slice(0, 60)}`
			);
	}
	if (int(p.quoteStart) && int(p.quoteEnd) && typeof p.quote === 'string') {
		if ((p.quoteEnd as number) < (p.quoteStart as number))
			problems.push('quoteEnd is before quoteStart');
		else if ((p.quoteEnd as number) - (p.quoteStart as number) !== p.quote.length)
			problems.push('quoteEnd - quoteStart differs from the length of quote');
	}
	if (g === null && p.precision !== null && p.precision !== undefined)
		warnings.push('has a precision but no geometry');
}

/** Validates an unknown value as a claims collection of the contract (version 1 files are upgraded). */
export function validateClaimCollection(input: unknown): ValidationResult {
	const value = upgradeCollection(input);
	const errors: ValidationProblem[] = [];
	const warnings: ValidationProblem[] = [];
	const top = (message: string) => errors.push({ featureIndex: null, featureId: null, message });
	if (!isObj(value)) {
		top('not a JSON object');
		return { ok: false, errors, validFeatures: [], warnings };
	}
	if (value.type !== 'FeatureCollection') top('"type" must be "FeatureCollection"');
	if ('crs' in value)
		top('has a "crs" member, which RFC 7946 removed (coordinates are always WGS84)');
	const meta = value.claimsmap;
	if (!isObj(meta)) top('the "claimsmap" member {formatVersion, generator, gazetteer} is missing');
	else {
		if (meta.formatVersion !== FORMAT_VERSION)
			top(
				`claimsmap.formatVersion must be ${FORMAT_VERSION}, got ${JSON.stringify(meta.formatVersion)}`
			);
		if (typeof meta.generator !== 'string') top('claimsmap.generator must be a string');
		if (typeof meta.gazetteer !== 'string') top('claimsmap.gazetteer must be a string');
	}
	if (!Array.isArray(value.features)) {
		top('"features" must be an array');
		return { ok: false, errors, validFeatures: [], warnings };
	}
	const validFeatures: ClaimFeature[] = [];
	const seen = new Map<string, number>();
	value.features.forEach((f: unknown, i: number) => {
		const problems: string[] = [];
		const own: string[] = [];
		checkFeature(f, problems, own);
		const id = isObj(f) && typeof f.id === 'string' ? f.id : null;
		if (id !== null) {
			const first = seen.get(id);
			if (first !== undefined) problems.push(`duplicate id (also feature ${first})`);
			else seen.set(id, i);
		}
		for (const message of problems) errors.push({ featureIndex: i, featureId: id, message });
		for (const message of own) warnings.push({ featureIndex: i, featureId: id, message });
		if (problems.length === 0) validFeatures.push(f as ClaimFeature);
	});
	if ('bbox' in value) {
		const b = value.bbox;
		const trace = gjv.isBbox(b, true);
		if (
			trace.length > 0 ||
			!Array.isArray(b) ||
			b.length !== 4 ||
			!b.every((n) => typeof n === 'number')
		)
			top('"bbox" must be [minLon, minLat, maxLon, maxLat]');
		else {
			const [w, s, e, n] = b as number[];
			if (s > n || w < -180 || e > 180 || s < -90 || n > 90)
				top('"bbox" is not [minLon, minLat, maxLon, maxLat] within range');
			for (const f of value.features as unknown[]) {
				const g = isObj(f) ? f.geometry : null;
				if (!isObj(g) || !Array.isArray(g.coordinates)) continue;
				const [lon, lat] = g.coordinates as number[];
				if (typeof lon !== 'number' || typeof lat !== 'number') continue;
				const inLon = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
				if (!inLon || lat < s || lat > n) {
					top(`"bbox" does not contain feature ${isObj(f) ? String(f.id) : '?'}`);
					break;
				}
			}
		}
	}
	if (errors.length > 0) return { ok: false, errors, validFeatures, warnings };
	return { ok: true, collection: value as unknown as ClaimCollection, warnings };
}

/** One line per problem, for messages: `feature 3 (id abc): property "eventType" must be ...`. */
export function formatProblems(problems: readonly ValidationProblem[]): string {
	return problems
		.map((p) =>
			p.featureIndex === null
				? `collection: ${p.message}`
				: `feature ${p.featureIndex}${p.featureId ? ` (id ${p.featureId})` : ''}: ${p.message}`
		)
		.join('\n');
}
