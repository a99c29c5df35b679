/**
 * What grouping needs of a claim feature, small enough to store beside it: where, when, what, who.
 */
import type {
	ClaimantSide,
	ClaimFeature,
	DatePrecision,
	EventType,
	Precision,
	Stance
} from '../contract';

/** The grouping facts of one claim feature. */
export interface IncidentKey {
	featureId: string;
	articleId: string;
	/** The sentence the claim comes from (its start offset in the article). */
	quoteStart: number;
	eventType: EventType;
	stance: Stance;
	/** Days since 1970-01-01 of the event date, else the published date; null when neither is known. */
	day: number | null;
	/** True when the day is the event's own (`datePrecision: 'day'`), false when only reported. */
	exactDay: boolean;
	gazetteerId: string | null;
	lon: number | null;
	lat: number | null;
	precision: Precision | null;
	uncertaintyKm: number | null;
	/** The claimant, lower-cased, with its side: a source repeating itself on another day is another event. */
	claimant: string | null;
	side: ClaimantSide;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null. */
export function dayNumber(date: string | null): number | null {
	if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
	const ms = Date.parse(`${date}T00:00:00Z`);
	return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dayDate(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function exact(precision: DatePrecision): boolean {
	return precision === 'day';
}

/** The grouping facts of a feature. */
export function incidentKey(feature: ClaimFeature): IncidentKey {
	const p = feature.properties;
	const point = feature.geometry?.coordinates ?? null;
	return {
		featureId: String(feature.id),
		articleId: p.articleId,
		quoteStart: p.quoteStart,
		eventType: p.eventType,
		stance: p.stance ?? 'asserts',
		day: dayNumber(p.eventDate ?? p.published),
		exactDay: p.eventDate !== null && exact(p.datePrecision),
		gazetteerId: point ? p.gazetteerId : null,
		lon: point ? point[0] : null,
		lat: point ? point[1] : null,
		precision: point ? p.precision : null,
		uncertaintyKm: point ? p.uncertaintyKm : null,
		claimant: p.claimant?.trim().toLowerCase() || null,
		side: p.claimantSide
	};
}
