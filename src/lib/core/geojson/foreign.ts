/**
 * Import of GeoJSON that is not ClaimsMap's own: any points and polygons, with the user saying
 * which property holds the side, the event type, the date and the title. A polygon becomes a claim
 * at its centre with an uncertainty that covers it; values the vocabularies do not know become
 * `unattributed` and `other`, never a guess at a side.
 */
import { centroid } from '@turf/turf';
import type { Feature, Geometry, Point } from 'geojson';
import {
	CLAIMANT_SIDES,
	EVENT_LABELS,
	EVENT_TYPES,
	SIDE_LABELS,
	type ClaimFeature,
	type ClaimantSide,
	type EventType
} from '../contract';
import { isIsoDay } from '../filter/dates';

/** Which property of the file holds what (null: none). */
export interface ForeignMapping {
	side: string | null;
	type: string | null;
	date: string | null;
	title: string | null;
}

/** The fields of a mapping, in the order the dialog offers them. */
export const MAPPING_FIELDS = ['side', 'type', 'date', 'title'] as const;

/** Words that name a side in other datasets, beyond the vocabulary's own names and labels. */
const SIDE_WORDS: Record<string, ClaimantSide> = {
	ru: 'russia',
	rus: 'russia',
	russian: 'russia',
	'russian federation': 'russia',
	ua: 'ukraine',
	ukr: 'ukraine',
	ukrainian: 'ukraine',
	us: 'united_states',
	usa: 'united_states',
	american: 'united_states',
	'united states of america': 'united_states'
};

/** Property names that usually hold each field, tried in order when guessing a mapping. */
const GUESSES: Record<keyof ForeignMapping, RegExp> = {
	side: /^(claimant_?side|side|party|actor|belligerent|claimed_?by|source_?side)$/i,
	type: /^(event_?type|type|category|kind|event)$/i,
	date: /^(event_?date|date|day|time|timestamp|when)$/i,
	title: /^(title|summary|name|headline|description|label)$/i
};

const words = (value: unknown) =>
	String(value ?? '')
		.trim()
		.toLowerCase()
		.replace(/[_-]+/g, ' ');

/** A side from a value, or `unattributed` when the value names none. */
export function readSide(value: unknown): ClaimantSide {
	const w = words(value);
	const known = CLAIMANT_SIDES.find((s) => words(s) === w || SIDE_LABELS[s].toLowerCase() === w);
	return known ?? SIDE_WORDS[w] ?? 'unattributed';
}

/** An event type from a value, or `other`. */
export function readType(value: unknown): EventType {
	const w = words(value);
	return EVENT_TYPES.find((t) => words(t) === w || EVENT_LABELS[t].toLowerCase() === w) ?? 'other';
}

/** A `YYYY-MM-DD` day from a value that starts with one (an ISO date or timestamp), else null. */
export function readDate(value: unknown): string | null {
	const day = String(value ?? '').slice(0, 10);
	return isIsoDay(day) ? day : null;
}

/** True when `json` is a ClaimsMap collection (its own member, or claims' properties). */
export function isClaimsCollection(json: unknown): boolean {
	const value = json as { claimsmap?: unknown; features?: { properties?: object }[] } | null;
	if (!value || typeof value !== 'object') return false;
	if (value.claimsmap) return true;
	const first = value.features?.[0]?.properties;
	return Boolean(first && 'claimantSide' in first && 'quote' in first);
}

/** The property names of a file's features (from the first 1,000), in order of first use. */
export function propertyNames(json: unknown): string[] {
	const names = new Set<string>();
	const features = (json as { features?: { properties?: Record<string, unknown> | null }[] })
		?.features;
	for (const f of (features ?? []).slice(0, 1000)) {
		for (const key of Object.keys(f?.properties ?? {})) names.add(key);
	}
	return [...names];
}

/** The mapping a file's property names suggest. */
export function guessMapping(names: readonly string[]): ForeignMapping {
	const find = (field: keyof ForeignMapping) => names.find((n) => GUESSES[field].test(n)) ?? null;
	return { side: find('side'), type: find('type'), date: find('date'), title: find('title') };
}

const KM_PER_DEGREE = 111.32;
/** The uncertainty of a polygon claim: the half-diagonal of its box, in km (one decimal). */
function coverKm(geometry: Geometry, at: [number, number]): number {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			w = Math.min(w, c[0]);
			e = Math.max(e, c[0]);
			s = Math.min(s, c[1]);
			n = Math.max(n, c[1]);
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	visit((geometry as { coordinates?: unknown }).coordinates);
	if (w === Infinity) return 0;
	const x = (e - w) * Math.cos((at[1] * Math.PI) / 180);
	return Math.round((Math.hypot(x, n - s) / 2) * KM_PER_DEGREE * 10) / 10;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** What came of mapping a file: the claims, and the features left out with why. */
export interface ForeignImport {
	features: ClaimFeature[];
	skipped: { index: number; reason: string }[];
}

/** Turns any point or polygon GeoJSON into claims with `mapping`; other features are skipped. */
export function mapForeign(
	json: unknown,
	mapping: ForeignMapping,
	fileName: string
): ForeignImport {
	const source = (json as { features?: unknown[] })?.features ?? [];
	const features: ClaimFeature[] = [];
	const skipped: ForeignImport['skipped'] = [];
	const articleId = `import:${fileName}`;
	source.forEach((raw, index) => {
		const f = raw as Feature<Geometry | null, Record<string, unknown> | null>;
		const g = f?.geometry;
		if (!g || !['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'].includes(g.type)) {
			skipped.push({
				index,
				reason: `a ${g?.type ?? 'missing'} geometry is not a point or polygon`
			});
			return;
		}
		const point = (g.type === 'Point' ? g : (centroid(g as never).geometry as Point)).coordinates;
		const at: [number, number] = [round6(point[0]), round6(point[1])];
		if (!at.every(Number.isFinite) || Math.abs(at[0]) > 180 || Math.abs(at[1]) > 90) {
			skipped.push({ index, reason: 'its coordinates are outside the world' });
			return;
		}
		const p = f.properties ?? {};
		const get = (key: string | null) => (key === null ? undefined : p[key]);
		const title = String(get(mapping.title) ?? '').trim() || `Feature ${index + 1} of ${fileName}`;
		const side = readSide(get(mapping.side));
		const area = g.type === 'Polygon' || g.type === 'MultiPolygon';
		const id = f.id !== undefined && f.id !== null ? String(f.id) : String(index + 1);
		features.push({
			type: 'Feature',
			id: `${articleId}#${id}`,
			geometry: { type: 'Point', coordinates: at },
			properties: {
				claimId: `${articleId}#${id}`,
				eventType: readType(get(mapping.type)),
				claimantSide: side,
				claimant: null,
				attribution: null,
				stance: 'asserts',
				summary: title,
				quantities: [],
				quote: title,
				quoteStart: 0,
				quoteEnd: title.length,
				placeMention: null,
				placeName: null,
				gazetteerId: null,
				admin1: null,
				precision: area ? 'district' : 'settlement',
				uncertaintyKm: area ? coverKm(g, at) : null,
				confidence: 1,
				alternatives: [],
				eventDate: readDate(get(mapping.date)),
				datePrecision: 'day',
				articleId,
				articleTitle: fileName,
				publisher: null,
				url: null,
				published: null
			}
		});
	});
	return { features, skipped };
}
