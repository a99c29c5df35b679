/**
 * Which gazetteer places become basemap labels, and from which zoom: an ordered table of rules, the
 * first that matches decides, so a reader sees why a village shows at zoom 10 and a city at 5.
 */
import type { LabelKind, PlaceLabelProperties } from '../../src/lib/core/basemap/place-labels';

/** The gazetteer columns the labels need. */
export interface GazetteerRow {
	name: string;
	lat: number;
	lon: number;
	featureClass: string;
	featureCode: string;
	countryCode: string;
	population: number;
}

/** A label before packing: where, and what the style reads. */
export interface PlaceLabel {
	lon: number;
	lat: number;
	properties: PlaceLabelProperties;
}

/** Where labels of other countries' towns are kept: Ukraine and the regions along its borders. */
export const NEIGHBOURHOOD: [number, number, number, number] = [19.5, 43.0, 42.5, 56.5];

/** Populated-place codes that are no settlement of today (sections, abandoned, historical, destroyed). */
const NOT_SETTLEMENTS = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW', 'PPLCH']);

interface LabelRule {
	name: string;
	matches: (row: GazetteerRow) => boolean;
	kind: LabelKind;
	/** First zoom the label is drawn at. */
	z: number;
}

const inUkraine = (row: GazetteerRow) => row.countryCode === 'UA';
const settlement = (row: GazetteerRow) =>
	row.featureClass === 'P' && !NOT_SETTLEMENTS.has(row.featureCode);
const abroadNear = (row: GazetteerRow) =>
	!inUkraine(row) &&
	row.lon >= NEIGHBOURHOOD[0] &&
	row.lat >= NEIGHBOURHOOD[1] &&
	row.lon <= NEIGHBOURHOOD[2] &&
	row.lat <= NEIGHBOURHOOD[3];

/** The rules, in order; a place no rule matches gets no label. */
export const LABEL_RULES: readonly LabelRule[] = [
	{
		name: 'ukraine-raion',
		matches: (r) => inUkraine(r) && r.featureClass === 'A' && r.featureCode === 'ADM2',
		kind: 'raion',
		z: 7.5
	},
	{
		name: 'capital',
		matches: (r) => settlement(r) && r.featureCode === 'PPLC' && (inUkraine(r) || abroadNear(r)),
		kind: 'capital',
		z: 3
	},
	{
		name: 'ukraine-million',
		matches: (r) => inUkraine(r) && settlement(r) && r.population >= 1_000_000,
		kind: 'city',
		z: 3.5
	},
	{
		name: 'ukraine-oblast-centre',
		matches: (r) =>
			inUkraine(r) && settlement(r) && (r.featureCode === 'PPLA' || r.population >= 200_000),
		kind: 'city',
		z: 5
	},
	{
		name: 'ukraine-city',
		matches: (r) => inUkraine(r) && settlement(r) && r.population >= 50_000,
		kind: 'city',
		z: 6
	},
	{
		name: 'ukraine-town',
		matches: (r) => inUkraine(r) && settlement(r) && r.population >= 10_000,
		kind: 'town',
		z: 7
	},
	{
		name: 'ukraine-small-town',
		matches: (r) => inUkraine(r) && settlement(r) && r.population >= 2_000,
		kind: 'village',
		z: 8.5
	},
	{
		name: 'ukraine-village',
		matches: (r) => inUkraine(r) && settlement(r) && r.population > 0,
		kind: 'village',
		z: 9.5
	},
	{
		name: 'ukraine-hamlet',
		matches: (r) => inUkraine(r) && settlement(r),
		kind: 'village',
		z: 10.5
	},
	{
		name: 'neighbour-big-city',
		matches: (r) => abroadNear(r) && settlement(r) && r.population >= 500_000,
		kind: 'city',
		z: 4.5
	},
	{
		name: 'neighbour-city',
		matches: (r) => abroadNear(r) && settlement(r) && r.population >= 100_000,
		kind: 'city',
		z: 5.5
	},
	{
		name: 'neighbour-town',
		matches: (r) => abroadNear(r) && settlement(r) && r.population >= 20_000,
		kind: 'town',
		z: 7.5
	}
];

const KIND_RANK: Record<LabelKind, number> = { capital: 4, city: 3, town: 2, village: 1, raion: 0 };

/** The label of a gazetteer place, or null when it gets none. */
export function labelFor(row: GazetteerRow): PlaceLabel | null {
	const rule = LABEL_RULES.find((r) => r.matches(row));
	if (!rule || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) return null;
	// Rank: kind first, then population in tenths of a decade (ties broken by name when sorted).
	const r = KIND_RANK[rule.kind] * 100 + Math.round(Math.log10(row.population + 1) * 10);
	return {
		lon: Math.round(row.lon * 1000) / 1000,
		lat: Math.round(row.lat * 1000) / 1000,
		properties: { name: row.name, kind: rule.kind, z: rule.z, r }
	};
}

/** Higher rank first, then by name and position: a stable order whatever the gazetteer's order. */
export function compareLabels(a: PlaceLabel, b: PlaceLabel): number {
	const pa = a.properties;
	const pb = b.properties;
	if (pb.r !== pa.r) return pb.r - pa.r;
	if (pa.name !== pb.name) return pa.name < pb.name ? -1 : 1;
	return a.lon - b.lon || a.lat - b.lat;
}
