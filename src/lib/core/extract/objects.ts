/**
 * Stage 4a, objects: which counted items an event acts on. A downing, destruction or killing counts
 * what it was done to, not its subject ("air defence systems destroyed nine drones"), not its means
 * ("shot down by a fighter jet") and not a weapon that only names a strike or a unit.
 */
import type { QuantityCategory } from '../contract';
import { MUNITION_RE } from './item-vocabulary';
import { parseCount, type ItemMention } from './quantities';

/** Where a trigger stands in its sentence. */
export interface Span {
	start: number;
	end: number;
}

/** Categories of the weapons a strike is made with (and a downing or destruction may count). */
export const WEAPON_CATEGORIES: ReadonlySet<QuantityCategory> = new Set([
	'missile',
	'drone',
	'artillery',
	'aircraft',
	'tank'
]);

/** Whether an item is a munition (a bomb, a shell): a strike's weapon that is never downed. */
export function isMunition(item: ItemMention): boolean {
	return item.category === 'other' && MUNITION_RE.test(item.item);
}

/** Whether the sentence names a weapon that acts (not one that only names a unit, "missile troops"). */
export function namesWeapon(items: readonly ItemMention[]): boolean {
	return items.some(
		(i) => i.role !== 'unit' && (WEAPON_CATEGORIES.has(i.category) || isMunition(i))
	);
}

/** Only adverbs and auxiliaries between a subject and its active verb ("drones have reportedly destroyed"). */
const SUBJECT_GAP =
	/^\s*(?:(?:have|has|had|also|then|again|later|overnight|yesterday|today|jointly|\p{L}+ly)\s+)*$/iu;
/** The items of a list before the subject's head ("radars, jets and drones destroyed"). */
const SUBJECT_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}-]+\s+){0,3}$/iu;
/**
 * What follows a participle used as a reduced passive ("nine people injured in X", "14 drones
 * destroyed over Y."): the items before it are what it happened to, not who did it.
 */
const REDUCED_PASSIVE_AFTER =
	/^\s*(?:$|[,.;:!?)–—-]|(?:over|in|near|on|at|by|during|overnight|yesterday|today|and|as|when|after|while|from|across|around|outside|within|since|amid|following|last|this|earlier|so|or)\b)/i;
/** Verbs joined by "and" share their subject ("air defence intercepted and destroyed 20 drones"). */
const COORDINATED = /^\s*,?\s*(?:and|or)\s+(?:\p{L}+ly\s+)?$/iu;
/** "35 of them", "all of these" right after a downing or destruction. */
const PARTITIVE_AFTER =
	/^\s+(?:all\s+)?(?:(\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?:out\s+)?of\s+(?:them|these|those)\b/i;
/** A relative clause between an item and a verb makes the item its object ("drones that air defence shot down"). */
const RELATIVE_BETWEEN = /\b(?:which|that|whom)\b/i;
/** Words before an item that make it what was used ("destroyed by a drone", "hit with artillery"). */
const INSTRUMENT_BEFORE =
	/\b(?:by|using|with|via)\s+(?:(?:an?|the|its|their|our|[\p{L}-]+)\s+){0,3}$/iu;

/**
 * The items a downing, destruction or killing acts on: not weapons named as means or units ("missile
 * strike", "missile units"), not the subject that did it ("air defence systems destroyed nine drones"),
 * nor what it was done with ("shot down by a fighter jet").
 */
export function objectsOf(
	sentence: string,
	hit: Span,
	items: readonly ItemMention[],
	hits: readonly Span[]
): ItemMention[] {
	const agents = new Set<ItemMention>();
	if (!REDUCED_PASSIVE_AFTER.test(sentence.slice(hit.end))) {
		// The subject's head and the list it ends ("Two drones destroyed", "jets and drones destroyed").
		let next = hit.start;
		let gap = SUBJECT_GAP;
		for (let k = items.length - 1; k >= 0; k--) {
			const item = items[k];
			if (item.end > next) continue;
			if (!gap.test(sentence.slice(item.end, next))) break;
			agents.add(item);
			next = item.start;
			gap = SUBJECT_LIST_GAP;
		}
		// Uncounted weapons named earlier in the clause are the subject too ("fighter jets, mobile
		// fire groups and gunners destroyed 17 drones"), unless a relative clause makes them the object.
		const clauseStart = Math.max(
			0,
			sentence.lastIndexOf(';', hit.start),
			sentence.lastIndexOf(':', hit.start),
			...hits
				.filter((h) => h.end <= hit.start && !COORDINATED.test(sentence.slice(h.end, hit.start)))
				.map((h) => h.end)
		);
		for (const item of items)
			if (
				item.count === null &&
				item.start >= clauseStart &&
				item.end <= hit.start &&
				!RELATIVE_BETWEEN.test(sentence.slice(item.end, hit.start))
			)
				agents.add(item);
	}
	const objects = items.filter(
		(i) =>
			i.role === 'object' &&
			!agents.has(i) &&
			!(
				i.start >= hit.end &&
				INSTRUMENT_BEFORE.test(sentence.slice(Math.max(hit.end, i.start - 40), i.start))
			)
	);
	// "launched 40 drones, and air defence shot down 35 of them": a part of the weapons named before.
	const part = PARTITIVE_AFTER.exec(sentence.slice(hit.end));
	const whole = items.filter((i) => i.end <= hit.start && i.role === 'object').pop();
	if (!part || !whole) return objects;
	const count = part[1] === undefined ? whole.count : parseCount(part[1]);
	const start = hit.end + part[0].length - part[0].trimStart().length;
	return [
		{ ...whole, start, end: hit.end + part[0].length, count, included: false },
		...objects.filter((i) => i.start >= hit.end)
	];
}
