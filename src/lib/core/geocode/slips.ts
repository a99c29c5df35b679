/**
 * Misspelt place names ("Dubkivak", "Bila Lypkva", "sadovs'k"): a second pass over the words
 * no name matched, or matched only by a sound-alike or by a shorter prefix ("Bila"), that looks them
 * up one spelling slip away. Only where the text itself says a place stands there: a place cue
 * before the word, a region or district word after it, or other places beside it in a list. A word
 * one slip from a village is otherwise as likely a surname or an English word, so short words,
 * ordinary words and names beside people's titles or first names are left alone.
 */
import { PHONETIC_COUNTRIES, type Gazetteer, type KeyHit } from '../gazetteer';
import { normaliseName } from '../names';
import { cueBefore, endsCue, kindOfWord, type PlaceKind } from './cues';
import {
	CALENDAR_WORDS,
	CAPTURE_VERBS,
	COMMON_WORDS,
	DEMONYM,
	ENGLISH_ENDING,
	LIST_WORDS,
	NEAR_AFTER,
	PERSON_TITLES,
	SLAVIC_SHAPE,
	SLIP_CUES,
	SPEECH_VERBS,
	TOWN_CUES
} from './lexicon';
import type { FoundMention } from './mentions';
import { offsetBefore } from './offset';
import { joined, type Token } from './tokens';
import { isTown } from './towns';

/** Fewest letters a slipped key may have: one slip in a shorter word too often lands on another name. */
const MIN_SLIP_LETTERS = 7;
/** Fewest letters a slipped key of a town may have ("Kharkv", "Odessa" for Odesa): towns are few and known. */
const MIN_TOWN_SLIP_LETTERS = 5;
/** Most words of a slipped name ("Bila Lypkva"). */
const MAX_SLIP_WORDS = 2;

/** Whether a match is by the name itself rather than by a sound-alike. */
function exact(hit: KeyHit): boolean {
	return hit.strength !== 'phonetic' && hit.strength !== 'slip';
}

/** Whether a word may be a slipped name at all, before any context is read. */
function nameLike(t: Token, lowerWords: ReadonlySet<string>): boolean {
	if (!t.capital && t.folded.length < MIN_SLIP_LETTERS) return false;
	if (t.cyrillic || /\d/.test(t.folded)) return false;
	if (COMMON_WORDS.has(t.folded) || CALENDAR_WORDS.has(t.folded)) return false;
	if (PERSON_TITLES.has(t.folded) || DEMONYM.test(t.folded)) return false;
	if (t.capital) return !lowerWords.has(t.folded) && t.raw !== t.raw.toUpperCase();
	// A lower-case word must look like a romanised Slavic name ("sadovs'k").
	return SLAVIC_SHAPE.test(t.folded) && !ENGLISH_ENDING.test(t.folded);
}

/** What the words around a slipped name say: its cue, and whether it is only enough for a town. */
interface Evidence {
	cue: string | null;
	near: boolean;
	kind: PlaceKind | null;
	townOnly?: boolean;
}

/**
 * What the text around tokens `i..end` says about a place there; null when it says nothing. `ends`
 * and `starts` flag the last and first tokens of the mentions already found (for lists).
 */
function placeEvidence(
	text: string,
	tokens: Token[],
	i: number,
	end: number,
	ends: Uint8Array,
	starts: Uint8Array
): Evidence | null {
	const t = tokens[i];
	const prev = tokens[i - 1];
	const next = tokens[end + 1];
	const nextJoined = next !== undefined && joined(tokens, end + 1);
	// People: a title or a first name before (not a capitalised cue: "In Dontesk"), a verb of
	// saying or more capitalised words after.
	if (
		prev &&
		joined(tokens, i) &&
		((prev.capital && !COMMON_WORDS.has(prev.folded)) || PERSON_TITLES.has(prev.folded))
	)
		return null;
	if (nextJoined && SPEECH_VERBS.has(next.folded)) return null;
	// An owner ("in Petrenko's office") is more often a person than a place.
	if (/^['’]s\b/i.test(text.slice(tokens[end].end, tokens[end].end + 3))) return null;
	const after = nextJoined ? kindOfWord(next.folded) : null;
	if (nextJoined && next.capital && !after) return null;
	if (after) return { cue: next.folded, near: false, kind: after };
	const cue = joined(tokens, i) ? cueBefore(tokens, i) : null;
	if (cue && (cue.settlement || cue.near || SLIP_CUES.has(cue.cue)))
		return { cue: cue.cue, near: cue.near, kind: cue.settlement ? 'settlement' : null };
	if (prev && joined(tokens, i) && CAPTURE_VERBS.has(prev.folded))
		return { cue: prev.folded, near: false, kind: null };
	if (!t.capital) return null;
	// A list: another place right before or after, across a comma or "and"/"or"/"to".
	const listed =
		(ends[i - 1] === 1 && /,/.test(t.gapBefore)) ||
		(ends[i - 2] === 1 &&
			LIST_WORDS.has(prev.folded) &&
			joined(tokens, i) &&
			joined(tokens, i - 1)) ||
		(starts[end + 1] === 1 && /,/.test(tokens[end + 1].gapBefore)) ||
		(starts[end + 2] === 1 && LIST_WORDS.has(next?.folded ?? '') && nextJoined);
	if (listed) return { cue: null, near: false, kind: null };
	// Weaker evidence, enough for a town: "shelling of X", "the X direction".
	if (cue && TOWN_CUES.has(cue.cue))
		return { cue: cue.cue, near: false, kind: null, townOnly: true };
	if (nextJoined && NEAR_AFTER.has(next.folded))
		return { cue: next.folded, near: true, kind: null, townOnly: true };
	return null;
}

/** The key of a run of tokens, if long enough to trust one slip in it (to a town at least). */
function slipKey(tokens: Token[], i: number, end: number): string | null {
	const key = normaliseName(
		tokens
			.slice(i, end + 1)
			.map((x) => x.folded)
			.join(' ')
	);
	return key.replace(/ /g, '').length >= MIN_TOWN_SLIP_LETTERS ? key : null;
}

/** The places one slip from a key: any for a long key, only towns for a short one or on weak evidence. */
function slipHits(gazetteer: Gazetteer, key: string, townOnly: boolean): readonly KeyHit[] {
	const hits = gazetteer.lookupSlip(key);
	if (hits.length === 0 || (!townOnly && key.replace(/ /g, '').length >= MIN_SLIP_LETTERS))
		return hits;
	return hits.filter((h) => isTown(h.place));
}

/**
 * Adds slipped names to the mentions found: new mentions for words no name matched, slip hits for
 * mentions only a sound-alike matched, and a two-word slipped name in place of a one-word prefix
 * match ("Bila" + "Lypkva"). Returns the mentions in text order.
 */
export function addSlips(
	found: FoundMention[],
	tokens: Token[],
	text: string,
	gazetteer: Gazetteer,
	lowerWords: ReadonlySet<string>
): FoundMention[] {
	// Per token (typed arrays: this pass visits every word of the text): the mention starting at
	// it, and whether a mention starts, ends or runs over it.
	const byFirst = new Int32Array(tokens.length).fill(-1);
	const starts = new Uint8Array(tokens.length + 2);
	const ends = new Uint8Array(tokens.length + 2);
	const covered = new Uint8Array(tokens.length + 1);
	for (let m = 0; m < found.length; m++) {
		const f = found[m];
		byFirst[f.firstToken] = m;
		// Only a place whose names come from Cyrillic makes a list a slip may join ("Britain and
		// Germany" is no list of villages).
		const listable = f.hits.some((h) => PHONETIC_COUNTRIES.has(h.place.countryCode));
		starts[f.firstToken] = listable ? 1 : 0;
		ends[f.lastToken] = listable ? 1 : 0;
		for (let k = f.firstToken; k <= f.lastToken; k++) covered[k] = 1;
	}
	const replaced = new Map<FoundMention, FoundMention>();
	const added: FoundMention[] = [];
	const pass: SlipPass = {
		text,
		tokens,
		gazetteer,
		lowerWords,
		covered,
		starts,
		ends,
		replaced,
		added
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const own = byFirst[i] >= 0 ? found[byFirst[i]] : undefined;
		if (covered[i] && !own) continue;
		// A lower-case word is read only right after a cue or a verb of capture (checked cheaply first).
		if (
			!t.capital &&
			(t.folded.length < MIN_SLIP_LETTERS ||
				i === 0 ||
				!(endsCue(tokens[i - 1].folded) || CAPTURE_VERBS.has(tokens[i - 1].folded)))
		)
			continue;
		if (!nameLike(t, lowerWords)) continue;
		i = slipAt(pass, i, own);
	}
	if (replaced.size === 0 && added.length === 0) return found;
	return [...found.map((f) => replaced.get(f) ?? f), ...added].sort(
		(a, b) => a.firstToken - b.firstToken
	);
}

/** The state of one slip pass over a text (see `addSlips`). */
interface SlipPass {
	text: string;
	tokens: Token[];
	gazetteer: Gazetteer;
	lowerWords: ReadonlySet<string>;
	covered: Uint8Array;
	starts: Uint8Array;
	ends: Uint8Array;
	/** Mentions replaced by a longer or richer slipped one. */
	replaced: Map<FoundMention, FoundMention>;
	/** New mentions. */
	added: FoundMention[];
}

/**
 * Looks for a slipped name starting at token `i` (`own`: the mention found there, if any), records
 * it in the pass, and returns the last token it took (`i` when none).
 */
function slipAt(pass: SlipPass, i: number, own: FoundMention | undefined): number {
	const { text, tokens, gazetteer, lowerWords, covered, starts, ends, replaced, added } = pass;
	const t = tokens[i];
	// The run: this word and capitalised words joined to it that no name matched.
	let last = own ? own.lastToken : i;
	while (
		t.capital &&
		last + 1 < tokens.length &&
		last + 1 - i < MAX_SLIP_WORDS &&
		!covered[last + 1] &&
		tokens[last + 1].capital &&
		joined(tokens, last + 1) &&
		nameLike(tokens[last + 1], lowerWords)
	)
		last++;
	// A match by the name itself stands, unless it is a prefix of a longer slipped name
	// ("Bila" + "Lypkva" is Bila Lypka) whose next word no name matched.
	const shortest = own && own.hits.some(exact) ? (own.lastToken < last ? last : -1) : i;
	if (shortest < 0) return i;
	for (let end = last; end >= shortest; end--) {
		// The context is read first: it is cheap, and most capitalised words have none.
		const evidence = placeEvidence(text, tokens, i, end, ends, starts);
		if (!evidence) continue;
		const key = slipKey(tokens, i, end);
		if (!key) continue;
		const hits = slipHits(gazetteer, key, evidence.townOnly === true);
		if (hits.length === 0) continue;
		if (own && end === own.lastToken) {
			const known = new Set(own.hits.map((h) => h.place.index));
			const more = hits.filter((h) => !known.has(h.place.index));
			if (more.length > 0) replaced.set(own, { ...own, hits: [...own.hits, ...more] });
		} else {
			const offset = offsetBefore(text, t.start);
			const mention: FoundMention = {
				mention: {
					start: t.start,
					end: tokens[end].end,
					mention: text.slice(t.start, tokens[end].end),
					cue: evidence.cue,
					near: evidence.near,
					...(offset ? { offset } : {})
				},
				key,
				hits,
				sentence: t.sentence,
				kind: evidence.kind,
				qualifiers: [],
				firstToken: i,
				lastToken: end,
				source: 'slip'
			};
			if (own) replaced.set(own, mention);
			else added.push(mention);
		}
		return end;
	}
	return i;
}
