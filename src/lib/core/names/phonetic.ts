/**
 * A loose phonetic key for romanised Slavic names: the consonant skeleton after merging the
 * letters that romanisation systems disagree on (g/h, kh/h, y/i/j, doubled letters). Russian-style
 * and Ukrainian-style spellings of one Cyrillic name meet here even when no system produces both
 * (Maliye Prokhody / Mali Prokhody, Dementiyevka / Dementiivka, Shipilovka / Shpylivka).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j']);

/** Single letters that romanisations swap: g/h, w/v, q/k. */
const SINGLE: Record<string, string> = { g: 'h', w: 'v', q: 'k', x: 'ks' };

/** How many characters the sound `sound` read last spans (a result beside its return value). */
let soundSpan = 1;

/**
 * Reads one sound at `i`: returns its key letters and leaves how many characters it spans in
 * `soundSpan` (no pair to allocate: every word of every loose look-up is read so).
 */
function sound(w: string, i: number): string {
	const c = w[i];
	const n = w[i + 1];
	const n2 = w[i + 2];
	const n3 = w[i + 3];
	soundSpan = 1;
	if (c === 's') {
		if (n === 'h' && n2 === 'c' && n3 === 'h') return spanning('s', 4);
		if (n === 'c' && n2 === 'h') return spanning('s', 3);
		if (n === 'z' && n2 === 'c' && n3 === 'z') return spanning('s', 4);
		if (n === 'h' || n === 'z') return spanning('s', 2);
	} else if (c === 'z' && (n === 'h' || n === 's')) return spanning('z', 2);
	else if (c === 'k' && n === 'h') return spanning('h', 2);
	else if (c === 't') {
		if (n === 's' && n2 === 'c' && n3 === 'h') return spanning('c', 4);
		if (n === 'c' && n2 === 'h') return spanning('c', 3);
		if (n === 's' || n === 'z' || n === 'c') return spanning('c', 2);
	} else if (c === 'c' && (n === 'h' || n === 'z')) return spanning('c', 2);
	else if (c === 'p' && n === 'h') return spanning('f', 2);
	if (VOWELS.has(c)) return '';
	return SINGLE[c] ?? c;
}

/** `letters`, having set `soundSpan` to `span`. */
function spanning(letters: string, span: number): string {
	soundSpan = span;
	return letters;
}

/** The phonetic key of one folded Latin word; vowels vanish except a leading one, kept as "a". */
function wordKey(w: string): string {
	let out = VOWELS.has(w[0]) ? 'a' : '';
	let last = '';
	let i = 0;
	while (i < w.length) {
		const letters = sound(w, i);
		i += soundSpan;
		// Letters are one code unit each (a unit of the word, or the key letters above).
		for (let k = 0; k < letters.length; k++) {
			const ch = letters[k];
			if (ch !== last) out += ch;
			last = ch;
		}
	}
	return out;
}

/** Phonetic key of a normalised Latin name ("maliye prokhody" → "ml prhd"). */
export function phoneticKey(normalised: string): string {
	// Word by word, joining the non-empty keys with a space (no arrays: loose look-ups ask this of
	// every word of every run).
	let out = '';
	for (let start = 0; ;) {
		const space = normalised.indexOf(' ', start);
		const key = wordKey(normalised.slice(start, space < 0 ? normalised.length : space));
		if (key !== '') out = out === '' ? key : `${out} ${key}`;
		if (space < 0) return out;
		start = space + 1;
	}
}

/** Whether a phonetic key carries enough consonants to be worth matching on. */
export function isDistinctivePhoneticKey(key: string): boolean {
	return key.replace(/[ a]/g, '').length >= 3;
}
