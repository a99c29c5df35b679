/**
 * Stage 2, sentences and paragraphs with offsets. Abbreviations ("Lt. Gen.", "U.S.", "No. 3",
 * "Feb. 24"), decimals and full stops inside quotations do not end a sentence.
 */

/** A sentence: `text.slice(start, end)`, trimmed, in paragraph `paragraph` (0-based). */
export interface Sentence {
	index: number;
	paragraph: number;
	start: number;
	end: number;
}

/** Words that end with a full stop without ending the sentence (lower case, without the stop). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
	(
		'mr mrs ms dr prof st mt ft gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig gov sen rep pres ' +
		'rev hon jr sr no nos vol fig approx est dept univ inc ltd corp co vs etc al e.g i.e ca cf ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun km'
	).split(' ')
);

/** Longest sentence kept whole; beyond it, text is cut at the next space so every stage stays linear. */
export const MAX_SENTENCE_CHARS = 2000;

const OPEN_QUOTES = '“‘«';
const CLOSE_QUOTES = '”’»';
const TERMINALS = '.!?…';

/** ASCII characters the splitter must look at: terminals and straight quotes. */
const ASCII_SPECIAL: boolean[] = Array.from({ length: 128 }, (_, code) =>
	'.!?"'.includes(String.fromCharCode(code))
);

function isSpace(c: string | undefined): boolean {
	return c === ' ' || c === '\n' || c === '\t';
}

/** The word (letters, digits, dots) that ends just before `i`, lower case. */
function wordBefore(text: string, i: number): string {
	let j = i;
	while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
	return text.slice(j, i).toLowerCase();
}

/** Whether the full stop at `i` belongs to an abbreviation, an initial or a number. */
function isAbbreviationStop(text: string, i: number): boolean {
	const word = wordBefore(text, i);
	if (word.length === 0) return false;
	if (ABBREVIATIONS.has(word)) return true;
	// "U.S", "e.g": dotted letters; "J": a single capital initial.
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
	if (/^\p{Lu}$/u.test(text[i - 1]) && word.length === 1) return true;
	return false;
}

/** Whether the stop at `i` ends a sentence glued to the next one without a space. */
function gluedSentenceStart(text: string, i: number): boolean {
	if (!/^\p{Ll}{3,}$/u.test(wordBefore(text, i))) return false;
	const next = text[i + 1] ?? '';
	if (/\p{Lu}/u.test(next)) return /\p{Ll}/u.test(text[i + 2] ?? '');
	return (next === '"' || next === '“') && /\p{Lu}/u.test(text[i + 2] ?? '');
}

/** Splits `text` into paragraphs (blank lines, or line breaks between complete lines) and sentences. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	let start = -1;
	let depth = 0;
	let straightOpen = false;
	let paragraphHasSentence = false;

	const push = (end: number) => {
		let e = end;
		while (e > start && isSpace(text[e - 1])) e--;
		if (start >= 0 && e > start) {
			sentences.push({ index: sentences.length, paragraph, start, end: e });
			paragraphHasSentence = true;
		}
		start = -1;
		depth = 0;
		straightOpen = false;
	};

	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Fast path: plain ASCII letters, digits and punctuation that cannot end or open anything.
		if (code > 32 && code < 127 && !ASCII_SPECIAL[code]) {
			if (start < 0) start = i;
			continue;
		}
		const c = text[i];
		if (c === '\n') {
			const blank = text[i + 1] === '\n';
			const prev = text.slice(start < 0 ? i : start, i).trimEnd();
			const next = text[i + 1] ?? '';
			const continues =
				prev.length > 0 && !/[.!?:”"’)]$/.test(prev) && /[\p{Ll}\p{N}(]/u.test(next);
			if (blank || !continues) {
				push(i);
				if (paragraphHasSentence) paragraph++;
				paragraphHasSentence = false;
			}
			continue;
		}
		if (start < 0) {
			if (isSpace(c)) continue;
			start = i;
		}
		// Text without stops (lists, scraped tables, garbage) is cut into bounded pieces.
		if (c === ' ' && i - start > MAX_SENTENCE_CHARS) {
			push(i);
			continue;
		}
		if (OPEN_QUOTES.includes(c)) depth++;
		else if (CLOSE_QUOTES.includes(c)) {
			// A closing single quote is also an apostrophe ("didn’t"); only count it when a quote is open.
			if (depth > 0) depth--;
		} else if (c === '"') straightOpen = !straightOpen;
		if (!TERMINALS.includes(c) || depth > 0 || straightOpen) {
			// A quotation that closes with its own full stop can still end the sentence.
			if (!(CLOSE_QUOTES.includes(c) || c === '"') || depth > 0 || straightOpen) continue;
			if (!TERMINALS.includes(text[i - 1] ?? '')) continue;
		}
		if (c === '.' && isAbbreviationStop(text, i)) continue;
		if (c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
		// Scraped text that lost the space after a stop ("in a statement.Troops shelled"): a word
		// of lower-case letters, a stop, then a capital or an opening quote starts a new sentence.
		if (c === '.' && gluedSentenceStart(text, i)) {
			push(i + 1);
			continue;
		}
		let j = i + 1;
		while (
			j < text.length &&
			(TERMINALS.includes(text[j]) ||
				CLOSE_QUOTES.includes(text[j]) ||
				text[j] === '"' ||
				text[j] === ')')
		)
			j++;
		if (j < text.length && !isSpace(text[j])) continue;
		let k = j;
		while (k < text.length && text[k] === ' ') k++;
		const next = text[k];
		if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}“"‘«(]/u.test(next)) continue;
		push(j);
		i = j - 1;
	}
	push(text.length);
	return sentences;
}
