/**
 * The list counts and shows claims, not places: features that share a `claimId` (one sentence named
 * at several places) are one group. Groups are searched and sorted here, without the DOM, so the
 * list and its tests use the same rules.
 */
import { CLAIMANT_SIDES, type ClaimFeature } from '../contract';
import { claimDay } from './match';

/** One claim: its features, one per place it names (a single place-less feature if it names none). */
export interface ClaimGroup {
	claimId: string;
	/** Every feature of the claim, in the order they came. */
	features: ClaimFeature[];
	/** The features with a place. */
	places: ClaimFeature[];
}

/** The orders the list offers, the first being the default. */
export const LIST_SORTS = ['date', 'confidence', 'side'] as const;
/** One list order. */
export type ListSort = (typeof LIST_SORTS)[number];

/** Names of the list orders, as the sort control shows them. */
export const LIST_SORT_LABELS: Record<ListSort, string> = {
	date: 'Date (newest first)',
	confidence: 'Confidence (highest first)',
	side: 'Side'
};

/** Groups features by `claimId`, in the order each claim first appears. */
export function groupClaims(features: readonly ClaimFeature[]): ClaimGroup[] {
	// A local working map, rebuilt on every call.
	const byClaim = new Map<string, ClaimGroup>();
	for (const f of features) {
		const id = f.properties.claimId;
		let group = byClaim.get(id);
		if (!group) {
			group = { claimId: id, features: [], places: [] };
			byClaim.set(id, group);
		}
		group.features.push(f);
		if (f.geometry !== null) group.places.push(f);
	}
	return [...byClaim.values()];
}

/** How many distinct points the located features stand on (two claims at one spot count once). */
export function countPlaces(features: readonly ClaimFeature[]): number {
	const spots = new Set<string>();
	for (const f of features) {
		if (f.geometry !== null) spots.add(f.geometry.coordinates.join(','));
	}
	return spots.size;
}

/** Lower case without accents, so "kyiv" finds "Kyïv". */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** What a search looks through: the claimant, the place as written and as resolved, the quote. */
function searchText(group: ClaimGroup): string {
	const parts: string[] = [];
	for (const f of group.features) {
		const p = f.properties;
		parts.push(p.claimant ?? '', p.placeName ?? '', p.placeMention ?? '', p.quote);
	}
	return fold(parts.join('\n'));
}

/** Keeps the groups whose text holds every word of the query; an empty query keeps all. */
export function searchGroups(groups: readonly ClaimGroup[], query: string): ClaimGroup[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...groups];
	return groups.filter((g) => {
		const text = searchText(g);
		return words.every((w) => text.includes(w));
	});
}

/** The day a group is sorted on: its latest; '' when none is known (sorts last). */
function groupDay(group: ClaimGroup): string {
	let day = '';
	for (const f of group.features) {
		const d = claimDay(f) ?? '';
		if (d > day) day = d;
	}
	return day;
}

function groupConfidence(group: ClaimGroup): number {
	return Math.max(...group.features.map((f) => f.properties.confidence));
}

const SIDE_RANK = new Map<string, number>(CLAIMANT_SIDES.map((side, i) => [side, i]));

const COMPARE: Record<ListSort, (a: ClaimGroup, b: ClaimGroup) => number> = {
	date: (a, b) => groupDay(b).localeCompare(groupDay(a)),
	confidence: (a, b) => groupConfidence(b) - groupConfidence(a),
	side: (a, b) =>
		(SIDE_RANK.get(a.features[0].properties.claimantSide) ?? 0) -
			(SIDE_RANK.get(b.features[0].properties.claimantSide) ?? 0) || COMPARE.date(a, b)
};

/** The groups in the chosen order; ties keep their incoming order. */
export function sortGroups(groups: readonly ClaimGroup[], sort: ListSort): ClaimGroup[] {
	return [...groups].sort(COMPARE[sort]);
}

/** The list as shown: claims with a place, then a section of the claims without one. */
export interface ArrangedList {
	located: ClaimGroup[];
	unlocated: ClaimGroup[];
}

/** Groups, searches, sorts and splits the listed features. */
export function arrangeList(
	features: readonly ClaimFeature[],
	options: { sort: ListSort; query: string }
): ArrangedList {
	const groups = sortGroups(searchGroups(groupClaims(features), options.query), options.sort);
	return {
		located: groups.filter((g) => g.places.length > 0),
		unlocated: groups.filter((g) => g.places.length === 0)
	};
}

/** How many place names a collapsed multi-place row spells out before "…". */
export const PLACE_NAMES_SHOWN = 3;

/** "3 places: Ostrivka, Lozivka, Pisky"; longer lists end in "…" after PLACE_NAMES_SHOWN names. */
export function placesSummary(group: ClaimGroup): string {
	const names = [
		...new Set(group.places.map((f) => f.properties.placeName ?? f.properties.placeMention ?? ''))
	].filter(Boolean);
	const n = group.places.length;
	const head = `${n} place${n === 1 ? '' : 's'}`;
	if (names.length === 0) return head;
	const more = names.length > PLACE_NAMES_SHOWN ? '…' : '';
	return `${head}: ${names.slice(0, PLACE_NAMES_SHOWN).join(', ')}${more}`;
}

/** "1 claim at 1 place", "20 claims at 17 places". */
export function claimsAtPlaces(claims: number, places: number): string {
	return `${claims} claim${claims === 1 ? '' : 's'} at ${places} place${places === 1 ? '' : 's'}`;
}
