/**
 * Context facts about a mention, each a small pure function of the tokens around it: a title or
 * first name before it, a verb of saying or deciding beside it, a river phrase before it, a ship
 * word before it, a materiel noun after the list it is in, and the names the text uses as people.
 * The rules of `classify.ts` read them to decide whether a mention is a place.
 */
import {
	ACTION_VERBS,
	ACTOR_VERBS,
	AFTER_RIVER,
	AUXILIARIES,
	VERB_ADVERBS,
	CALENDAR_WORDS,
	COMMON_WORDS,
	COUNTRY_OF_ADJECTIVE,
	GIVEN_NAMES,
	GOVERNMENT_NOUNS,
	MATERIEL_WORDS,
	WAR_COUNTRIES,
	NATIONALITY_ADJECTIVE,
	PERSON_OBJECT_VERBS,
	PERSON_POSSESSIONS,
	PERSON_TITLES,
	PERSON_VERBS,
	PLACE_DESCRIPTION_NOUNS,
	SETTLEMENT_DESCRIBERS,
	SETTLEMENT_WORDS,
	SHIP_WORDS,
	SPEECH_VERBS,
	STREETS_WORDS,
	STRIKE_AFTER,
	SURNAME,
	LIST_WORDS,
	MAX_UNIT_LIST,
	UNIT_BEFORE_WORDS
} from './lexicon';
import { kindOfWord } from './cues';
import type { FoundMention } from './mentions';
import { joined, possessive, type Token } from './tokens';

/** Whether the word before token `i` looks like a person's first name or a title. */
export function personBefore(
	tokens: Token[],
	i: number,
	matched: { has(index: number): boolean }
): boolean {
	if (i === 0 || !joined(tokens, i)) return false;
	const prev = tokens[i - 1];
	if (PERSON_TITLES.has(prev.folded)) return true;
	// "Minister of Defence Ivan ...": a title a few capitalised words back still introduces a person.
	for (
		let k = i - 1, n = 0;
		k >= 0 && n < 5 && (tokens[k].capital || tokens[k].folded === 'of');
		k--, n++
	) {
		if (PERSON_TITLES.has(tokens[k].folded) && tokens[k].capital) return true;
		if (k > 0 && !/^[ \t.]+$/.test(tokens[k].gapBefore)) break;
		// In capitals, an ordinary word ("IN", "NEAR") ends the run a title would head.
		if (tokens[k].shouted && COMMON_WORDS.has(tokens[k].folded) && tokens[k].folded !== 'of') break;
	}
	if (!prev.capital || matched.has(i - 1) || prev.cyrillic) return false;
	if (COMMON_WORDS.has(prev.folded) || CALENDAR_WORDS.has(prev.folded)) return false;
	// Nationality adjectives and compounds ("Ukrainian", "Russian-held") qualify places, not people.
	if (NATIONALITY_ADJECTIVE.test(prev.folded) || prev.folded.includes(' ')) return false;
	if (/^\d/.test(prev.raw)) return false;
	return true;
}

/** Capitals and countries: the places whose names also stand for their governments. */
const SEATS_OF_POWER: ReadonlySet<string> = new Set(['PPLC', 'PCLI']);

/** Whether a mention's name is a capital's or a country's: it may stand for a government. */
export function seatOfPower(f: FoundMention): boolean {
	return f.hits.some((h) => SEATS_OF_POWER.has(h.place.featureCode));
}

/**
 * Whether a verb of saying or deciding stands right before or after a mention ("said Warsaw",
 * "Warsaw has pledged"), or one of armed action right after it ("Moscow has repeatedly launched"): the
 * mention is then the subject or object of the verb.
 */
export function actorVerbBeside(f: FoundMention, tokens: Token[]): boolean {
	const before = tokens[f.firstToken - 1];
	if (before && joined(tokens, f.firstToken) && ACTOR_VERBS.has(before.folded)) return true;
	let k = f.lastToken + 1;
	if (k < tokens.length && joined(tokens, k) && AUXILIARIES.has(tokens[k].folded)) k++;
	if (k < tokens.length && joined(tokens, k) && VERB_ADVERBS.has(tokens[k].folded)) k++;
	if (k >= tokens.length || !joined(tokens, k)) return false;
	const verb = tokens[k].folded;
	return ACTOR_VERBS.has(verb) || ACTION_VERBS.has(verb);
}

/**
 * Whether a noun of government or of armed force follows the mention, possibly in the possessive
 * and after up to two lower-case words ("the Kiev regime", "Kiev's militants", "the Kiev nationalist
 * formations"): with a capital's name, the phrase names an actor, not a place.
 */
export function governmentNounAfter(f: FoundMention, tokens: Token[]): boolean {
	for (let k = f.lastToken + 1, n = 0; k < tokens.length && n < 3; k++, n++) {
		const t = tokens[k];
		if (t.sentence !== f.sentence || !/^\s+$/.test(t.gapBefore) || t.capital) return false;
		if (GOVERNMENT_NOUNS.has(t.folded)) return true;
	}
	return false;
}

/** Whether an appositive right after token `last` describes a place ("X, a port city on the coast,"). */
function describedAsPlace(tokens: Token[], last: number): boolean {
	const comma = tokens[last + 1];
	if (!comma || !/^\s*,\s*$/.test(comma.gapBefore)) return false;
	for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
		if (k > last + 1 && !/^\s+$/.test(tokens[k].gapBefore)) return false;
		if (PLACE_DESCRIPTION_NOUNS.has(tokens[k].folded)) return true;
	}
	return false;
}

/** In capitals an ordinary word ("IN", "NEAR") is no part of the name a title introduces. */
function ordinary(t: Token): boolean {
	return t.shouted && COMMON_WORDS.has(t.folded);
}

/** A capital, an oblast's seat, an oblast or a country: a name of this spelling ("Kyiv said") stands for its government. */
const NOTABLE_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'ADM1', 'PCLI']);

/**
 * 1 at each token that starts a mention of `found`, else 0, over `count` tokens: a flag per token
 * instead of a set of a long list's every mention, which costs more to build than all its reads.
 */
export function mentionStarts(found: readonly FoundMention[], count: number): Uint8Array {
	const starts = new Uint8Array(count + 1);
	for (const f of found) starts[f.firstToken] = 1;
	return starts;
}

/**
 * The keys of the names the text uses as people anywhere ("Smith said", then every "Smith"): the
 * subject of a verb of people, the speaker after a quote, the owner of an aide, the object of
 * "met", a first name before a surname, names listed with any of these, and names after a title.
 */
export function namedPeople(
	found: readonly FoundMention[],
	tokens: Token[],
	starts: Uint8Array = mentionStarts(found, tokens.length)
): Set<string> {
	const people = new Set<string>();
	// A capital or an oblast of that very spelling ("Kyiv said") stands for its government.
	const notable = (f: FoundMention) =>
		f.hits.some(
			(h) =>
				NOTABLE_CODES.has(h.place.featureCode) &&
				(h.strength === 'primary' || h.strength === 'alternate' || h.strength === 'romanised')
		);
	/** The mention at each first token (the last of those that share one), made on first need. */
	let byFirst: Int32Array | undefined;
	// The names listed with a person are people too ("Smith, Jones and Brown discussed";
	// "met Jones and Brown"): capitalised words joined by commas and "and".
	const addList = (from: number, step: -1 | 1) => {
		if (byFirst === undefined) {
			byFirst = new Int32Array(tokens.length).fill(-1);
			for (let m = 0; m < found.length; m++) byFirst[found[m].firstToken] = m;
		}
		for (let k = from; k >= 0 && k < tokens.length; k += step) {
			const t = tokens[k];
			const gap = step < 0 ? tokens[k + 1].gapBefore : t.gapBefore;
			if (!/^(?:\s+|\s*,\s*)$/.test(gap) || t.sentence !== tokens[from - step].sentence) break;
			if (t.folded === 'and' || t.folded === 'or') continue;
			const f = byFirst[k] >= 0 ? found[byFirst[k]] : undefined;
			// In capitals every word is capitalised: there only the mentions make the list.
			if (!t.capital || (t.shouted && !f)) break;
			if (f && f.kind === null && !notable(f)) people.add(f.key);
		}
	};
	for (const f of found) {
		if (f.kind !== null) continue;
		const prev = tokens[f.firstToken - 1];
		const next = tokens[f.lastToken + 1];
		const nextJoined = next !== undefined && joined(tokens, f.lastToken + 1);
		const saidAfter = nextJoined && PERSON_VERBS.has(next.folded);
		// "…,” said Jones.": a speech verb after a quote or a comma puts its speaker after it;
		// "officials said Dubky came under fire" names a place.
		// "…, said X, a major industrial city, was key" describes a place.
		const saidBefore =
			prev &&
			SPEECH_VERBS.has(prev.folded) &&
			joined(tokens, f.firstToken) &&
			/[,"”’']\s*$/.test(prev.gapBefore) &&
			(!nextJoined || next.capital) &&
			!describedAsPlace(tokens, f.lastToken);
		// "Smith's spokesman".
		const owner =
			nextJoined && possessive(tokens, f.lastToken) && PERSON_POSSESSIONS.has(next.folded);
		// "The minister met Jones and Brown".
		const metBefore = prev && PERSON_OBJECT_VERBS.has(prev.folded) && joined(tokens, f.firstToken);
		// "Olena Ivanova": one word right before a capitalised surname that names no place.
		const firstName =
			f.firstToken === f.lastToken &&
			nextJoined &&
			next.capital &&
			starts[f.lastToken + 1] !== 1 &&
			SURNAME.test(next.folded);
		// "Roman Testenko", "Vladimir Roe": a common given name before a capitalised word that names
		// no place is a person's, even when a city bears it.
		const givenName =
			f.firstToken === f.lastToken &&
			nextJoined &&
			next.capital &&
			!next.shouted &&
			starts[f.lastToken + 1] !== 1 &&
			GIVEN_NAMES.has(tokens[f.firstToken].folded) &&
			kindOfWord(next.folded) === null;
		// Most names are none of these: then whether they are notable goes unasked.
		if (
			!(saidAfter || saidBefore || firstName || metBefore || owner || givenName) ||
			(notable(f) && !givenName)
		)
			continue;
		people.add(f.key);
		if (saidAfter) addList(f.firstToken - 1, -1);
		if (metBefore) addList(f.lastToken + 1, 1);
	}
	// Names introduced by a title elsewhere in the text are people too.
	for (let i = 1; i < tokens.length; i++) {
		if (!tokens[i].capital || !PERSON_TITLES.has(tokens[i - 1].folded) || ordinary(tokens[i]))
			continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			tokens[j + 1].capital &&
			joined(tokens, j + 1) &&
			!ordinary(tokens[j + 1])
		)
			j++;
		if (j > i || !tokens[i].initial) people.add(tokens[j].folded);
	}
	return people;
}

/** Whether a ship word stands right before a mention: "the cruiser Dubky", even a capital's name. */
export function shipWordBefore(f: FoundMention, tokens: Token[]): boolean {
	const before = tokens[f.firstToken - 1];
	return (
		before !== undefined &&
		SHIP_WORDS.has(before.folded) &&
		/^\s+$/.test(tokens[f.firstToken].gapBefore)
	);
}

/**
 * A unit word before the name, or before the list the name ends: "Battlegroup Dubky",
 * "Battlegroups North and Lypky".
 */
export function unitWordBefore(f: FoundMention, tokens: Token[]): boolean {
	// `k` is the word before the name being read (the mention, then the earlier names of its list).
	let k = f.firstToken - 1;
	for (let names = 0; k >= 0; names++) {
		const gap = tokens[k + 1].gapBefore;
		const word = tokens[k];
		if (/^\s+$/.test(gap)) {
			if (UNIT_BEFORE_WORDS.has(word.folded)) return true;
			if (!LIST_WORDS.has(word.folded)) return false;
			k--;
		} else if (!/^\s*,\s*$/.test(gap)) return false;
		// Back over one earlier name of the list.
		if (names >= MAX_UNIT_LIST || k < 0 || !tokens[k].capital) return false;
		k--;
	}
	return false;
}

/** A capital or an oblast: in the war's countries, places "Kyiv drones" still names. */
const BIG_CODES: ReadonlySet<string> = new Set(['PPLC', 'ADM1']);

/**
 * A country, or a capital, an oblast or a regional centre of 100,000 or more in Ukraine or Russia:
 * "Kyiv drones" stays a place, "Zala drones" (a foreign county's name on a drone) does not.
 */
export function bigPlace(f: FoundMention): boolean {
	return f.hits.some(
		(h) =>
			h.place.featureCode === 'PCLI' ||
			(WAR_COUNTRIES.has(h.place.countryCode) &&
				(BIG_CODES.has(h.place.featureCode) ||
					(h.place.featureCode === 'PPLA' && h.place.population >= 100_000)))
	);
}

/** Whether token `k` may continue a list of names: a comma or a space before it, and "and", "or" or a capitalised word (in capitals, a mention) that is no materiel noun. */
function continuesList(tokens: Token[], k: number, starts: Uint8Array): boolean {
	const t = tokens[k];
	return (
		/^(?:\s+|\s*,\s*)$/.test(t.gapBefore) &&
		(t.folded === 'and' || t.folded === 'or' || (t.capital && (!t.shouted || starts[k] === 1))) &&
		!MATERIEL_WORDS.has(t.folded)
	);
}

/**
 * For a token `k`, the first token from `k` on that ends the list of names running through it
 * within its sentence (`tokens.length` at the end); `starts` flags the mentions' first tokens. Each
 * end is found once and remembered for every token of the list: a list of n names costs n steps,
 * not n² (every name of a long list would otherwise walk to its end).
 */
export function listEnds(tokens: Token[], starts: Uint8Array): (k: number) => number {
	const memo = new Int32Array(tokens.length).fill(-1);
	return (from: number) => {
		let k = from;
		let end = -1;
		// The tokens walked through are `from` to `last`, one after another: no array of them is
		// needed to remember each one's end (most calls read a remembered end at once).
		let last = from - 1;
		while (end < 0) {
			if (k < tokens.length && memo[k] >= 0) end = memo[k];
			else if (k >= tokens.length || !continuesList(tokens, k, starts)) end = k;
			else {
				last = k;
				// The list ends with its sentence.
				if (k + 1 < tokens.length && tokens[k + 1].sentence !== tokens[k].sentence) end = k + 1;
				else k++;
			}
		}
		for (let p = from; p <= last; p++) memo[p] = end;
		return end;
	};
}

/**
 * Whether a weapon's, vehicle's, ship's or unit's noun follows the mention or the list of
 * capitalised names it starts ("Dubky launchers", "Lypky, Sadova and Dubky regiments"), unless a
 * strike word makes the phrase an event ("the Dubky missile strike"). `listEnd` is `listEnds`'s.
 */
export function materielNounAfter(
	f: FoundMention,
	tokens: Token[],
	listEnd: (k: number) => number
): boolean {
	// A maker named before a model's code: "Sukhoi Su-35", "Tupolev Tu-95".
	const code = tokens[f.lastToken + 1];
	const digits = tokens[f.lastToken + 2];
	if (
		code?.sentence === f.sentence &&
		digits?.sentence === f.sentence &&
		/^\s+$/.test(code.gapBefore) &&
		/^\p{Lu}\p{L}{0,3}$/u.test(code.raw) &&
		/^-?$/.test(digits.gapBefore) &&
		/^\d/.test(digits.raw)
	)
		return true;
	// Through the rest of a list: "Lypky, Sadova and Dubky" (in capitals, through mentions only).
	const k0 = f.lastToken + 1;
	const k = k0 < tokens.length && tokens[k0].sentence === f.sentence ? listEnd(k0) : k0;
	const noun = tokens[k];
	if (!noun || noun.sentence !== f.sentence || !/^\s+$/.test(noun.gapBefore)) return false;
	return MATERIEL_WORDS.has(noun.folded) && !STRIKE_AFTER.has(tokens[k + 1]?.folded ?? '');
}

/**
 * Whether a plural street word follows the list of capitalised names the mention is in ("along
 * Sadova and Lisova streets"): the names are streets'. `listEnd` is `listEnds`'s.
 */
export function streetsAfterList(
	f: FoundMention,
	tokens: Token[],
	listEnd: (k: number) => number
): boolean {
	const k0 = f.lastToken + 1;
	if (k0 >= tokens.length || tokens[k0].sentence !== f.sentence) return false;
	const noun = tokens[listEnd(k0)];
	return (
		noun !== undefined &&
		noun.sentence === f.sentence &&
		/^\s+$/.test(noun.gapBefore) &&
		STREETS_WORDS.has(noun.folded)
	);
}

/** Words right before a name that make it a river: "a bridge over (the) X", "crossed the X", "the left bank of the X". */
export const WATER_BEFORE =
	/(?:\bbridges?\s+(?:over|across)\s+(?:the\s+)?|\b(?:across|crossed|crossing|cross|crosses)\s+the\s+|\bbanks?\s+of\s+the\s+)$/i;

/** Gazetteer features whose names a river phrase may rightly hold: oblasts, countries, water bodies. */
const AREA_OR_WATER: ReadonlySet<string> = new Set([
	'ADM1',
	'PCLI',
	'RSV',
	'CNL',
	'LK',
	'BAY',
	'SEA',
	'STM',
	'RGN'
]);

/** Whether some place of the mention's name is an oblast, a country or a body of water. */
export function areaOrWater(f: FoundMention): boolean {
	return f.hits.some((h) => AREA_OR_WATER.has(h.place.featureCode));
}

/**
 * Whether the text before `end` ends as every phrase of `WATER_BEFORE` does: "over", "across" or
 * "the" (in any case), then white space. A test of a few characters that most mentions fail (a
 * list's names follow commas), before the pattern and its slice of the text.
 */
export function endsAsWaterPhrase(text: string, end: number): boolean {
	let k = end;
	while (k > 0 && /\s/.test(text[k - 1])) k--;
	if (k === end) return false;
	return (
		endsWithWord(text, k, 'over') || endsWithWord(text, k, 'across') || endsWithWord(text, k, 'the')
	);
}

/**
 * Whether the text before `end` ends with `word` (lower-case ASCII letters) in any case, read in
 * place: no slice and no lower-cased copy per mention. Only an ASCII letter lower-cases to one of
 * these letters (the Kelvin sign's `k` is none of them), so this is what lower-casing would say.
 */
function endsWithWord(text: string, end: number, word: string): boolean {
	if (end < word.length) return false;
	for (let j = 1; j <= word.length; j++) {
		const c = text.charCodeAt(end - j);
		if (c >= 128 || (c | 0x20) !== word.charCodeAt(word.length - j)) return false;
	}
	return true;
}

/**
 * Whether the text uses the mention as a river: a river phrase before it ("a bridge over X",
 * "crossed the X") and the phrase ending there or going on as a river's would ("… X near Y").
 */
export function riverPhrase(f: FoundMention, tokens: Token[], text: string): boolean {
	const start = f.mention.start;
	if (!endsAsWaterPhrase(text, start)) return false;
	const before = text.slice(Math.max(0, start - 40), start);
	if (!WATER_BEFORE.test(before)) return false;
	// "The right bank of the X remains …": only a river has banks, whatever follows.
	if (/\bbanks?\s+of\s+the\s+$/i.test(before)) return true;
	const next = tokens[f.lastToken + 1];
	const ends = !next || next.sentence !== f.sentence || /[,;:()]/.test(next.gapBefore);
	return ends || AFTER_RIVER.has(next.folded);
}

/**
 * The country a settlement word before the mention puts it in: "the Russian border village of X",
 * "Ukraine's town of X" → its GeoNames code; null when no country adjective stands there. A
 * hyphened form ("the Russian-held village of") says who holds the place, not where it lies.
 */
export function countryBefore(f: FoundMention, tokens: Token[]): string | null {
	let i = f.firstToken - 1;
	if (tokens[i]?.folded !== 'of' || tokens[i].sentence !== f.sentence) return null;
	i--;
	if (!SETTLEMENT_WORDS.has(tokens[i]?.folded ?? '')) return null;
	i--;
	while (i >= 0 && SETTLEMENT_DESCRIBERS.has(tokens[i].folded)) i--;
	const word = tokens[i];
	if (word === undefined || word.sentence !== f.sentence) return null;
	// "Russian-held": the next token joins by a hyphen.
	if (/^-/.test(tokens[i + 1]?.gapBefore ?? '')) return null;
	const code = COUNTRY_OF_ADJECTIVE.get(word.folded);
	if (code === undefined) return null;
	// "Russia" counts in its possessive only ("Russia's border village of X").
	return word.folded.endsWith('n') || possessive(tokens, i) ? code : null;
}
