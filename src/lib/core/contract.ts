/**
 * The claims GeoJSON contract (formatVersion 2): the vocabularies and types that every interface of
 * the project speaks. The UI, the validator and the tests enumerate these same arrays. Incidents
 * (the claims of one event, grouped) are not claim properties: they are served as a collection of
 * their own (`/api/incidents.geojson` and `.csv`), whose feature is `IncidentFeature` in
 * core/incidents/export.ts, described in the README's "Incidents" section.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** Version of the claims GeoJSON format written in the `claimsmap` foreign member. */
export const FORMAT_VERSION = 2;

/** Whose claim a feature is; `unattributed` when the text names no source. */
export const CLAIMANT_SIDES = [
	'russia',
	'ukraine',
	'united_states',
	'other',
	'unattributed'
] as const;
export type ClaimantSide = (typeof CLAIMANT_SIDES)[number];

/** Human names of the sides, used for labels in the UI and the CSV export. */
export const SIDE_LABELS: Record<ClaimantSide, string> = {
	russia: 'Russia',
	ukraine: 'Ukraine',
	united_states: 'United States',
	other: 'Other',
	unattributed: 'Unattributed'
};

/** What is claimed to have happened. Shelling, artillery, air and missile strikes are all `strike`. */
export const EVENT_TYPES = [
	'strike',
	'aircraft_downed',
	'drone_downed',
	'missile_downed',
	'equipment_destroyed',
	'casualties',
	'territorial_control',
	'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Human names of the event types. */
export const EVENT_LABELS: Record<EventType, string> = {
	strike: 'Strike or shelling',
	aircraft_downed: 'Aircraft downed',
	drone_downed: 'Drone downed',
	missile_downed: 'Missile downed',
	equipment_destroyed: 'Equipment destroyed',
	casualties: 'Casualties',
	territorial_control: 'Territorial control',
	other: 'Other'
};

/** What a feature's point stands for. */
export const PRECISIONS = [
	'settlement',
	'near_settlement',
	'landmark',
	'district',
	'region',
	'country'
] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How precisely the event date is known; `reported` when only the article's date is. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'reported'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Categories of counted items. */
export const QUANTITY_CATEGORIES = [
	'aircraft',
	'drone',
	'missile',
	'tank',
	'artillery',
	'armoured_vehicle',
	'vehicle',
	'equipment',
	'personnel',
	'civilians',
	'other'
] as const;
export type QuantityCategory = (typeof QUANTITY_CATEGORIES)[number];

/** "two Su-25" → `{count: 2, item: "Su-25", category: "aircraft"}`. */
export interface Quantity {
	count: number;
	item: string;
	category: QuantityCategory;
}

/** How a claim's side was decided (formatVersion 2). */
export const ATTRIBUTION_BASES = ['explicit', 'lead', 'reference', 'knowledge'] as const;
export type AttributionBasis = (typeof ATTRIBUTION_BASES)[number];

/** What kind of source a claimant is. */
export const CLAIMANT_KINDS = ['person', 'office', 'institution', 'outlet', 'assessor'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

/**
 * Who claims it and how the side was decided: `explicit` (the sentence's own words), `lead` (carried
 * from the report's source), `reference` (a resolved "he", "the ministry", "the governor"),
 * `knowledge` (the claimant table).
 */
export interface Attribution {
	claimant: string;
	side: ClaimantSide;
	kind: ClaimantKind | null;
	basis: AttributionBasis;
}

/**
 * Whether the claimant asserts the event or denies it ("Ukraine denied that its forces shelled X",
 * "the ministry called the reports false"). Files written before stance existed read as `asserts`.
 */
export const STANCES = ['asserts', 'denies'] as const;
export type Stance = (typeof STANCES)[number];

/** Another place a mention could mean, best first. */
export interface Alternative {
	placeName: string;
	gazetteerId: string;
	admin1: string | null;
	lon: number;
	lat: number;
	score: number;
}

/** The properties every claim feature carries (all present; `null` where unknown). */
export interface ClaimProperties {
	claimId: string;
	eventType: EventType;
	claimantSide: ClaimantSide;
	claimant: string | null;
	/** How the side was decided; null when the text names no source (`unattributed`). */
	attribution: Attribution | null;
	/** `denies` when the claimant denies the event rather than asserting it. */
	stance: Stance;
	summary: string;
	quantities: Quantity[];
	quote: string;
	quoteStart: number;
	quoteEnd: number;
	placeMention: string | null;
	placeName: string | null;
	gazetteerId: string | null;
	admin1: string | null;
	precision: Precision | null;
	uncertaintyKm: number | null;
	confidence: number;
	alternatives: Alternative[];
	eventDate: string | null;
	datePrecision: DatePrecision;
	articleId: string;
	articleTitle: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
	/** Set by a user's correction (issue: review and correction); absent on machine output. */
	corrected?: boolean;
}

/** One claim at one place; `geometry: null` for a claim that names no place. */
export type ClaimFeature = Feature<Point | null, ClaimProperties> & { id: string };

/** The `claimsmap` foreign member: what produced a collection. */
export interface ClaimsmapMeta {
	formatVersion: typeof FORMAT_VERSION;
	generator: string;
	gazetteer: string;
}

/** A FeatureCollection of claims in the contract. */
export type ClaimCollection = FeatureCollection<Point | null, ClaimProperties> & {
	features: ClaimFeature[];
	claimsmap: ClaimsmapMeta;
};

/** Names of every contract property, in the documented order. */
export const CLAIM_PROPERTY_NAMES = [
	'claimId',
	'eventType',
	'claimantSide',
	'claimant',
	'attribution',
	'stance',
	'summary',
	'quantities',
	'quote',
	'quoteStart',
	'quoteEnd',
	'placeMention',
	'placeName',
	'gazetteerId',
	'admin1',
	'precision',
	'uncertaintyKm',
	'confidence',
	'alternatives',
	'eventDate',
	'datePrecision',
	'articleId',
	'articleTitle',
	'publisher',
	'url',
	'published'
] as const satisfies readonly (keyof ClaimProperties)[];
