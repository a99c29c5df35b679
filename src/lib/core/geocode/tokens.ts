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

const WORD = /[\p{L}\p{N}]+(?:['’ʼʹ`][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?]["')\]”’]*\s|\n\s*\n|;;|\|/;
const OPENERS = /[:"“«(\n]|\s[—–-]+\s*$/;

/** Tokenises text; `folded` is computed for every token so lookups never re-normalise. */
export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	let sentence = 0;
	let prevEnd = 0;
	for (const m of text.matchAll(WORD)) {
		let raw = m[0];
		const start = m.index;
		if (/['’ʼ]s$/i.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
		const gapBefore = text.slice(prevEnd, start);
		// Most gaps are one space: no sentence end and no opener, so skip the patterns.
		const plain = gapBefore === ' ';
		const newSentence = tokens.length === 0 || (!plain && SENTENCE_END.test(gapBefore + ' '));
		if (newSentence && tokens.length > 0) sentence++;
		const first = raw[0];
		const capital = first !== first.toLowerCase();
		tokens.push({
			start,
			end: start + raw.length,
			raw,
			folded: /^[A-Za-z]+$/.test(raw) ? raw.toLowerCase() : foldName(raw),
			capital,
			cyrillic: /[\u0400-\u04ff]/.test(first),
			sentence,
			initial: newSentence || (!plain && OPENERS.test(gapBefore)),
			gapBefore,
			shouted: false
		});
		prevEnd = start + m[0].length;
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

/** Whether only whitespace separates two tokens (no comma, full stop or line break). */
export function joined(tokens: Token[], j: number): boolean {
	return /^[ \t]+$|^-$/.test(tokens[j].gapBefore);
}

/** Whether token `k` was written in the possessive ("Kharkiv's"): the tokeniser drops the 's. */
export function possessive(tokens: Token[], k: number): boolean {
	const next = tokens[k + 1];
	return next !== undefined && next.start - next.gapBefore.length > tokens[k].end;
}
