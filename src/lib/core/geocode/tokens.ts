/**
 * Splits running text into word tokens with offsets, sentence numbers and the facts the mention
 * finder asks of each (capitalised? first in its sentence? Cyrillic?), in one pass.
 */
import { foldName } from '../names';

/** One word of the text. */
export interface Token {
	start: number;
	end: number;
	/** The word as written (possessive 's removed). */
	raw: string;
	/** Lower case, no diacritics, hyphens as spaces: "ivano frankivsk". */
	folded: string;
	/** Starts with an upper-case letter (Latin or Cyrillic). */
	capital: boolean;
	cyrillic: boolean;
	/** Index of the sentence the token is in. */
	sentence: number;
	/** First word of its sentence, heading or quotation (capitalised for grammar, not as a name). */
	initial: boolean;
	/** The text between the previous token and this one. */
	gapBefore: string;
	/** In a sentence written in capitals ("SHELLING IN KYIV"): upper case says nothing about acronyms. */
	shouted: boolean;
}

const SENTENCE_END = /[.!?]["')\]”’]*\s|\n\s*\n|;;|\|/;
const OPENERS = /[:"“«(\n]|\s[—–-]+\s*$/;

/** A letter or digit of any script, matched where `lastIndex` says. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * The length in code units of the letter or digit at `i` (2 for one outside the BMP), else 0. The
 * scan reads words by hand: the tokeniser runs over every character of every text, and a regular
 * expression's matches cost an array each.
 */
function wordCharAt(text: string, i: number): number {
	if (i >= text.length) return 0;
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
	WORD_CHAR.lastIndex = i;
	return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/** Whether the code unit `c` joins two parts of a word ("Kam'yanka", "Sloviansk’s"). */
function isApostrophe(c: number): boolean {
	return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2b9 || c === 96;
}

/**
 * The end of the word that starts at `start` (a letter or digit): letters and digits, and parts
 * joined by an apostrophe: what the pattern `[\p{L}\p{N}]+(?:['’ʼʹ`][\p{L}\p{N}]+)*` (with the
 * `u` flag) matches from there.
 */
function wordEnd(text: string, start: number): number {
	let end = start;
	for (;;) {
		let length = wordCharAt(text, end);
		while (length > 0) {
			end += length;
			length = wordCharAt(text, end);
		}
		if (!isApostrophe(text.charCodeAt(end)) || wordCharAt(text, end + 1) === 0) return end;
		end++;
	}
}

/** Where the next word starts at or after `i`, or -1 when none does. */
function nextWord(text: string, i: number): number {
	while (i < text.length) {
		if (wordCharAt(text, i) > 0) return i;
		// Over a whole surrogate pair: a search never starts inside one.
		const c = text.charCodeAt(i);
		const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		i += pair ? 2 : 1;
	}
	return -1;
}

/** Whether `raw` ends in a possessive "'s" (any apostrophe of `['’ʼ]`, s in either case). */
function endsPossessive(raw: string): boolean {
	const s = raw.charCodeAt(raw.length - 1);
	const a = raw.charCodeAt(raw.length - 2);
	return (s === 115 || s === 83) && (a === 39 || a === 0x2019 || a === 0x2bc);
}

/** Whether `raw` is ASCII letters only (then lower case is its folded form). */
function asciiLetters(raw: string): boolean {
	for (let i = 0; i < raw.length; i++) {
		const c = raw.charCodeAt(i) | 32;
		if (c < 97 || c > 122) return false;
	}
	return raw.length > 0;
}

/**
 * The text from `from` to `to`, the gap between two words: a comma and a space, the commonest gap
 * but a space in lists, is one string shared by every token (each keeps its gap to the end of the
 * text).
 */
function gapBetween(text: string, from: number, to: number): string {
	if (to - from === 2 && text.charCodeAt(from) === 44 && text.charCodeAt(from + 1) === 32)
		return COMMA_GAP;
	return text.slice(from, to);
}

const COMMA_GAP = ', ';

/** Tokenises text; `folded` is computed for every token so lookups never re-normalise. */
export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	let sentence = 0;
	let prevEnd = 0;
	for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, prevEnd)) {
		const wordEndsAt = wordEnd(text, start);
		let raw = text.slice(start, wordEndsAt);
		if (raw.length > 3 && endsPossessive(raw)) raw = raw.slice(0, -2);
		const gapBefore = gapBetween(text, prevEnd, start);
		// Most gaps are one space, or a comma and a space: no sentence end and no opener, so skip
		// the patterns.
		const plain = gapBefore === ' ' || gapBefore === COMMA_GAP;
		const newSentence = tokens.length === 0 || (!plain && SENTENCE_END.test(gapBefore + ' '));
		if (newSentence && tokens.length > 0) sentence++;
		const first = raw[0];
		const capital = first !== first.toLowerCase();
		const c = first.charCodeAt(0);
		tokens.push({
			start,
			end: start + raw.length,
			raw,
			folded: asciiLetters(raw) ? raw.toLowerCase() : foldName(raw),
			capital,
			cyrillic: c >= 0x400 && c <= 0x4ff,
			sentence,
			initial: newSentence || (!plain && OPENERS.test(gapBefore)),
			gapBefore,
			shouted: false
		});
		prevEnd = wordEndsAt;
	}
	markShouted(tokens);
	return tokens;
}

/** Whether a token is a word in capitals of two letters or more ("KYIV", not "A" or "Kyiv"). */
function inCapitals(t: Token): boolean {
	return t.capital && t.raw.length >= 2 && t.raw === t.raw.toUpperCase();
}

/**
 * Marks the tokens of sentences written in capitals: at least two words and most of the
 * sentence's words (tokens not starting with a digit) in capitals (a headline, a caption).
 */
function markShouted(tokens: Token[]): void {
	let from = 0;
	let words = 0;
	let capitals = 0;
	const close = (end: number) => {
		if (capitals >= 2 && capitals >= 0.6 * words)
			for (let k = from; k < end; k++) tokens[k].shouted = true;
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.sentence !== tokens[from].sentence) {
			close(i);
			from = i;
			words = 0;
			capitals = 0;
		}
		const c = t.raw.charCodeAt(0);
		if (c < 48 || c > 57) words++;
		if (inCapitals(t)) capitals++;
	}
	close(tokens.length);
}

/**
 * Whether only whitespace separates two tokens (no comma, full stop or line break): spaces and tabs,
 * or a hyphen alone. Read by hand, not by a pattern: the spotter and the rules ask it about a
 * million times per MB of a list.
 */
export function joined(tokens: Token[], j: number): boolean {
	const gap = tokens[j].gapBefore;
	if (gap === '-') return true;
	if (gap.length === 0) return false;
	for (let k = 0; k < gap.length; k++) {
		const c = gap.charCodeAt(k);
		if (c !== 32 && c !== 9) return false;
	}
	return true;
}

/** Whether token `k` was written in the possessive ("Kharkiv's"): the tokeniser drops the 's. */
export function possessive(tokens: Token[], k: number): boolean {
	const next = tokens[k + 1];
	return next !== undefined && next.start - next.gapBefore.length > tokens[k].end;
}
