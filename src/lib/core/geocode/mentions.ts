/**
 * Finds place mentions in running text in one pass over its tokens. Stage 1, spot (`spotAt`, a pure
 * function of the text and the gazetteer): at each capitalised word, the longest run of words whose
 * normalised key is in the gazetteer (hash lookups, pruned by the key prefixes the gazetteer holds),
 * with phonetic and derived matches, a lower-case name after a place cue, an acronym or a colloquial
 * region name; the cues around it ("near", "village of", "X region", "(DPR)") are read. Stage 3,
 * classify, then accepts or rejects each span (people, months, ordinary words are no places), and a
 * spelling-slip lookup last adds words the context says are places. Stage 4 links the mentions.
 */
import type { Gazetteer, KeyHit } from '../gazetteer';
import {
	colloquialRegionStems,
	derivedKeys,
	GENERIC_WORDS,
	nameSimilarity,
	phoneticKey,
	romaniseAll,
	stripGenericTokens,
	normaliseName,
	PLANT_WORDS,
	spellOutPlants
} from '../names';
import { cueBefore, endsCue, kindOfWord, PLACE_KINDS, REGION_WORDS, type PlaceKind } from './cues';
import {
	APPOSITION_BREAKS,
	CALENDAR_WORDS,
	COMMON_WORDS,
	CONNECTORS,
	CYRILLIC_COUNTRIES,
	DEMONYM,
	DISTRICT_KIND_ADJECTIVES,
	DISTRICT_WORDS,
	ENGLISH_ENDING,
	FACILITY_GLUE,
	FEATURE_TAILS,
	NATIONALITY_ADJECTIVE,
	NEAR_AFTER,
	REGION_ABBREVIATIONS,
	REPUBLICS_WORD,
	SLAVIC_SHAPE,
	TOWN_CUES
} from './lexicon';
import { classifyMentions, classifySpan, type TextRuleTrace } from './classify';
import {
	collectiveCueRelations,
	possessiveCityRelations,
	adjectiveQualifierRelations,
	qualifierRelations,
	referenceRelations,
	borderRelations,
	withRelations
} from './links';
import { countryBefore } from './facts';
import { offsetBefore } from './offset';
import { addSlips } from './slips';
import { isTown } from './towns';
import { joined, possessive, tokenise, type Token } from './tokens';
import type { PlaceMention } from './types';

export { PLACE_KINDS, type PlaceKind };

/** A mention with the gazetteer hits for its words and the cues read around it. */
export interface FoundMention {
	mention: PlaceMention;
	/** The normalised key that matched. */
	key: string;
	hits: readonly KeyHit[];
	/** Sentence index, for sentence-level context. */
	sentence: number;
	/** What the cue words say the place is, if they say. */
	kind: PlaceKind | null;
	/** Regions, districts or countries written right after this mention to say where it is. */
	qualifiers: FoundMention[];
	/** The mention this one qualifies, if it is a qualifier. */
	qualifies?: FoundMention;
	/** For a reference ("Lypove, north of Kyiv"): the place it locates. */
	locates?: FoundMention;
	/** An area named as the other side of a border ("the border with the Y region"): no place's area. */
	bordersOn?: boolean;
	/** A qualifier written as a bare name ("X, Donetsk"): the oblast or the city of that name. */
	bareQualifier?: boolean;
	/** A qualifier that names the city a district is part of ("the X district of Y", "Y's X district"). */
	cityOfDistrict?: boolean;
	/** Index of the first and last token, for adjacency. */
	firstToken: number;
	lastToken: number;
	/** Which spotter found it (`slip`: the spelling-slip lookup after the scan). */
	source: SpanSource | 'slip';
	/** The country a country adjective before its settlement word puts it in ("the Russian village of X"). */
	country?: string;
}

/** Minimum spelling similarity for a phonetic match to count. */
const LOOSE_SIMILARITY = 0.45;

/** Phonetic hits whose names also look alike (a shared consonant skeleton alone is not enough). */
function phoneticHits(
	gazetteer: Gazetteer,
	key: string,
	minSimilarity = LOOSE_SIMILARITY,
	where?: (hit: KeyHit) => boolean
): KeyHit[] {
	// A filter before the spelling is compared: most sound-alikes fail it and need no comparison
	// (nor a place in the memo, which holds every sound-alike of a key).
	if (where)
		return gazetteer
			.lookupPhonetic(key)
			.filter(
				(hit) => where(hit) && nameSimilarity(key, normaliseName(hit.place.name)) >= minSimilarity
			);
	let memo = SIMILARITY_MEMO.get(gazetteer);
	if (!memo) SIMILARITY_MEMO.set(gazetteer, (memo = new Map()));
	let scored = memo.get(key);
	if (!scored) {
		scored = gazetteer
			.lookupPhonetic(key)
			.map((hit) => ({ hit, similarity: nameSimilarity(key, normaliseName(hit.place.name)) }));
		memo.set(key, scored);
	}
	return scored.filter((s) => s.similarity >= minSimilarity).map((s) => s.hit);
}

/** Spelling similarities of phonetic hits, per gazetteer and key: names recur across texts. */
const SIMILARITY_MEMO = new WeakMap<
	Gazetteer,
	Map<string, { hit: KeyHit; similarity: number }[]>
>();

/** Keys to try loosely for a run: the run itself, then forms derived from it (noun forms of an adjective, compounds split, "j" as "y"). */
function looseKeys(words: string[], cyrillic: boolean, asksSk: boolean): string[] {
	const keys = runKeys(words, cyrillic);
	const tail = keys[0].slice(keys[0].lastIndexOf(' ') + 1);
	for (const derived of derivedKeys(keys[0])) if (!keys.includes(derived)) keys.push(derived);
	// Before a district, region or "near" word, the "-sk" adjective's stem may name the place.
	if (asksSk && !/sk$/.test(tail)) keys.push(`${keys[0]}sk`);
	return keys;
}

/** Keys of a run of tokens: the Latin key, or for Cyrillic every romanisation of it. */
function runKeys(words: string[], cyrillic: boolean): string[] {
	// "Lypky NPP", "Dubky power station": plant words as the gazetteer keys them.
	if (words.length > 1 && words.some((w) => PLANT_WORDS.has(w))) words = spellOutPlants(words);
	const base = words.some((w) => GENERIC_WORDS.has(w) || w.includes(' '))
		? stripGenericTokens(words.join(' ').split(' ')).join(' ')
		: words.join(' ');
	if (!cyrillic) return [base];
	return romaniseAll(base).map(normaliseName);
}

/** Whether some gazetteer key is, or starts with, one of the keys of the words. */
function continuesName(gazetteer: Gazetteer, words: string[], cyrillic: boolean): boolean {
	return runKeys(words, cyrillic).some(
		(k) => gazetteer.hasPrefix(k) || gazetteer.lookup(k).length > 0
	);
}

function lookupAll(
	gazetteer: Gazetteer,
	keys: string[]
): { key: string; hits: readonly KeyHit[] } | null {
	for (const key of keys) {
		const hits = gazetteer.lookup(key);
		if (hits.length > 0) return { key, hits };
	}
	return null;
}

/**
 * Whether a folded word is the own name of a town (`isTown`) in some spelling: its name, a
 * romanisation of its Cyrillic name, or another Latin name of five letters or more that sounds like
 * its name ("chuhuiv" for Chuhuyiv), but not a foreign-language name ("human" for Uman) nor a short
 * sound-alike ("luck" for Lutsk).
 */
function townName(gazetteer: Gazetteer, word: string): boolean {
	return gazetteer
		.lookup(word)
		.some(
			(h) =>
				isTown(h.place) &&
				(h.strength === 'primary' ||
					h.strength === 'romanised' ||
					(word.length >= 5 && phoneticKey(word) === phoneticKey(normaliseName(h.place.name))))
		);
}

/** Most words of a lower-case name of several words ("nova lypka", "stara dubivka"). */
const LOWER_RUN_WORDS = 3;

/**
 * The last token of a lower-case run of words from `i` that is a name of a place romanised from
 * Cyrillic in full ("nova lypka", "krasnoe pole"), longest first; -1 if there is none.
 */
function lowerCaseRun(tokens: Token[], i: number, gazetteer: Gazetteer): number {
	let key = tokens[i].folded;
	let found = -1;
	// Most words start no name of several words: a hash test first.
	if (!gazetteer.hasPrefix(key)) return found;
	for (let j = i + 1; j < tokens.length && j - i < LOWER_RUN_WORDS; j++) {
		const tj = tokens[j];
		// Every word must be part of the name: "play the" is not the village of Play.
		if (tj.capital || !joined(tokens, j) || GENERIC_WORDS.has(tj.folded) || /\d/.test(tj.folded))
			break;
		key += ` ${tj.folded}`;
		const named = gazetteer
			.lookup(key)
			.some((h) => h.strength !== 'phonetic' && CYRILLIC_COUNTRIES.has(h.place.countryCode));
		if (named) found = j;
		else if (!gazetteer.hasPrefix(key)) break;
	}
	return found;
}

/**
 * A lower-case name read as a place name anyway, written after a place cue ("village of", "near",
 * "in"): a word shaped like a romanised Slavic name and no ordinary English word ("in
 * dubrovivka"); a town's own name, after those cues or "of", "on", "from", "to" ("of lviv"); or
 * several words that are a place's name in full ("near nova lypka"). Returns the name's last
 * token, or -1.
 */
function lowerCaseName(tokens: Token[], i: number, gazetteer: Gazetteer): number {
	const t = tokens[i];
	if (t.folded.length < 4 || i === 0) return -1;
	// Most lower-case words follow no cue: that test is the cheapest, so it comes first.
	if (!endsCue(tokens[i - 1].folded)) return -1;
	if (t.folded.includes(' ') || /\d/.test(t.folded)) return -1;
	if (COMMON_WORDS.has(t.folded) || CALENDAR_WORDS.has(t.folded)) return -1;
	const cue = cueBefore(tokens, i);
	if (!cue || !joined(tokens, i)) return -1;
	const placeCue =
		cue.settlement || cue.near || cue.cue === 'in' || cue.cue === 'at' || cue.cue === 'outside';
	if (!placeCue && !TOWN_CUES.has(cue.cue)) return -1;
	const run = lowerCaseRun(tokens, i, gazetteer);
	if (run > i) return run;
	const slavic =
		t.folded.length >= 6 &&
		(t.cyrillic || (SLAVIC_SHAPE.test(t.folded) && !ENGLISH_ENDING.test(t.folded)));
	if (slavic && placeCue) return i;
	return townName(gazetteer, t.folded) ? i : -1;
}

/** A run of tokens `i..end` and the gazetteer hits of its key. */
interface RunMatch {
	end: number;
	key: string;
	hits: readonly KeyHit[];
	/** The run is a landmark's whole name, facility words and all ("Dubky airport"). */
	landmark?: boolean;
}

/** Tokens marked, by index: what `Scan.matched` holds. */
interface TokenMarks {
	has(index: number): boolean;
	add(index: number): void;
}

/**
 * Marks for `size` tokens, one byte each: a set of numbers would grow and rehash through a long
 * list, whose every word is marked.
 */
function createTokenMarks(size: number): TokenMarks {
	const marks = new Uint8Array(size);
	return {
		has: (index) => marks[index] === 1,
		add: (index) => {
			marks[index] = 1;
		}
	};
}

/** What the text says about the tokens around a mention: the scan's state, shared by its steps. */
interface Scan extends SpotContext {
	/** Tokens already inside a mention. */
	matched: TokenMarks;
	/** Last token of the facility name that follows the latest mention (-1: none). */
	facilityUntil: number;
	/** Where what the span rules do goes, when it is traced. */
	trace?: MentionTrace;
}

/** A span the gazetteer knows that a span rule rejected, and the rule; or one a rule held for but its exception kept. */
export interface RejectedSpan {
	start: number;
	end: number;
	reason: string;
}

/** What `findMentions` rejected and why, and which rules exceptions overruled, for `--explain`. */
export interface MentionTrace extends TextRuleTrace {
	/** Spans the span rules rejected while scanning. */
	rejectedSpans: RejectedSpan[];
	/** Kept spans a span rule held for, overruled by its exception. */
	overruledSpans: RejectedSpan[];
}

/** An empty trace for `findMentions`. */
export function createMentionTrace(): MentionTrace {
	return { rejectedSpans: [], overruledSpans: [], rejectedMentions: [], overruledMentions: [] };
}

/**
 * Finds place mentions in text, longest match first, with their cues and candidate places; what
 * the classify stage rejects goes to `trace` when it is given.
 */
export function findMentions(
	text: string,
	gazetteer: Gazetteer,
	trace?: MentionTrace
): FoundMention[] {
	const spot = createSpotContext(text, gazetteer);
	const { tokens, lowerWords } = spot;
	const found: FoundMention[] = [];
	const scan: Scan = Object.assign({}, spot, {
		matched: createTokenMarks(tokens.length),
		facilityUntil: -1,
		trace
	});
	// Spot, then classify, token by token: a span the span rules reject leaves its words free for a
	// span starting inside it, and an accepted one is skipped over. Each step is its own small
	// function: the scan runs once per token, and small functions are compiled sooner and more
	// cheaply than one large loop body.
	for (let i = 0; i < tokens.length; i++) {
		// Capitalised words right after a place name belong to a facility named after it
		// ("Dubky College of Music", "Lypky Drama Theatre"), not to other places.
		if (i <= scan.facilityUntil && !REGION_ABBREVIATIONS[tokens[i].folded]) continue;
		const span = spotAt(spot, i);
		const f = span === null ? null : accept(scan, span);
		if (f === null) continue;
		found.push(f);
		i = f.lastToken;
	}
	const all = addSlips(found, tokens, text, gazetteer, lowerWords);
	// Link: a plural region word is shared before the classify stage reads the kinds; qualifiers,
	// districts' cities and references once the mentions that are no places are gone.
	const cued = withRelations(all, collectiveCueRelations(all, tokens));
	const kept = classifyMentions(cued, tokens, text, trace);
	const qualifiers = qualifierRelations(kept, tokens);
	const linked = withRelations(kept, [
		...qualifiers,
		...possessiveCityRelations(kept, tokens, qualifiers),
		...adjectiveQualifierRelations(kept, tokens, qualifiers),
		...referenceRelations(kept, tokens, text),
		...borderRelations(kept, tokens)
	]);
	for (const f of linked) {
		addQualifiedSoundAlikes(f, gazetteer);
		const country = countryBefore(f, tokens);
		if (country !== null) f.country = country;
	}
	return linked;
}

/**
 * "Sredneye in the Donetsk People's Republic": when a mention's qualifier names an oblast that none of
 * its candidates lies in (its spelling is another oblast's village's, and the gazetteer holds the one
 * meant only under its Ukrainian form), the sound-alikes of its name in that oblast become candidates
 * too. `f` is a copy the link stage made, so its hits are changed in place.
 */
function addQualifiedSoundAlikes(f: FoundMention, gazetteer: Gazetteer): void {
	const q = f.qualifiers[0];
	// Only a region named as one ("the X region", "the X People's Republic"), not a bare name.
	if (q === undefined || q.kind !== 'region' || f.kind === 'region' || f.kind === 'district')
		return;
	const oblasts = new Set<string | null>();
	for (const h of q.hits) if (h.place.featureCode === 'ADM1') oblasts.add(h.place.admin1Code);
	if (oblasts.size === 0 || f.hits.some((h) => oblasts.has(h.place.admin1Code))) return;
	// The oblast first: most sound-alikes lie elsewhere, and their spelling need not be compared.
	const extra = phoneticHits(
		gazetteer,
		f.key,
		LOOSE_SIMILARITY,
		(h) => h.place.featureClass === 'P' && oblasts.has(h.place.admin1Code)
	);
	if (extra.length > 0)
		f.hits = [...f.hits, ...extra.map((h) => ({ place: h.place, strength: 'phonetic' as const }))];
}

/** Where a span came from: which spotter found it. */
export type SpanSource = 'exact' | 'loose' | 'lower-case' | 'acronym' | 'colloquial-region';

/**
 * A run of tokens the gazetteer knows, with the cues read around it: the spot stage's output.
 * Nothing is judged here; the classify stage decides whether it is a place.
 */
export interface Span {
	first: number;
	last: number;
	/** The normalised key that matched, and its gazetteer hits. */
	key: string;
	hits: readonly KeyHit[];
	/** What the cue words say the place is, the cue and whether it says "near". */
	kind: PlaceKind | null;
	cue: string | null;
	near: boolean;
	/** A lower-case word read as a name because a place cue comes before it ("in dubky"). */
	lowerCued: boolean;
	source: SpanSource;
}

/** What the spot stage reads: the text, its tokens, the gazetteer and the words it writes in lower case. */
export interface SpotContext {
	text: string;
	tokens: Token[];
	gazetteer: Gazetteer;
	lowerWords: ReadonlySet<string>;
	maxWords: number;
	/**
	 * Loose matches by run of words (`looseRun`), filled as the text is read: by what else the
	 * match depends on (`looseVariant`), then word by word (`looseNode`).
	 */
	looseRuns: Map<number, LooseNode>;
}

/**
 * A run of words in `SpotContext.looseRuns`, and the runs that continue it by one word. Looked up
 * by the tokens' own words, word by word, rather than by a key made of them: the engine keeps a
 * string's hash, where every key made anew would be hashed anew, and shouted text and lists look
 * the same runs up thousands of times.
 */
interface LooseNode {
	next: Map<string, LooseNode> | undefined;
	run: LooseRun | undefined;
}

/** The spot stage's view of a text (see `spotAt`). */
export function createSpotContext(text: string, gazetteer: Gazetteer): SpotContext {
	const tokens = tokenise(text);
	const lowerWords = new Set<string>();
	for (const t of tokens) if (!t.capital) lowerWords.add(t.folded);
	return {
		text,
		tokens,
		gazetteer,
		lowerWords,
		maxWords: gazetteer.maxKeyWords + 2,
		looseRuns: new Map()
	};
}

/**
 * The span starting at token `i`, or null when none does: a region abbreviation or a country's
 * acronym, else the longest exact run with its loose matches, a lower-case name after a place cue,
 * or a colloquial region name. A pure function of the text and the gazetteer.
 */
export function spotAt(spot: SpotContext, i: number): Span | null {
	const { tokens } = spot;
	const t = tokens[i];
	// "serpent island": a lower-case name is still an island's when "island" follows it.
	const lowerIsland =
		!t.capital &&
		tokens[i + 1]?.folded === 'island' &&
		joined(tokens, i + 1) &&
		t.folded.length >= 4 &&
		!COMMON_WORDS.has(t.folded);
	const lowerEnd = t.capital || lowerIsland ? -1 : lowerCaseName(tokens, i, spot.gazetteer);
	const lowerCued = !t.capital && (lowerIsland || lowerEnd >= 0);
	if (!t.capital && !lowerCued) return null;
	// The first part of a hyphenated word ("Pre-war", "Russian-held") is not a name.
	const following = tokens[i + 1];
	if (
		following &&
		following.gapBefore === '-' &&
		!following.capital &&
		lowerEnd <= i &&
		!GENERIC_WORDS.has(following.folded) &&
		!CONNECTORS.has(following.folded)
	)
		return null;
	// A short word with a capital inside ("MoD", "GoU") is an abbreviation, not a name.
	if (t.raw.length <= 5 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.raw)) return null;
	// Region abbreviations ("DPR", "(LNR)") name an oblast; other short acronyms are not places.
	// In a sentence written in capitals only the region abbreviations and countries are read so.
	const upper = t.raw.length <= 5 && t.raw === t.raw.toUpperCase() && t.raw.length > 1;
	if (upper && (!t.shouted || REGION_ABBREVIATIONS[t.folded] !== undefined || t.raw.length <= 3))
		return acronymAt(spot, i);
	// After "the village of" or "near" a loose spelling is more likely meant as a place.
	const cued = cueBefore(tokens, i);
	const exact = longestRun(spot, i, lowerEnd);
	let best = exact;
	if (looseAllowed(spot, i, lowerCued)) {
		const minSimilarity = cued && (cued.settlement || cued.near) ? 0.25 : LOOSE_SIMILARITY;
		best = withLooseMatches(spot, i, best, minSimilarity);
	}
	if (lowerIsland && best)
		best = { ...best, hits: best.hits.filter((h) => /^ISL/.test(h.place.featureCode)) };
	// A lower-case word needs a name match, not a mere sound-alike, of a place whose names are
	// romanised from Cyrillic (the premise of reading its shape as Slavic).
	else if (lowerCued && best)
		best = {
			...best,
			hits: best.hits.filter(
				(h) => h.strength !== 'phonetic' && CYRILLIC_COUNTRIES.has(h.place.countryCode)
			)
		};
	// In a sentence written in capitals every word looks like a name: an English word there
	// ("DRAMA", "YOUNG") is taken only as a place romanised from Cyrillic or a country or region,
	// and a short word ("BANK") not as a mere sound-alike unless a settlement or "near" cue says so.
	else if (t.shouted && best) {
		const cueSaysPlace = t.folded.length >= 6 || (cued !== null && (cued.settlement || cued.near));
		best = {
			...best,
			hits: best.hits.filter(
				(h) =>
					(h.strength !== 'phonetic' || cueSaysPlace) &&
					(CYRILLIC_COUNTRIES.has(h.place.countryCode) ||
						h.place.featureCode === 'PCLI' ||
						h.place.featureCode === 'ADM1')
			)
		};
	}
	// "Kharkivshchyna": the oblast of Kharkiv, whatever village carries the same name.
	const region = t.capital && !lowerCued ? colloquialRegion(spot, i) : null;
	if (region)
		best = {
			end: i,
			key: region.key,
			hits: [...region.hits, ...(best !== null && best.end === i ? best.hits : [])]
		};
	// "Kupianshchyna": the area around the town of Kupiansk, when no place bears the word itself.
	const townArea =
		t.capital && !lowerCued && !region && (!best || best.hits.length === 0)
			? colloquialTownArea(spot, i)
			: null;
	if (townArea) best = townArea;
	if (!best || best.hits.length === 0) return null;
	const last = best.end;
	const around = cuesAround(tokens, i, last, cued);
	const { cue, kind: cueKind } = around;
	const near = around.near || townArea !== null;
	const kind = best.landmark ? 'landmark' : region ? 'region' : cueKind;
	const source: SpanSource =
		region || townArea
			? 'colloquial-region'
			: lowerCued
				? 'lower-case'
				: best === exact
					? 'exact'
					: 'loose';
	return { first: i, last, key: best.key, hits: best.hits, kind, cue, near, lowerCued, source };
}

/** Every span of a text, at every token where one starts, overlapping or not (for tests and `--explain`). */
export function spotAll(spot: SpotContext): Span[] {
	const out: Span[] = [];
	for (let i = 0; i < spot.tokens.length; i++) {
		const span = spotAt(spot, i);
		if (span) out.push(span);
	}
	return out;
}

/**
 * The mention a span makes once the span rules of the classify stage accept it, or null when one
 * rejects it (then its words stay free for a mention starting inside it). An acronym needs no rule.
 */
function accept(scan: Scan, span: Span): FoundMention | null {
	const { tokens } = scan;
	const t = tokens[span.first];
	const { first: i, last } = span;
	const end = tokens[last].end;
	if (span.source !== 'acronym') {
		const overruled = scan.trace ? [] : undefined;
		const verdict = classifySpan(
			{
				tokens,
				first: i,
				last,
				key: span.key,
				hits: span.hits,
				kind: span.kind,
				lowerCued: span.lowerCued,
				lowerWords: scan.lowerWords,
				matched: scan.matched
			},
			overruled
		);
		if (verdict.kind === 'rejected') {
			scan.trace?.rejectedSpans.push({ start: t.start, end, reason: verdict.reason });
			return null;
		}
		for (const reason of overruled ?? [])
			scan.trace?.overruledSpans.push({ start: t.start, end, reason });
	}
	for (let k = i; k <= last; k++) scan.matched.add(k);
	const mention: PlaceMention = {
		start: t.start,
		end,
		mention: scan.text.slice(t.start, end),
		cue: span.cue,
		near: span.near
	};
	if (span.source !== 'acronym') {
		scan.facilityUntil = facilityEnd(tokens, last, scan.facilityUntil);
		const offset = offsetBefore(scan.text, t.start);
		// Set only when there is one (no spread: it is copied slowly where object spread is lowered).
		if (offset) mention.offset = offset;
	}
	return {
		mention,
		key: span.key,
		hits: span.hits,
		sentence: t.sentence,
		kind: span.kind,
		qualifiers: [],
		firstToken: i,
		lastToken: last,
		source: span.source
	};
}

/**
 * GeoNames codes of the towns a colloquial area name may be made from ("Kupianshchyna", the area
 * around Kupiansk): seats of an oblast, a district or a community.
 */
const AREA_SEATS: ReadonlySet<string> = new Set(['PPLA', 'PPLA2', 'PPLA3']);

/** The Ukrainian oblast a colloquial region name at token `i` stands for ("Sumshchyna"), or null. */
function colloquialRegion(spot: SpotContext, i: number): RunMatch | null {
	return colloquialPlace(spot, i, (code) => code === 'ADM1');
}

/**
 * The Ukrainian town a colloquial area name at token `i` is made from ("Kupianshchyna", the area
 * around Kupiansk), or null: only towns that seat a district or a community are named so.
 */
function colloquialTownArea(spot: SpotContext, i: number): RunMatch | null {
	return colloquialPlace(spot, i, (code) => AREA_SEATS.has(code));
}

/** The first Ukrainian place of a feature code `accepts` that a colloquial name's stems key. */
function colloquialPlace(
	spot: SpotContext,
	i: number,
	accepts: (featureCode: string) => boolean
): RunMatch | null {
	for (const key of colloquialRegionStems(spot.tokens[i].folded)) {
		const hits = spot.gazetteer
			.lookup(key)
			.filter((h) => h.place.countryCode === 'UA' && accepts(h.place.featureCode))
			.map((h) => ({ place: h.place, strength: 'derived' as const }));
		if (hits.length > 0) return { end: i, key, hits };
	}
	return null;
}

/** An acronym at token `i` read as a region ("DPR") or a country ("USA"); null otherwise. */
function acronymAt(spot: SpotContext, i: number): Span | null {
	const t = spot.tokens[i];
	const region = REGION_ABBREVIATIONS[t.folded];
	const hits = region
		? spot.gazetteer
				.lookup(region)
				.filter((h) => h.place.featureCode === 'ADM1' && h.place.countryCode === 'UA')
		: [];
	const countries = spot.gazetteer.lookup(t.folded).filter((h) => h.place.featureCode === 'PCLI');
	if (hits.length === 0 && countries.length === 0) return null;
	return {
		first: i,
		last: i,
		key: hits.length ? (region as string) : t.folded,
		hits: hits.length ? hits : countries,
		kind: hits.length ? 'region' : null,
		cue: hits.length ? t.folded : null,
		near: false,
		lowerCued: false,
		source: 'acronym'
	};
}

/** The longest run of words from token `i` whose key the gazetteer knows. */
function longestRun(spot: SpotContext, i: number, lowerEnd: number): RunMatch | null {
	const { tokens, gazetteer } = spot;
	const t = tokens[i];
	let best: RunMatch | null = null;
	const words: string[] = [];
	// Whether the run has taken an ordinary lower-case word: then it may only end on a landmark.
	let lowerTail = false;
	for (let j = i; j < tokens.length && j - i < spot.maxWords; j++) {
		const tj = tokens[j];
		if (j > i) {
			if (!joined(tokens, j) || tj.cyrillic !== t.cyrillic) break;
			if (
				!tj.capital &&
				j > lowerEnd &&
				!GENERIC_WORDS.has(tj.folded) &&
				!CONNECTORS.has(tj.folded) &&
				!FEATURE_TAILS.has(tj.folded)
			) {
				// A lower-case word continues a name only into a landmark named after the place
				// ("Dubky airport", "the Lypky nuclear power plant").
				if (!continuesName(gazetteer, [...words, tj.folded], t.cyrillic)) break;
				lowerTail = true;
			}
		}
		words.push(tj.folded);
		const keys = runKeys(words, t.cyrillic);
		const hit = lookupAll(gazetteer, keys);
		if (!hit) {
			// Not a name yet: maybe the start of a longer one.
		} else if (!lowerTail) {
			const landmark = j > i && hit.hits.every((h) => h.place.featureClass === 'S');
			best = { end: j, key: hit.key, hits: hit.hits, landmark };
		} else if (hit.hits.some((h) => h.place.featureClass === 'S'))
			best = { end: j, key: hit.key, hits: hit.hits, landmark: true };
		const next = tokens[j + 1];
		const extendable =
			keys.some((k) => gazetteer.hasPrefix(k)) ||
			(next !== undefined && GENERIC_WORDS.has(next.folded));
		if (!extendable) break;
	}
	return best;
}

/**
 * Whether the word at token `i` may be matched loosely: no ordinary or nationality word, and a
 * sentence's first word (capitalised for grammar) only when it stands alone or before a comma (a
 * heading, a list: "Dubkovo", "Lypovoe, Sadovy Rog district").
 */
function looseAllowed(spot: SpotContext, i: number, lowerCued: boolean): boolean {
	const t = spot.tokens[i];
	if (COMMON_WORDS.has(t.folded) || DEMONYM.test(t.folded) || t.folded.length < 4) return false;
	if (!lowerCued && spot.lowerWords.has(t.folded)) return false;
	if (!t.initial) return true;
	const next = spot.tokens[i + 1];
	return (
		!next ||
		next.sentence !== t.sentence ||
		/,/.test(next.gapBefore) ||
		next.capital ||
		GENERIC_WORDS.has(next.folded) ||
		kindOfWord(next.folded) !== null ||
		NEAR_AFTER.has(next.folded)
	);
}

/**
 * Adds loose matches to the exact one (`best`): the phonetic key of the capitalised run
 * (Lipkovka → Lypkivka, Sukhoi Dubok → Sukhyi Dubok), and of adjectival forms (Dubkovsky
 * district → Chuhuiv). A longer loose run replaces a shorter exact one.
 */
function withLooseMatches(
	spot: SpotContext,
	i: number,
	best: RunMatch | null,
	minSimilarity: number
): RunMatch | null {
	const { tokens, gazetteer } = spot;
	const t = tokens[i];
	let end = i;
	while (
		end + 1 < tokens.length &&
		end - i < 2 &&
		tokens[end + 1].capital &&
		joined(tokens, end + 1) &&
		tokens[end + 1].cyrillic === t.cyrillic
	)
		end++;
	const minEnd = best ? best.end + 1 : i;
	let loose: RunMatch | null = null;
	for (let j = end; j >= minEnd && !loose; j--) {
		const run = tokens.slice(i, j + 1).map((x) => x.folded);
		const found = looseRun(spot, run, t.cyrillic, tokens[j + 1]?.folded, minSimilarity);
		if (found.hits.length > 0) loose = { end: j, key: found.key, hits: found.hits };
	}
	if (loose && (!best || loose.end > best.end)) return loose;
	if (best && best.end === i && wantsSoundAlikes(best.hits))
		return {
			end: best.end,
			key: best.key,
			hits: [...best.hits, ...phoneticHits(gazetteer, best.key, minSimilarity)]
		};
	return best;
}

/**
 * Whether the hits of a one-word exact match leave room for sound-alikes (`withLooseMatches`):
 * fewer than five of them or areas only, none of a place (other than an area) by its own name, and
 * none a country or an oblast. One pass, no callbacks: every capitalised word of a list asks.
 */
export function wantsSoundAlikes(hits: readonly KeyHit[]): boolean {
	const few = hits.length < 5;
	for (let k = 0; k < hits.length; k++) {
		const { place, strength } = hits[k];
		const area = place.featureClass === 'A';
		if (!few && !area) return false;
		// A spelling that is some place's own name needs no sound-alikes.
		if (strength === 'primary' && !area) return false;
		if (place.featureCode === 'PCLI' || place.featureCode === 'ADM1') return false;
	}
	return true;
}

/** The loose key of a run of words and its hits (see `looseRun`). */
interface LooseRun {
	key: string;
	hits: readonly KeyHit[];
}

/**
 * The hits of a run of words matched loosely (`withLooseMatches`), kept per text: a pure function
 * of the words, their script, whether the next word asks for an adjective's "-sk" form, and the
 * similarity asked, and lists and shouted text repeat the same words thousands of times.
 */
function looseRun(
	spot: SpotContext,
	run: string[],
	cyrillic: boolean,
	next: string | undefined,
	minSimilarity: number
): LooseRun {
	const asksSk =
		next !== undefined &&
		(DISTRICT_WORDS.has(next) || NEAR_AFTER.has(next) || REGION_WORDS.has(next));
	const node = looseNode(spot, looseVariant(cyrillic, asksSk, minSimilarity), run);
	if (node.run !== undefined) return node.run;
	const { gazetteer } = spot;
	// Every loose form of the run counts: the adjective and its noun forms name different units.
	const keys = looseKeys(run, cyrillic, asksSk);
	// Forms derived from the text (noun forms of an adjective) are loose evidence, like
	// sound-alikes; a place whose own name sounds like the whole word stands level with them.
	// Sound-alikes of derived forms are tried only when no derived form is a name itself.
	const exact = gazetteer.lookup(keys[0]);
	const derived = keys.slice(1).flatMap((key) =>
		gazetteer
			.lookup(key)
			// Noun forms are read back by Slavic word formation: places named in Slavic only.
			.filter((h) => CYRILLIC_COUNTRIES.has(h.place.countryCode))
			.map((h) => ({ place: h.place, strength: 'derived' as const }))
	);
	const own = phoneticHits(gazetteer, keys[0], minSimilarity);
	const hits: KeyHit[] = [
		...exact,
		...derived,
		...(derived.length > 0 ? own.map((h) => ({ ...h, strength: 'derived' as const })) : own),
		...(derived.length > 0
			? []
			: keys.slice(1).flatMap((key) => phoneticHits(gazetteer, key, minSimilarity)))
	];
	const out = { key: keys[0], hits };
	node.run = out;
	return out;
}

/** One number per script, "-sk" ask and similarity (a similarity is at most 1), for `looseRuns`. */
function looseVariant(cyrillic: boolean, asksSk: boolean, minSimilarity: number): number {
	return minSimilarity + (cyrillic ? 2 : 0) + (asksSk ? 4 : 0);
}

/** The node of `run` read as `variant` in `spot.looseRuns`, made on first need. */
function looseNode(spot: SpotContext, variant: number, run: readonly string[]): LooseNode {
	let node: LooseNode | undefined = spot.looseRuns.get(variant);
	if (node === undefined) spot.looseRuns.set(variant, (node = { next: undefined, run: undefined }));
	for (const word of run) {
		let next: LooseNode | undefined = node.next?.get(word);
		if (next === undefined) {
			next = { next: undefined, run: undefined };
			(node.next ??= new Map()).set(word, next);
		}
		node = next;
	}
	return node;
}

/** The cues of a mention over tokens `i..last`: before it (`cued`), inside (a trailing generic word) and after. */
function cuesAround(
	tokens: Token[],
	i: number,
	last: number,
	cued: ReturnType<typeof cueBefore>
): { kind: PlaceKind | null; near: boolean; cue: string | null } {
	let kind: PlaceKind | null = cued?.settlement ? 'settlement' : null;
	let near = cued?.near ?? false;
	let cue = cued?.cue ?? null;
	const tail = tokens[last].folded;
	const inside = last > i ? kindOfWord(tail) : null;
	const after = tokens[last + 1];
	if (inside) {
		kind = inside;
		cue = tail;
	} else if (after && joined(tokens, last + 1)) {
		const k = kindOfWord(after.folded);
		if (k) {
			kind = k;
			cue = after.folded;
		} else if (NEAR_AFTER.has(after.folded)) {
			near = true;
			cue = after.folded;
		} else if (after.folded === 'governor') {
			// "Donetsk governor Ivan Petrenko": an oblast's governor speaks for the oblast.
			kind = 'region';
			cue = after.folded;
		} else if (after.folded === 'people' && tokens[last + 2]?.folded === 'republic') {
			kind = 'region';
			cue = 'people’s republic';
		} else if (
			DISTRICT_KIND_ADJECTIVES.has(after.folded) &&
			tokens[last + 2] !== undefined &&
			joined(tokens, last + 2) &&
			kindOfWord(tokens[last + 2].folded) === 'district'
		) {
			// "Y urban district", "Y municipal district": a district whichever its kind.
			kind = 'district';
			cue = tokens[last + 2].folded;
		}
	}
	if (tail === 'island' || tail === 'islands') kind = 'island';
	// "the southern region of X", "the people's republics of X and Y": a region word before the cue
	// "of" makes X a region.
	const before = tokens[i - 2];
	if (
		kind === null &&
		cue === 'of' &&
		before !== undefined &&
		before.sentence === tokens[i].sentence &&
		(kindOfWord(before.folded) === 'region' || before.folded === REPUBLICS_WORD)
	) {
		kind = 'region';
		cue = `${before.folded} of`;
	}
	// "Voronezh, another southern Russian region,": an apposition whose head is a region word.
	if (kind === null && appositiveRegion(tokens, last)) {
		kind = 'region';
		cue = 'region';
	}
	return { kind, near, cue };
}

/** The most words an apposition may put before its head ("another southern Russian border region"). */
const APPOSITION_WORDS = 5;

/**
 * Whether an apposition after token `last` (after a comma or a dash) is headed by a region word
 * ("X, another southern Russian region", "X – the only region fully held"): describing words only
 * before it, no name and no other kind of place.
 */
function appositiveRegion(tokens: Token[], last: number): boolean {
	const first = tokens[last + 1];
	if (!first || first.sentence !== tokens[last].sentence) return false;
	if (!/^\s*[,–—]\s*$|^\s+-\s+$/.test(first.gapBefore)) return false;
	for (let k = last + 1; k <= last + 1 + APPOSITION_WORDS && k < tokens.length; k++) {
		const t = tokens[k];
		if (k > last + 1 && !joined(tokens, k)) return false;
		// "X, southeast of the region's capital": a preposition makes it no apposition of X itself.
		if (APPOSITION_BREAKS.has(t.folded)) return false;
		const word = kindOfWord(t.folded);
		if (word === 'region') return k > last + 1 && !possessive(tokens, k);
		if (word !== null) return false;
		if (t.capital && !NATIONALITY_ADJECTIVE.test(t.folded)) return false;
	}
	return false;
}

/**
 * The last token of a facility named after the place that ends at token `last` (`until` if none
 * starts there): capitalised words right after the name, through "of"/"the" ("College of
 * Transport"); acronyms and region words end it.
 */
function facilityEnd(tokens: Token[], last: number, until: number): number {
	// "Ukraine's Kharkiv", "Russia's Belgorod": what a place written in the possessive holds is
	// named by itself, a place (or a facility the gazetteer does not know), not part of its name.
	if (possessive(tokens, last)) return until;
	for (let k = last + 1; k < tokens.length && joined(tokens, k); k++) {
		const tk = tokens[k];
		const acr = tk.raw.length <= 5 && tk.raw === tk.raw.toUpperCase();
		if (k === last + 1 && tk.gapBefore !== ' ') break;
		// "Kharkiv's Shevchenkivskyi district" is a district of the place, not a facility.
		const next = tokens[k + 1];
		if (next !== undefined && joined(tokens, k + 1) && kindOfWord(next.folded) !== null) break;
		if (tk.capital && !acr && !kindOfWord(tk.folded) && (k === last + 1 || until >= last + 1))
			until = k;
		else if (!FACILITY_GLUE.has(tk.folded) || until < last + 1) break;
	}
	return until;
}
