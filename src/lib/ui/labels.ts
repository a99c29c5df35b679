/** Human words for values the UI shows that the contract has no labels for. */
import {
	SIDE_LABELS,
	type AttributionBasis,
	type ClaimFeature,
	type Quantity
} from '../core/contract';
import type { PrecisionFilter } from '../core/filter/filters';
import { spellsName } from '../core/names';

export { spellsName };

/** Names of the precision filter values. */
export const PRECISION_LABELS: Record<PrecisionFilter, string> = {
	settlement: 'Settlement',
	near_settlement: 'Near a settlement',
	landmark: 'Landmark',
	district: 'District',
	region: 'Region (oblast)',
	country: 'Country',
	none: 'No place named'
};

/** "2 Su-25, 1 tank". */
export function quantitiesText(quantities: readonly Quantity[]): string {
	return quantities.map((q) => `${q.count} ${q.item}`).join(', ');
}

/** Confidence as a whole percentage. */
export function percent(value: number): string {
	return `${Math.round(value * 100)}%`;
}

/**
 * The place a claim points at, as one short line; the text's own word for it too when that is
 * another name ("Bakhmut (as “Artemovsk”), Donetsk Oblast"), so the line can be checked against the quote.
 */
export function placeLine(feature: ClaimFeature): string {
	const p = feature.properties;
	if (feature.geometry === null) return 'No place named';
	const name = p.placeName ?? p.placeMention ?? 'Unnamed place';
	const as =
		p.placeName && p.placeMention && !spellsName(p.placeMention, p.placeName)
			? ` (as “${p.placeMention}”)`
			: '';
	return p.admin1 && p.admin1 !== name ? `${name}${as}, ${p.admin1}` : `${name}${as}`;
}

/** The day a claim is about, with how it is known. */
export function dateLine(feature: ClaimFeature): string {
	const p = feature.properties;
	const day = p.eventDate ?? p.published;
	if (!day) return 'Date unknown';
	if (p.eventDate === null || p.datePrecision === 'reported') return `reported ${day}`;
	return p.datePrecision === 'day' ? day : `${day} (${p.datePrecision})`;
}

/**
 * Who claims it and who reports it, as one line: "Claimed by the Russian Defence Ministry (Russia) ·
 * reported by TASS". The outlet is never the claimant; a claim the text gives no source for says so.
 */
export function attributionLine(feature: ClaimFeature): string {
	const p = feature.properties;
	const who = p.claimant
		? `${p.stance === 'denies' ? 'Denied' : 'Claimed'} by ${p.claimant} (${SIDE_LABELS[p.claimantSide]})`
		: 'No source named in the text';
	return p.publisher ? `${who} · reported by ${p.publisher}` : who;
}

/** How the side of a claim was decided, in words an analyst can check against the quote. */
export const BASIS_EXPLANATIONS: Record<AttributionBasis, string> = {
	explicit: 'The sentence names the claimant, and its own words say whose side it speaks for.',
	knowledge:
		'The sentence names the claimant; the claimant table (geodata/claimants.tsv) says whose side it speaks for.',
	reference:
		'The sentence refers to a claimant ("he", "the ministry", "the governor"): resolved to the one named earlier, or to the holder of that office for the place.',
	lead: 'The sentence names no claimant: it carries the source named earlier in the report.'
};
