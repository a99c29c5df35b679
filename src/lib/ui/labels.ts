/** Human words for values the UI shows that the contract has no labels for. */
import type { ClaimFeature, Quantity } from '../core/contract';
import type { PrecisionFilter } from '../core/filter/filters';
import { normaliseName, phoneticKey } from '../core/names';

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
 * Whether the text's spelling of a place is a spelling of the place's name ("Kharkov" for Kharkiv,
 * "Azovstal steel plant" for Azovstal) rather than another name ("Artemovsk" for Bakhmut).
 */
export function spellsName(mention: string, name: string): boolean {
	const a = normaliseName(mention);
	const b = normaliseName(name);
	return a.startsWith(b) || b.startsWith(a) || phoneticKey(a) === phoneticKey(b);
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
