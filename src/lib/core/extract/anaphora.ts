/**
 * Places named by reference: "both villages", "the two towns", "the village" after a sentence that
 * named them. Reports often name the places once and then say what each side claims about "the
 * villages"; without this, every later claim about them would lose its place.
 */
import type { ResolvedMention } from '../geocode/types';

/** The places, each as a mention of the referring phrase (`match` in a quote starting at `offset`). */
function atPhrase(
	places: readonly ResolvedMention[],
	offset: number,
	match: RegExpExecArray
): ResolvedMention[] {
	const start = offset + match.index;
	const phrase = { start, end: start + match[0].length, mention: match[0] };
	return places.map((r) => ({ ...r, mention: { ...r.mention, ...phrase } }));
}

const COUNTS: Record<string, number> = {
	both: 2,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};
const NUMBER = 'two|three|four|five|six|seven|eight|nine|ten';
/** "both villages", "the three towns", "all five of the villages", "all the settlements", "these cities". */
const PLURAL = new RegExp(
	`(?<![\\p{L}])(?:both|all(?:\\s+(?:the|of\\s+the))?(?:\\s+(${NUMBER})(?:\\s+of\\s+the)?)?|the\\s+(${NUMBER})|these|those|the)\\s+(?:villages|towns|settlements|cities|localities)(?![\\p{L}])`,
	'iu'
);
const SINGULAR =
	/(?<![\p{L}])(?:the|this|that)\s+(?:village|town|settlement|city|locality)(?![\p{L}])(?!\s+of\b)/iu;

/**
 * The places an anaphoric phrase in `quote` (starting at `offset` in the text) stands for: the
 * settlement-level places named earlier in the same sentence (`inSentence`), else those of the
 * sentences just before (`before`), or a few sentences further back (`further`) when the phrase
 * counts exactly those places, each as a mention of the phrase itself; empty when the sentence
 * refers to none or the referent is unclear.
 */
export function anaphoricPlaces(
	quote: string,
	offset: number,
	before: readonly ResolvedMention[],
	inSentence: readonly ResolvedMention[] = [],
	further: readonly ResolvedMention[] = []
): ResolvedMention[] {
	const plural = PLURAL.exec(quote);
	const singular = plural ? null : SINGULAR.exec(quote);
	const match = plural ?? singular;
	if (!match) return [];
	const number = plural?.[1] ?? plural?.[2] ?? (/^both\b/i.test(match[0]) ? 'both' : null);
	// "The mayor of X said drones hit the city": a place earlier in the same sentence comes first;
	// places named further back are meant only when the phrase counts exactly them ("all five").
	const own = inSentence.filter((m) => m.mention.end <= offset + match.index);
	const recent =
		own.length > 0
			? own
			: before.length > 0
				? before
				: number && COUNTS[number.toLowerCase()] === further.length
					? further
					: [];
	if (recent.length === 0) return [];
	const count = plural
		? number
			? COUNTS[number.toLowerCase()]
			: recent.length
		: // "the village" is clear only when one village was named.
			recent.length === 1
			? 1
			: 0;
	if (count === 0 || count > recent.length) return [];
	return atPhrase(recent.slice(-count), offset, match);
}

/** "the strike", "the attack", "the shelling": an event named before, and so its place. */
const EVENT_REFERENCE =
	/(?<![\p{L}])(?:the|this|that)\s+(?:strike|strikes|attack|attacks|shelling|bombardment|explosion|explosions|blast|blasts|raid|assault)(?![\p{L}])(?!\s+(?:on|in|near|at|of)\b)/iu;

/**
 * The places of the latest claim before, when a sentence refers to its event ("the strike was
 * Ukraine's"), each as a mention of the phrase itself; empty without such a phrase.
 */
export function eventReferencePlaces(
	quote: string,
	offset: number,
	lastEventPlaces: readonly ResolvedMention[]
): ResolvedMention[] {
	const match = EVENT_REFERENCE.exec(quote);
	if (!match || lastEventPlaces.length === 0) return [];
	return atPhrase(lastEventPlaces, offset, match);
}
