/**
 * Quantities: counted items in a sentence ("three tanks", "Ten … UAVs including two Tu-143",
 * "360 nationalists"), from digits and number words, each with its category.
 */
import type { Quantity, QuantityCategory } from '../contract';
import { MONTH_NAMES } from '../geocode/lexicon';
import {
	CIVILIAN_THINGS,
	ITEM_PATTERNS,
	MEANS_HEADS,
	SYSTEM_HEADS,
	UNIT_HEADS
} from './item-vocabulary';

/**
 * What an item noun is in its sentence: a thing counted or acted on (`object`), the weapon of a
 * strike or its remains ("a missile strike", "drone debris": `means`), or part of the name of a unit,
 * an industry or a thing ("anti-aircraft missile units", "the 1st tank brigade", "a civilian car":
 * `unit`).
 */
export type ItemRole = 'object' | 'means' | 'unit';

/** An item noun found in text, with its count when one precedes it. Offsets are in the searched text. */
export interface ItemMention {
	start: number;
	end: number;
	item: string;
	category: QuantityCategory;
	count: number | null;
	/** True for "including two Tu-143": a part of a total counted just before. */
	included: boolean;
	/** What the noun is in its sentence: counted object, a strike's means, or part of a name. */
	role: ItemRole;
}

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

const NUMBER_WORD = `(?:${Object.keys(UNITS).join('|')}|hundred|thousand|dozen|a|an|a\\s+single|single)`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?${NUMBER_WORD})*)`;
const ITEM = ITEM_PATTERNS.map((p, i) => `(?<c${i}>${p.pattern})`).join('|');
const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}])';
/** Optional count, up to four filler words ("units of", "Ukrainian", "Soviet-manufactured"), then an item. */
const ITEM_RE = new RegExp(
	`${B}(?:(?<count>${NUMBER})\\s+(?<gap>(?:(?:\\d+-(?=\\p{L}))?(?!\\d)[\\p{L}’'-]+\\s+){0,4}?))?(?:${ITEM})${E}`,
	'giu'
);
/** A month right before a number ("Feb 24", "Sept. 3"): a month's first three letters and any more. */
const MONTHS = new RegExp(
	`(?:${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})[a-z]*\\.?\\s*$`,
	'i'
);
// "a Su-25 attack aircraft", "strike drones": "attack" or "strike" naming a kind of craft is no means.
const MEANS_AFTER = new RegExp(
	`^[\\s-]+(?:${MEANS_HEADS})${E}(?!\\s+(?:aircraft|helicopters?|drones?|UAVs?|jets?|planes?|bombers?|boats?|submarines?)${E})`,
	'iu'
);
const SYSTEM_AFTER = new RegExp(`^\\s+(?:${SYSTEM_HEADS})${E}`, 'iu');
const UNIT_AFTER = new RegExp(`^[\\s-]+(?:${UNIT_HEADS})${E}`, 'iu');
const CIVILIAN_THING_AFTER = new RegExp(`^\\s+(?:${CIVILIAN_THINGS})${E}`, 'iu');
/** "the 4th tank and 12th rifle brigades": an ordinal before the item names a unit. */
const ORDINAL_BEFORE = /\b\d+(?:st|nd|rd|th)\s+(?:(?:guards|separate|independent)\s+)?$/i;
/** Words that end a count's reach: verbs, prepositions and clause words ("a house where soldiers"). */
const GAP_STOP =
	/^(?:and|or|were|was|are|is|have|has|had|by|in|on|at|near|over|to|from|with|the|that|which|than|where|who|whose|when)$/i;

/** Parses "360", "1,200", "ten", "twenty-five", "three hundred", "a" into a number, or null. */
export function parseCount(raw: string): number | null {
	const t = raw.trim().toLowerCase();
	if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
	let total = 0;
	let current = 0;
	let seen = false;
	for (const word of t.split(/[\s-]+/)) {
		if (word === 'and' || word === 'single') continue;
		if (word === 'a' || word === 'an') {
			current += 1;
			seen = true;
		} else if (word in UNITS) {
			current += UNITS[word];
			seen = true;
		} else if (word === 'hundred') current = Math.max(1, current) * 100;
		else if (word === 'dozen') current = Math.max(1, current) * 12;
		else if (word === 'thousand') {
			total += Math.max(1, current) * 1000;
			current = 0;
		} else return null;
	}
	return seen || total > 0 || current > 0 ? total + current : null;
}

function categoryOf(groups: Record<string, string | undefined>): QuantityCategory {
	for (let i = 0; i < ITEM_PATTERNS.length; i++)
		if (groups[`c${i}`] !== undefined) return ITEM_PATTERNS[i].category;
	return 'other';
}

/**
 * The last text {@link findItems} read and what it found: the pipeline reads a sentence's items
 * right after its events did (for the weapon names no place may be taken from).
 */
let lastItems: { text: string; items: readonly ItemMention[] } | null = null;

/** Every item noun in `text` in order, with the count in front of it when there is one. */
export function findItems(text: string): ItemMention[] {
	if (lastItems?.text !== text) lastItems = { text, items: scanItems(text) };
	return [...lastItems.items];
}

function scanItems(text: string): ItemMention[] {
	const items: ItemMention[] = [];
	ITEM_RE.lastIndex = 0;
	for (let m = ITEM_RE.exec(text); m; m = ITEM_RE.exec(text)) {
		const g = m.groups ?? {};
		const gapWords = (g.gap ?? '').trim().split(/\s+/).filter(Boolean);
		// "a house where two soldiers lived": a count reaches no item past a stop word; read on
		// from after the count, so a later count keeps its own item.
		if (g.count !== undefined && gapWords.some((w) => GAP_STOP.test(w))) {
			ITEM_RE.lastIndex = m.index + g.count.length;
			continue;
		}
		// "two Buk missile systems", "drone launchers": a weapon's carrier or launcher is equipment.
		const system =
			/^(?:missile|drone|aircraft)$/.test(categoryOf(g)) &&
			SYSTEM_AFTER.exec(text.slice(m.index + m[0].length));
		const category = system ? 'equipment' : categoryOf(g);
		const end = m.index + m[0].length + (system ? system[0].length : 0);
		ITEM_RE.lastIndex = end;
		const after = text.slice(end);
		const itemOnlyStart = m.index + m[0].length - itemLength(m);
		const role: ItemRole =
			UNIT_AFTER.test(after) ||
			ORDINAL_BEFORE.test(text.slice(0, itemOnlyStart)) ||
			(/^civilian$/i.test(text.slice(itemOnlyStart, end)) && CIVILIAN_THING_AFTER.test(after))
				? 'unit'
				: MEANS_AFTER.test(after)
					? 'means'
					: 'object';
		let count: number | null = null;
		// "two missile strikes": the count is the strikes', not the missiles'.
		if (g.count !== undefined && role === 'object') {
			const before = text.slice(0, m.index);
			const isArticle = /^(?:a|an|a\s+single|single)$/i.test(g.count.trim());
			const ok =
				!MONTHS.test(before) && !/[$€£]\s*$/.test(before) && !(isArticle && gapWords.length > 2);
			if (ok) count = parseCount(g.count);
			// "15 of 18 missiles": the claim is about the first number, a part of the second.
			const part =
				/(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the\s+)?$/iu.exec(
					before
				);
			const partCount = part ? parseCount(part[1]) : null;
			if (ok && partCount !== null && !/^(?:a|an)$/i.test(part?.[1] ?? '')) count = partCount;
		}
		const included = /\b(?:including|incl\.|among them|of which|of them)\s*$/i.test(
			text.slice(Math.max(0, m.index - 20), m.index)
		);
		const units =
			category === 'equipment' && /\bunits\s+of\b/i.test(g.gap ?? '') ? 'units of ' : '';
		items.push({
			start: count !== null ? m.index : itemOnlyStart,
			end,
			item: units + text.slice(itemOnlyStart, end).replace(/\s+/g, ' '),
			category,
			count,
			included,
			role
		});
	}
	return items;
}

function itemLength(m: RegExpExecArray): number {
	const g = m.groups ?? {};
	for (let i = 0; i < ITEM_PATTERNS.length; i++) {
		const v = g[`c${i}`];
		if (v !== undefined) return v.length;
	}
	return m[0].length;
}

/** Quantities of a sentence: counted items only, in order. */
export function findQuantities(text: string): (Quantity & { included: boolean })[] {
	return findItems(text)
		.filter((i) => i.count !== null)
		.map((i) => ({
			count: i.count as number,
			item: i.item,
			category: i.category,
			included: i.included
		}));
}
