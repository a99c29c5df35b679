/**
 * Places named by reference: "both villages", "the two towns", "the village" after a sentence that
 * named them. Reports often name the places once and then say what each side claims about "the
 * villages"; without this, every later claim about them would lose its place.
 */
import { ADMIN_CENTRE, townSized } from '../geocode/towns';
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
	/(?<![\p{L}])(?:the|this|that)\s+(?:(?!of\s)[\p{Ll}-]+\s+){0,2}?(village|town|settlement|city|locality)(?![\p{L}])(?!\s+of\b)/u;

/** A village has under this many people (and is no administrative centre, `ADMIN_CENTRE`). */
const VILLAGE_POPULATION = 20_000;

/** Whether a place is of the size a noun says: a village is small, a city large, a town either. */
function fitsNoun(m: ResolvedMention, noun: string): boolean {
	if (m.resolution.kind === 'unresolved') return false;
	const { population, featureCode } = m.resolution.place;
	if (noun === 'village') return population < VILLAGE_POPULATION && !ADMIN_CENTRE.test(featureCode);
	if (noun === 'city') return townSized(m.resolution.place);
	return true;
}

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
	// "Andriivka, a village near the town of Bakhmut … the village": of several places named, the
	// one alone of the size the noun says.
	if (singular) {
		const sized = recent.filter((m) => fitsNoun(m, singular[1].toLowerCase()));
		if (sized.length === 1) return atPhrase(sized, offset, match);
		// "… the regional hub of X. … the village": a city is not the village meant (a city's size
		// is known from its seat or count; a small or uncounted place may still be called a city).
		if (sized.length === 0 && singular[1].toLowerCase() === 'village') return [];
	}
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

/** Facilities a report names once by a place ("the Testovo dam") and then by their noun alone. */
const LANDMARK_NOUNS = 'dam|bridge|plant|airfield|air\\s+base|airbase|refinery|port|reservoir';
/** Words that may stand between the place and the facility's noun ("Testovo nuclear power plant"). */
const LANDMARK_WORDS =
	'nuclear|power|hydroelectric|hydro-electric|hydropower|thermal|oil|railway|rail|road|military|naval|sea|river|cargo|grain';
const LANDMARK_AFTER = new RegExp(
	`^\\s+(?:(?:${LANDMARK_WORDS})\\s+){0,3}(${LANDMARK_NOUNS})(?![\\p{L}])`,
	'iu'
);
const LANDMARK_REFERENCE = new RegExp(
	`(?<![\\p{L}])(?:the|this|that)\\s+(?:(?:${LANDMARK_WORDS}|damaged|destroyed|nearby|same)\\s+){0,3}(${LANDMARK_NOUNS})(?![\\p{L}])(?!\\s+(?:of|in|at|near|over|across)\\b)`,
	'iu'
);

/** The facility's noun, one form for its spellings ("air base", "airbase"). */
function landmarkKey(noun: string): string {
	return noun.toLowerCase().replace(/\s+/g, '');
}

/** The facility a place names in `text` ("the Testovo dam" → "dam"), or null. */
export function landmarkOf(text: string, m: ResolvedMention): string | null {
	const after = LANDMARK_AFTER.exec(text.slice(m.mention.end, m.mention.end + 60));
	return after ? landmarkKey(after[1]) : null;
}

/**
 * "The Testovo dam was breached … Troops blew up the dam": the place of the facility named before
 * by the same noun (the latest of `landmarks`), as a mention of the phrase; empty without one.
 */
export function landmarkPlaces(
	quote: string,
	offset: number,
	landmarks: readonly { noun: string; mention: ResolvedMention }[]
): ResolvedMention[] {
	const match = LANDMARK_REFERENCE.exec(quote);
	if (!match) return [];
	const noun = landmarkKey(match[1]);
	for (let i = landmarks.length - 1; i >= 0; i--)
		if (landmarks[i].noun === noun) return atPhrase([landmarks[i].mention], offset, match);
	return [];
}
