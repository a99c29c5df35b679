/**
 * A user's correction of one machine-made claim feature, stored apart from the machine's output and
 * keyed by the feature's stable id, so a re-extraction by a newer version keeps it.
 */
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	type ClaimantSide,
	type ClaimProperties,
	type EventType
} from '../contract';

/** The kinds of change a reviewer can make. */
export const CORRECTION_KINDS = ['place', 'claimantSide', 'eventType', 'reject'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * A place chosen by a reviewer: one of the feature's alternatives, a gazetteer search result, or
 * (`gazetteerId: null`) the analyst's own point.
 */
export interface PlaceChoice {
	placeName: string;
	gazetteerId: string | null;
	admin1: string | null;
	lon: number;
	lat: number;
}

/** One change to one feature. */
export type CorrectionChange =
	| { kind: 'place'; place: PlaceChoice }
	| { kind: 'claimantSide'; claimantSide: ClaimantSide }
	| { kind: 'eventType'; eventType: EventType }
	| { kind: 'reject' };

/** A stored correction: the change, which feature, when (ISO timestamp) and by whom. */
export interface Correction {
	featureId: string;
	change: CorrectionChange;
	at: string;
	/** The account that made it; null or absent when made without accounts. */
	by?: string | null;
}

/** The machine's values of the properties a correction touched, as shown under "was". */
export type WasValues = Partial<
	Pick<
		ClaimProperties,
		| 'placeName'
		| 'gazetteerId'
		| 'admin1'
		| 'precision'
		| 'uncertaintyKm'
		| 'confidence'
		| 'claimantSide'
		| 'eventType'
	>
> & { coordinates?: [number, number] | null };

/**
 * The `correction` property of a corrected feature: what it was, the changes (oldest first), and
 * when and by whom the latest was made (`by` is null when it was made without accounts).
 */
export interface CorrectionRecord {
	was: WasValues;
	at: string;
	by: string | null;
	changes: CorrectionChange[];
}

/** Properties of a feature as served after corrections. */
export type CorrectedProperties = ClaimProperties & {
	correction?: CorrectionRecord;
	rejected?: boolean;
};

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function isPlaceChoice(value: unknown): value is PlaceChoice {
	if (!value || typeof value !== 'object') return false;
	const p = value as Record<string, unknown>;
	return (
		typeof p.placeName === 'string' &&
		p.placeName.trim() !== '' &&
		(p.gazetteerId === null ||
			(typeof p.gazetteerId === 'string' && p.gazetteerId.trim() !== '')) &&
		(p.admin1 === null || typeof p.admin1 === 'string') &&
		isFiniteNumber(p.lon) &&
		isFiniteNumber(p.lat) &&
		p.lon >= -180 &&
		p.lon <= 180 &&
		p.lat >= -90 &&
		p.lat <= 90
	);
}

/** The outcome of checking an untrusted change (from JSON or the database). */
export type ChangeCheck =
	{ kind: 'valid'; change: CorrectionChange } | { kind: 'invalid'; reason: string };

/** Checks that `value` is a well-formed change, naming the problem when it is not. */
export function checkChange(value: unknown): ChangeCheck {
	if (!value || typeof value !== 'object')
		return { kind: 'invalid', reason: 'change is not an object' };
	const v = value as Record<string, unknown>;
	switch (v.kind) {
		case 'place':
			if (!isPlaceChoice(v.place)) {
				return {
					kind: 'invalid',
					reason:
						'place needs placeName, gazetteerId (or null), admin1 (or null), lon and lat in range'
				};
			}
			return {
				kind: 'valid',
				change: {
					kind: 'place',
					place: {
						placeName: v.place.placeName,
						gazetteerId: v.place.gazetteerId,
						admin1: v.place.admin1,
						lon: v.place.lon,
						lat: v.place.lat
					}
				}
			};
		case 'claimantSide':
			if (!CLAIMANT_SIDES.includes(v.claimantSide as ClaimantSide)) {
				return {
					kind: 'invalid',
					reason: `claimantSide must be one of ${CLAIMANT_SIDES.join(', ')}`
				};
			}
			return {
				kind: 'valid',
				change: { kind: 'claimantSide', claimantSide: v.claimantSide as ClaimantSide }
			};
		case 'eventType':
			if (!EVENT_TYPES.includes(v.eventType as EventType)) {
				return { kind: 'invalid', reason: `eventType must be one of ${EVENT_TYPES.join(', ')}` };
			}
			return { kind: 'valid', change: { kind: 'eventType', eventType: v.eventType as EventType } };
		case 'reject':
			return { kind: 'valid', change: { kind: 'reject' } };
		default:
			return { kind: 'invalid', reason: `unknown change kind ${JSON.stringify(v.kind)}` };
	}
}
