/**
 * Seeded synthetic claims spread over Ukraine, for benchmarks and load tests: the same seed gives
 * the same features, so runs and baselines compare like with like. Not real data: every text says so.
 */
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	FORMAT_VERSION,
	PRECISIONS,
	type ClaimCollection,
	type ClaimFeature,
	type ClaimantSide,
	type EventType,
	type Precision
} from '../contract';
import { createRandom, normal, pickWeighted, type Random } from './random';

/** Rough centres of Ukraine's oblasts `[lon, lat, name, weight]`; weight favours the east and south. */
const CENTRES: readonly [number, number, string, number][] = [
	[37.8, 48.0, 'Donetsk Oblast', 10],
	[38.95, 49.1, 'Luhansk Oblast', 7],
	[36.6, 49.6, 'Kharkiv Oblast', 8],
	[35.8, 47.15, 'Zaporizhzhya Oblast', 6],
	[33.8, 46.55, 'Kherson Oblast', 6],
	[35.2, 48.38, 'Dnipropetrovsk Oblast', 4],
	[31.95, 47.55, 'Mykolayiv Oblast', 4],
	[34.3, 50.95, 'Sumy Oblast', 3],
	[31.9, 51.3, 'Chernihiv Oblast', 3],
	[30.7, 50.3, 'Kyiv Oblast', 4],
	[30.5, 47.0, 'Odessa Oblast', 3],
	[34.2, 45.45, 'Crimea', 3],
	[33.9, 49.7, 'Poltava Oblast', 1],
	[32.1, 48.5, 'Kirovohrad Oblast', 1],
	[31.6, 49.21, 'Cherkasy Oblast', 1],
	[28.4, 50.5, 'Zhytomyr Oblast', 1],
	[28.7, 48.9, 'Vinnytsya Oblast', 1],
	[27.0, 49.8, 'Khmelnytskyy Oblast', 0.5],
	[26.6, 50.95, 'Rivne Oblast', 0.5],
	[24.1, 49.9, 'Lviv Oblast', 1],
	[25.55, 49.3, 'Ternopil Oblast', 0.3],
	[24.8, 48.7, 'Ivano-Frankivsk Oblast', 0.3],
	[26.3, 48.25, 'Chernivtsi Oblast', 0.2],
	[23.15, 48.33, 'Transcarpathia Oblast', 0.2],
	[24.8, 51.2, 'Volyn Oblast', 0.3]
];
const CENTRE_WEIGHTS = CENTRES.map((c) => c[3]);

const SIDE_WEIGHTS: Record<ClaimantSide, number> = {
	russia: 40,
	ukraine: 40,
	united_states: 5,
	other: 5,
	unattributed: 10
};
const TYPE_WEIGHTS: Record<EventType, number> = {
	strike: 40,
	aircraft_downed: 5,
	drone_downed: 15,
	missile_downed: 10,
	equipment_destroyed: 12,
	casualties: 8,
	territorial_control: 6,
	other: 4
};
const PRECISION_WEIGHTS: Record<Precision, number> = {
	settlement: 55,
	near_settlement: 20,
	landmark: 4,
	district: 6,
	region: 12,
	country: 3
};
const FIRST_DAY = Date.UTC(2022, 1, 24);
const DAYS = 365;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Options of the synthetic generator. */
export interface SyntheticOptions {
	/** How many features to make. */
	count: number;
	/** PRNG seed; the same seed gives the same features. */
	seed?: number;
	/** Share of features without a place (`geometry: null`), 0..1. */
	unlocatedShare?: number;
	/** Features per synthetic article. */
	featuresPerArticle?: number;
}

/** `count` contract-valid claim features over Ukraine, deterministic for a seed. */
export function createSyntheticClaims(options: SyntheticOptions): ClaimFeature[] {
	const { count, seed = 1, unlocatedShare = 0.03, featuresPerArticle = 25 } = options;
	const random = createRandom(seed);
	const features: ClaimFeature[] = new Array(count);
	for (let i = 0; i < count; i++) {
		features[i] = syntheticFeature(random, i, unlocatedShare, featuresPerArticle);
	}
	return features;
}

function syntheticFeature(
	random: Random,
	index: number,
	unlocatedShare: number,
	featuresPerArticle: number
): ClaimFeature {
	const side = pickWeighted(
		random,
		CLAIMANT_SIDES,
		CLAIMANT_SIDES.map((s) => SIDE_WEIGHTS[s])
	);
	const type = pickWeighted(
		random,
		EVENT_TYPES,
		EVENT_TYPES.map((t) => TYPE_WEIGHTS[t])
	);
	const located = random() >= unlocatedShare;
	const [cx, cy, admin1] = pickWeighted(random, CENTRES, CENTRE_WEIGHTS);
	const lon = round6(cx + normal(random) * 0.45);
	const lat = round6(cy + normal(random) * 0.3);
	const precision = located
		? pickWeighted(
				random,
				PRECISIONS,
				PRECISIONS.map((p) => PRECISION_WEIGHTS[p])
			)
		: null;
	const article = Math.floor(index / featuresPerArticle);
	const published = isoDay(FIRST_DAY + Math.floor((article * 7919) % DAYS) * 86_400_000);
	const lag = Math.floor(random() * 3);
	const eventDate = random() < 0.8 ? isoDay(Date.parse(published) - lag * 86_400_000) : null;
	const place = located ? `Synthplace ${index % 5000}` : null;
	const quote = `Synthetic claim ${index}: a ${type.replace('_', ' ')} reported near ${place ?? 'an unnamed place'}.`;
	const claimId = `synthetic-claim-${index}`;
	return {
		type: 'Feature',
		id: `synthetic-${index}`,
		geometry: located ? { type: 'Point', coordinates: [lon, lat] } : null,
		properties: {
			claimId,
			eventType: type,
			claimantSide: side,
			claimant: side === 'unattributed' ? null : `synthetic ${side} source`,
			attribution:
				side === 'unattributed'
					? null
					: { claimant: `synthetic ${side} source`, side, kind: 'institution', basis: 'explicit' },
			stance: 'asserts',
			summary: `synthetic ${type}`,
			quantities: [],
			quote,
			quoteStart: index * 10,
			quoteEnd: index * 10 + quote.length,
			placeMention: place,
			placeName: place,
			gazetteerId: located ? `synthetic:${index % 5000}` : null,
			admin1: located ? admin1 : null,
			precision,
			uncertaintyKm: precision === 'near_settlement' ? 10 : precision === 'settlement' ? 2 : null,
			confidence: located ? Math.round(random() * 100) / 100 : 0,
			alternatives: [],
			eventDate,
			datePrecision: eventDate === null ? 'reported' : 'day',
			articleId: `synthetic-article-${article}`,
			articleTitle: `Synthetic article ${article}`,
			publisher: 'Synthetic Wire',
			url: null,
			published
		}
	};
}

/** The synthetic features as a contract FeatureCollection. */
export function createSyntheticCollection(options: SyntheticOptions): ClaimCollection {
	return {
		type: 'FeatureCollection',
		features: createSyntheticClaims(options),
		claimsmap: {
			formatVersion: FORMAT_VERSION,
			generator: 'claimsmap synthetic',
			gazetteer: 'none (synthetic)'
		}
	};
}
