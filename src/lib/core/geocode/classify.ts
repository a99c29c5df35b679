/**
 * The classify stage: whether a span the gazetteer knows is a place in this text. One ordered table
 * of rules, each with a name, decides: a span is a place unless some rule holds (`when`) and its
 * exception does not (`unless`); then it is rejected with that rule's name as the reason.
 *
 * Span rules look at the words around one span and run while the text is scanned (a rejected span
 * leaves its words free for a mention starting inside it). Text rules need every mention of the
 * text ("Smith said" makes every "Smith" a person) and run after the scan, in order, each on the
 * mentions the rules before it kept.
 */
import type { KeyHit } from '../gazetteer';
import type { PlaceKind } from './cues';
import { kindOfWord } from './cues';
import {
	actorVerbBeside,
	governmentNounAfter,
	areaOrWater,
	bigPlace,
	listEnds,
	mentionStarts,
	materielNounAfter,
	streetsAfterList,
	namedPeople,
	personBefore,
	riverPhrase,
	seatOfPower,
	shipWordBefore,
	unitWordBefore
} from './facts';
import {
	CALENDAR_WORDS,
	COMMON_WORDS,
	ENGLISH_WORD_ENDING,
	FACILITY_WORDS,
	NEAR_COUNTRIES,
	STREET_WORDS,
	UNIT_WORDS,
	WATER_NAMED_BY_OF,
	WATER_WORDS
} from './lexicon';
import type { FoundMention } from './mentions';
import { joined, type Token } from './tokens';

/** A span the gazetteer knows, with the words around it, as the span rules see it. */
export interface SpanFacts {
	tokens: Token[];
	/** First and last token of the span. */
	first: number;
	last: number;
	/** The normalised key that matched, and its gazetteer hits. */
	key: string;
	hits: readonly KeyHit[];
	/** What the cue words say the place is, if they say. */
	kind: PlaceKind | null;
	/** A lower-case word read as a name because a place cue comes before it ("in dubky"). */
	lowerCued: boolean;
	/** Words the text writes in lower case somewhere. */
	lowerWords: ReadonlySet<string>;
	/** Tokens already inside a mention. */
	matched: { has(index: number): boolean };
}

/** Facts derived once per span for the span rules. */
interface Span extends SpanFacts {
	token: Token;
	single: boolean;
	/** A cue word says settlement, region or district: the name is a place whatever else holds. */
	strongCue: boolean;
	/** The token right after the span, and whether only a space separates them. */
	after: Token | undefined;
	afterJoined: boolean;
}

/** Everything the text rules know: the text, its tokens, and facts over the mentions they see. */
export class TextFacts {
	#people: Set<string> | undefined;
	#listEnd: ((k: number) => number) | undefined;
	#starts: Uint8Array | undefined;

	constructor(
		readonly found: readonly FoundMention[],
		readonly tokens: Token[],
		readonly text: string
	) {}

	/** The keys of the names the text uses as people (`namedPeople`), computed once. */
	get people(): Set<string> {
		return (this.#people ??= namedPeople(this.found, this.tokens, this.#mentionStarts()));
	}

	/** `listEnds` over the mentions' first tokens, built once. */
	get listEnd(): (k: number) => number {
		return (this.#listEnd ??= listEnds(this.tokens, this.#mentionStarts()));
	}

	/** Which tokens start a mention (`mentionStarts`), flagged once for both of the above. */
	#mentionStarts(): Uint8Array {
		return (this.#starts ??= mentionStarts(this.found, this.tokens.length));
	}
}

/** A mention and the text it is in, as the text rules see it. */
export interface MentionInText {
	f: FoundMention;
	text: TextFacts;
}

/** A rule that says a span or a mention is no place: `when` holds and `unless` does not. */
export type NotPlaceRule =
	| {
			scope: 'span';
			name: string;
			when: (s: Span) => boolean;
			unless?: (s: Span) => boolean;
	  }
	| {
			scope: 'text';
			name: string;
			when: (m: MentionInText) => boolean;
			unless?: (m: MentionInText) => boolean;
	  };

/** What the classify stage says of a span or a mention. */
export type Verdict = { kind: 'place' } | { kind: 'rejected'; reason: string };

const strongCue = (s: Span) => s.strongCue;
/** A name a cue word makes a place ("X region"), or that says it is near: the text rules pass it. */
const cuedOrNear = ({ f }: MentionInText) => f.kind !== null || f.mention.near;

/**
 * The rules, in the order they are tried: span rules while scanning, then text rules after it. The
 * first that holds names the reason.
 */
export const NOT_PLACE_RULES: readonly NotPlaceRule[] = [
	{
		scope: 'span',
		name: 'calendar-word',
		when: (s) => s.single && CALENDAR_WORDS.has(s.token.folded)
	},
	{
		scope: 'span',
		// Also when the words after it are ones the key leaves out ("As the", "Along the").
		name: 'common-word',
		when: (s) => COMMON_WORDS.has(s.key) || (s.single && COMMON_WORDS.has(s.token.folded)),
		unless: strongCue
	},
	{
		// An English word ("Various regions") that only sounds like a place's name, even before a
		// kind word: no place named so would be written with an English ending.
		scope: 'span',
		name: 'english-word',
		when: (s) =>
			s.single &&
			ENGLISH_WORD_ENDING.test(s.token.folded) &&
			s.hits.every(
				(h) => h.strength === 'phonetic' || h.strength === 'slip' || h.strength === 'derived'
			)
	},
	{
		// The text writes the word in lower case elsewhere: an ordinary word, capitalised here.
		scope: 'span',
		name: 'lower-case-elsewhere',
		when: (s) => s.single && !s.lowerCued && s.lowerWords.has(s.token.folded),
		unless: strongCue
	},
	{
		scope: 'span',
		name: 'person-before',
		when: (s) => personBefore(s.tokens, s.first, s.matched),
		unless: strongCue
	},
	{
		scope: 'span',
		name: 'too-short',
		when: (s) => s.single && s.token.raw.length < 3
	},
	{
		// A word ending a longer capitalised name that names no place ("Black Sea Fleet") is part
		// of that name, not a faraway namesake (Fleet, England); places of the region still count.
		scope: 'span',
		name: 'tail-of-longer-name',
		when: (s) => {
			const before = s.tokens[s.first - 1];
			return (
				s.single &&
				before !== undefined &&
				before.capital &&
				!before.initial &&
				joined(s.tokens, s.first) &&
				!s.matched.has(s.first - 1) &&
				s.hits.every((h) => !NEAR_COUNTRIES.has(h.place.countryCode))
			);
		},
		unless: strongCue
	},
	{
		// A loose match inside a run of capitalised words ("Ivan Petrenko") is a name.
		scope: 'span',
		name: 'loose-in-name-run',
		when: (s) =>
			s.hits.every((h) => h.strength === 'phonetic' || h.strength === 'derived') &&
			s.after !== undefined &&
			s.afterJoined &&
			s.after.capital &&
			!kindOfWord(s.after.folded) &&
			!FACILITY_WORDS.has(s.after.folded),
		unless: strongCue
	},
	{
		// "Sadova Street" is a street; "the Dubky-Lypky highway" runs between two places.
		scope: 'span',
		name: 'street-name',
		when: (s) =>
			s.after !== undefined &&
			STREET_WORDS.has(s.after.folded) &&
			s.afterJoined &&
			s.token.gapBefore !== '-'
	},
	{
		// "The Dubky group of forces", "the Lypky battalion": a unit named after a place.
		scope: 'span',
		name: 'unit-name',
		when: (s) => s.after !== undefined && s.afterJoined && UNIT_WORDS.has(s.after.folded),
		unless: strongCue
	},
	{
		scope: 'span',
		name: 'water-word-after',
		when: (s) => s.after !== undefined && s.afterJoined && WATER_WORDS.has(s.after.folded),
		unless: (s) => s.hits.some((h) => h.place.featureClass === 'H')
	},
	{
		// "The Sea of Dubky", "the Gulf of Lypky": a body of water named after a place, not the place.
		scope: 'span',
		name: 'water-word-before',
		when: (s) => {
			const of = s.tokens[s.first - 1];
			const water = s.tokens[s.first - 2];
			return (
				of !== undefined &&
				water !== undefined &&
				of.folded === 'of' &&
				WATER_NAMED_BY_OF.has(water.folded) &&
				joined(s.tokens, s.first) &&
				joined(s.tokens, s.first - 1)
			);
		},
		unless: (s) => s.hits.some((h) => h.place.featureClass === 'H')
	},
	{
		scope: 'text',
		name: 'person',
		when: ({ f, text }) => text.people.has(f.key),
		unless: cuedOrNear
	},
	{
		// "Warsaw said", "accused Berlin of": a capital or a country standing for its government.
		scope: 'text',
		name: 'government',
		when: ({ f, text }) => actorVerbBeside(f, text.tokens),
		unless: (m) => cuedOrNear(m) || !seatOfPower(m.f)
	},
	{
		// "the Kiev regime", "Kiev militants": a capital standing for its government or forces.
		scope: 'text',
		name: 'government-noun',
		when: ({ f, text }) => governmentNounAfter(f, text.tokens),
		unless: (m) => cuedOrNear(m) || !seatOfPower(m.f)
	},
	{
		// "A bridge over the X": the gazetteer holds the towns named after rivers, not the rivers.
		scope: 'text',
		name: 'river',
		when: ({ f, text }) => riverPhrase(f, text.tokens, text.text),
		unless: ({ f }) => f.kind !== null || areaOrWater(f)
	},
	{
		// "Battlegroup Dubky", "Battlegroups North and Lypky": units named after places.
		scope: 'text',
		name: 'unit-name-before',
		when: ({ f, text }) => unitWordBefore(f, text.tokens),
		unless: cuedOrNear
	},
	{
		scope: 'text',
		name: 'ship-name',
		when: ({ f, text }) => shipWordBefore(f, text.tokens),
		unless: cuedOrNear
	},
	{
		// "along Sadova and Lisova streets": the names of the list are streets'.
		scope: 'text',
		name: 'street-list',
		when: ({ f, text }) => streetsAfterList(f, text.tokens, text.listEnd)
	},
	{
		// "Dubky launchers", "the Lypky and Sadova regiments", but "Kyiv drones" is a place.
		scope: 'text',
		name: 'materiel-name',
		when: ({ f, text }) => materielNounAfter(f, text.tokens, text.listEnd),
		unless: (m) => cuedOrNear(m) || bigPlace(m.f)
	}
];

type SpanRule = Extract<NotPlaceRule, { scope: 'span' }>;
type TextRule = Extract<NotPlaceRule, { scope: 'text' }>;
const SPAN_RULES = NOT_PLACE_RULES.filter((r): r is SpanRule => r.scope === 'span');
const TEXT_RULES = NOT_PLACE_RULES.filter((r): r is TextRule => r.scope === 'text');

const PLACE: Verdict = Object.freeze({ kind: 'place' });
const REJECTED = new Map<string, Verdict>(
	NOT_PLACE_RULES.map((r) => [r.name, Object.freeze({ kind: 'rejected', reason: r.name })])
);

/**
 * The verdict of the span rules on one span; the rules that held but whose exception overruled
 * them are added to `overruled` when it is given.
 */
export function classifySpan(facts: SpanFacts, overruled?: string[]): Verdict {
	const token = facts.tokens[facts.first];
	const after = facts.tokens[facts.last + 1];
	const span: Span = {
		tokens: facts.tokens,
		first: facts.first,
		last: facts.last,
		key: facts.key,
		hits: facts.hits,
		kind: facts.kind,
		lowerCued: facts.lowerCued,
		lowerWords: facts.lowerWords,
		matched: facts.matched,
		token,
		single: facts.last === facts.first,
		strongCue: facts.kind === 'settlement' || facts.kind === 'region' || facts.kind === 'district',
		after,
		afterJoined: after !== undefined && joined(facts.tokens, facts.last + 1)
	};
	for (const rule of SPAN_RULES) {
		if (!rule.when(span)) continue;
		if (!rule.unless?.(span)) return REJECTED.get(rule.name) ?? PLACE;
		overruled?.push(rule.name);
	}
	return PLACE;
}

/** A mention the text rules rejected, and why; or one a rule held for but its exception kept. */
export interface Rejection {
	mention: FoundMention;
	reason: string;
}

/** What the text rules did, for `--explain`. */
export interface TextRuleTrace {
	rejectedMentions: Rejection[];
	/** Kept mentions a rule held for, overruled by its exception (`reason` names the rule). */
	overruledMentions: Rejection[];
}

/**
 * The mentions the text rules keep, in order; each rule sees the mentions the rules before it
 * kept. Rejections and overruled rules are added to `trace` when it is given.
 */
export function classifyMentions(
	found: FoundMention[],
	tokens: Token[],
	text: string,
	trace?: TextRuleTrace
): FoundMention[] {
	let kept = found;
	let facts = new TextFacts(kept, tokens, text);
	for (const rule of TEXT_RULES) {
		if (kept.length === 0) break;
		if (facts.found !== kept) facts = new TextFacts(kept, tokens, text);
		// One view per rule, moved from mention to mention (a rule reads it and keeps nothing), and
		// a new list only once a mention is rejected: most rules reject none of a long list.
		const m = { f: kept[0], text: facts };
		let next: FoundMention[] | null = null;
		for (let k = 0; k < kept.length; k++) {
			const f = kept[k];
			m.f = f;
			const holds = rule.when(m);
			if (holds && !rule.unless?.(m)) {
				trace?.rejectedMentions.push({ mention: f, reason: rule.name });
				next ??= kept.slice(0, k);
				continue;
			}
			if (holds) trace?.overruledMentions.push({ mention: f, reason: rule.name });
			next?.push(f);
		}
		if (next !== null) kept = next;
	}
	return kept;
}
