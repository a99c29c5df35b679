/**
 * The classes of error of a geocoded text against its gold places, for the evaluation: why a gold
 * place got no point within reach, and why a point was put where no gold place is. Named after what
 * the geocoder would have to do better, so a change can be judged by the class it moves, not by
 * single items.
 */
import { foldName, normaliseName, phoneticKey } from '../names';
import { distanceKm } from './distance';
import type { MentionRole } from './roles';
import type { Place, ResolvedMention } from './types';

/**
 * Why a gold place was missed, in the order they are tested:
 * - `role`: a mention found the place but its role gave no point (it was read as context, a
 *   reference or an area);
 * - `unresolved`: the place was a candidate of a mention left unresolved (best candidate too weak);
 * - `namesake-qualifier`: a namesake won although a qualifier right after the mention ("X, Sumy
 *   region") names the gold place's oblast or country;
 * - `namesake-size`: a smaller namesake won over the gold place, an administrative seat or a place
 *   ten times as populous;
 * - `namesake-far`: the namesake chosen lies farther from the text's other places than the gold place;
 * - `namesake-alone`: the text names no other place to choose by (only the prior spoke);
 * - `namesake-other`: the gold place was one of the six best candidates and lost for another reason;
 * - `namesake-deep`: a mention sounds like the gold place's name and the gazetteer holds the place
 *   under that name, but it was not among the mention's six best candidates (many namesakes);
 * - `unspotted-named`: a mention sounds like the gold place's name, but the gazetteer holds no place
 *   near the gold point under it (missing, held under another name, or the gold point is elsewhere);
 * - `unspotted`: no mention had the gold place among its candidates, nor sounds like it.
 */
export const MISS_CLASSES = [
	'role',
	'unresolved',
	'namesake-qualifier',
	'namesake-size',
	'namesake-far',
	'namesake-alone',
	'namesake-other',
	'namesake-deep',
	'unspotted-named',
	'unspotted'
] as const;
export type MissClass = (typeof MISS_CLASSES)[number];

/**
 * Why a point was put where no gold place is (on items whose gold is complete):
 * `extra-namesake` when one of its mention's candidates is a gold place, else `extra-place` (a
 * place the gold does not name, or a word that is no place at all).
 */
export const EXTRA_CLASSES = ['extra-namesake', 'extra-place'] as const;
export type ExtraClass = (typeof EXTRA_CLASSES)[number];

/** A gold place: where it is, and its name when known ("X" or "X (Y region)"). */
export interface GoldPoint {
	lat: number;
	lon: number;
	name?: string;
}

/** Seats of administration: what a namesake village should not beat. */
const SEATS: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2']);

/** How much more populous the gold place must be for a lost namesake to count as one of size. */
const SIZE_RATIO = 10;

/** A geocoded text as the classes read it: each mention with its role. */
export interface ClassifiedText {
	mentions: readonly ResolvedMention[];
	roles: readonly MentionRole[];
}

/** Where a mention puts an event (its point), or null when its role gives none. */
export function pointOf(m: ResolvedMention, role: MentionRole): GoldPoint | null {
	const r = m.resolution;
	if (r.kind === 'unresolved' || (role !== 'point' && role !== 'repeat')) return null;
	return r.offsetPoint ?? r.place;
}

function near(a: GoldPoint, b: GoldPoint, km: number): boolean {
	return distanceKm(a.lat, a.lon, b.lat, b.lon) <= km;
}

/** Distance from `p` to the nearest place of the other mentions (other than `self`) that are no areas. */
function nearestOtherKm(text: ClassifiedText, self: number, p: GoldPoint): number {
	let best = Infinity;
	text.mentions.forEach((m, i) => {
		const r = m.resolution;
		if (i === self || r.kind === 'unresolved' || text.roles[i] === 'area') return;
		if (r.place.featureCode === 'ADM1' || r.place.featureCode === 'PCLI') return;
		best = Math.min(best, distanceKm(p.lat, p.lon, r.place.lat, r.place.lon));
	});
	return best;
}

/** The namesake class of mention `i`, which chose `chosen` over the gold place `right`. */
function namesakeClass(text: ClassifiedText, i: number, chosen: Place, right: Place): MissClass {
	const next = text.mentions[i + 1];
	const q = next?.mention.qualifier && next.resolution.kind !== 'unresolved' ? next : null;
	if (q && q.resolution.kind !== 'unresolved') {
		const area = q.resolution.place;
		const inside = (p: Place) =>
			area.featureCode === 'PCLI'
				? p.countryCode === area.countryCode
				: p.admin1Code === area.admin1Code;
		if (inside(right) && !inside(chosen)) return 'namesake-qualifier';
	}
	const bigger =
		(SEATS.has(right.featureCode) && !SEATS.has(chosen.featureCode)) ||
		right.population >= SIZE_RATIO * Math.max(1, chosen.population);
	if (bigger) return 'namesake-size';
	const rightKm = nearestOtherKm(text, i, right);
	if (rightKm < nearestOtherKm(text, i, chosen)) return 'namesake-far';
	if (rightKm === Infinity) return 'namesake-alone';
	return 'namesake-other';
}

/**
 * Why `gold` got no point within `km`, or `hit` when it did; `placeById` gives a candidate's place
 * (its population and feature code) from its gazetteer id, and `heldNear` whether the gazetteer holds
 * a place within `km` of the gold point under a mention's name (unknown: assumed not).
 */
export function missClass(
	gold: GoldPoint,
	text: ClassifiedText,
	placeById: (id: string) => Place | undefined,
	km: number = 10,
	heldNear: (mention: string, gold: GoldPoint) => boolean = () => false
): MissClass | 'hit' {
	const { mentions, roles } = text;
	const hit = mentions.some((m, i) => {
		const p = pointOf(m, roles[i]);
		return p !== null && near(p, gold, km);
	});
	if (hit) return 'hit';
	const found = mentions.some(
		(m) => m.resolution.kind !== 'unresolved' && near(m.resolution.place, gold, km)
	);
	if (found) return 'role';
	for (let i = 0; i < mentions.length; i++) {
		const r = mentions[i].resolution;
		const alt = r.alternatives.find((a) => near(a, gold, km));
		if (!alt) continue;
		if (r.kind === 'unresolved') return 'unresolved';
		const right = placeById(alt.gazetteerId);
		if (right) return namesakeClass(text, i, r.place, right);
		return 'namesake-other';
	}
	const named = mentions.filter((m) => soundsLike(m.mention.mention, gold.name));
	if (named.length === 0) return 'unspotted';
	return named.some((m) => heldNear(m.mention.mention, gold)) ? 'namesake-deep' : 'unspotted-named';
}

/** Whether a mention sounds like a gold name's head (what comes before a comma or a bracket). */
function soundsLike(mention: string, goldName: string | undefined): boolean {
	const head = goldName?.split(/[,(]/)[0] ?? '';
	const key = (s: string) => phoneticKey(normaliseName(foldName(s)));
	return head.trim() !== '' && key(head) === key(mention);
}

/** Why the point of mention `i` lies farther than `km` from every gold place, or null when it does not. */
export function extraClass(
	i: number,
	text: ClassifiedText,
	gold: readonly GoldPoint[],
	km: number = 10
): ExtraClass | null {
	const m = text.mentions[i];
	const p = pointOf(m, text.roles[i]);
	if (!p || gold.some((g) => near(p, g, km))) return null;
	const namesake = m.resolution.alternatives.some((a) => gold.some((g) => near(a, g, km)));
	return namesake ? 'extra-namesake' : 'extra-place';
}
