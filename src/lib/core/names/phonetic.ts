/**
 * A loose phonetic key for romanised Slavic names: the consonant skeleton after merging the
 * letters that romanisation systems disagree on (g/h, kh/h, y/i/j, doubled letters). Russian-style
 * and Ukrainian-style spellings of one Cyrillic name meet here even when no system produces both
 * (Maliye Prokhody / Mali Prokhody, Dementiyevka / Dementiivka, Shipilovka / Shpylivka).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j']);

/** Single letters that romanisations swap: g/h, w/v, q/k. */
const SINGLE: Record<string, string> = { g: 'h', w: 'v', q: 'k', x: 'ks' };

/** Reads one sound at `i`: its key letters and how many characters it spans. */
function sound(w: string, i: number): [string, number] {
	const c = w[i];
	const n = w[i + 1];
	const n2 = w[i + 2];
	const n3 = w[i + 3];
	if (c === 's') {
		if (n === 'h' && n2 === 'c' && n3 === 'h') return ['s', 4];
		if (n === 'c' && n2 === 'h') return ['s', 3];
		if (n === 'z' && n2 === 'c' && n3 === 'z') return ['s', 4];
		if (n === 'h' || n === 'z') return ['s', 2];
	} else if (c === 'z' && (n === 'h' || n === 's')) return ['z', 2];
	else if (c === 'k' && n === 'h') return ['h', 2];
	else if (c === 't') {
		if (n === 's' && n2 === 'c' && n3 === 'h') return ['c', 4];
		if (n === 'c' && n2 === 'h') return ['c', 3];
		if (n === 's' || n === 'z' || n === 'c') return ['c', 2];
	} else if (c === 'c' && (n === 'h' || n === 'z')) return ['c', 2];
	else if (c === 'p' && n === 'h') return ['f', 2];
	if (VOWELS.has(c)) return ['', 1];
	return [SINGLE[c] ?? c, 1];
}

/** The phonetic key of one folded Latin word; vowels vanish except a leading one, kept as "a". */
function wordKey(w: string): string {
	let out = VOWELS.has(w[0]) ? 'a' : '';
	let last = '';
	let i = 0;
	while (i < w.length) {
		const [letters, span] = sound(w, i);
		i += span;
		for (const ch of letters) {
			if (ch !== last) out += ch;
			last = ch;
		}
	}
	return out;
}

/** Phonetic key of a normalised Latin name ("maliye prokhody" → "ml prhd"). */
export function phoneticKey(normalised: string): string {
	if (normalised === '') return '';
	return normalised
		.split(' ')
		.map(wordKey)
		.filter((w) => w !== '')
		.join(' ');
}

/** Whether a phonetic key carries enough consonants to be worth matching on. */
export function isDistinctivePhoneticKey(key: string): boolean {
	return key.replace(/[ a]/g, '').length >= 3;
}
