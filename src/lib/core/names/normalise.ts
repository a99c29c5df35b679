/**
 * The one name normaliser shared by gazetteer names and text mentions, so that both sides of a
 * lookup are reduced the same way: case, diacritics, apostrophes, hyphens and generic words.
 */

/** Every apostrophe-like character a romanised Ukrainian name may carry, including backticks. */
const APOSTROPHES = /['’ʼʹ`´‘ʻ′"“”«»]/g;

/** Hyphens, dashes and other separators that join or split name parts. */
const SEPARATORS = /[-‐‑‒–—―_/.,;:()[\]{}!?&+*#|\\<>=~^$@%]+/g;

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRA: Record<string, string> = {
	ß: 'ss',
	ł: 'l',
	ø: 'o',
	đ: 'd',
	æ: 'ae',
	œ: 'oe',
	ı: 'i',
	þ: 'th',
	ð: 'd'
};

/** Words after a name that make it a region: "the Kharkiv region", "Krasnodar Krai". */
export const REGION_WORDS: ReadonlySet<string> = new Set([
	'region',
	'regions',
	'oblast',
	'oblasts',
	'oblasti',
	'province',
	'krai',
	'kray'
]);

/** Words for a district (raion) in the spellings reports use. */
export const DISTRICT_UNIT_WORDS: readonly string[] = [
	'district',
	'districts',
	'raion',
	'raions',
	'rayon',
	'rajon'
];

/** Words that say what kind of place a name is rather than which: dropped from keys. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
	'the',
	...REGION_WORDS,
	...DISTRICT_UNIT_WORDS,
	'island',
	'islands',
	'municipality',
	'hromada',
	'territorial'
]);

/** Generic words that only count when followed by "of" ("village of X", "city of X"). */
const GENERIC_BEFORE_OF: ReadonlySet<string> = new Set([
	'village',
	'city',
	'town',
	'settlement',
	'township',
	'hamlet'
]);

/**
 * Romanised Ukrainian and Russian words for kinds of water feature, read as their English words so
 * that "Myronivske Vodoskhovyshche" and "Myronivs'ke Reservoir" share a key.
 */
const FEATURE_WORDS: Readonly<Record<string, string>> = {
	vodoskhovyshche: 'reservoir',
	vodoskhovishche: 'reservoir',
	vodoskhovishhe: 'reservoir',
	vodokhranilishche: 'reservoir',
	vodokhranilishhe: 'reservoir',
	kanal: 'canal'
};

/**
 * Abbreviations of power plants written after the name (English and romanised Ukrainian/Russian:
 * АЕС, ГЕС, ТЕС, ТЕЦ), read as the words they stand for, so that "Zaporizhzhia NPP", "Zaporizhia
 * Nuclear Power Station" and "Zaporizka AES" meet "Zaporizhia Nuclear Power Plant".
 */
const PLANT_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
	npp: ['nuclear', 'power', 'plant'],
	aes: ['nuclear', 'power', 'plant'],
	hpp: ['hydroelectric', 'power', 'plant'],
	hes: ['hydroelectric', 'power', 'plant'],
	ges: ['hydroelectric', 'power', 'plant'],
	tpp: ['thermal', 'power', 'plant'],
	tes: ['thermal', 'power', 'plant'],
	chp: ['combined', 'heat', 'and', 'power', 'plant'],
	tets: ['combined', 'heat', 'and', 'power', 'plant']
};

/** Nouns that, after "nuclear" or "hydroelectric", stand for a power plant ("nuclear facility"). */
const PLANT_NOUNS: ReadonlySet<string> = new Set(['plant', 'station', 'facility', 'complex']);

/**
 * Words `spellOutPlants` may change or read: a run of words holding one of them is passed through
 * it.
 */
export const PLANT_WORDS: ReadonlySet<string> = new Set([
	...Object.keys(PLANT_ABBREVIATIONS),
	...PLANT_NOUNS,
	'atomic',
	'hydropower'
]);

/**
 * Power-plant words in one form: an abbreviation after a name spelled out, "power station" as
 * "power plant", and the shorter ways reports name a plant ("the Lypky nuclear plant", "atomic
 * power station", "nuclear facility", "hydropower plant", "hydroelectric station") as the full name
 * the gazetteer keys.
 */
export function spellOutPlants(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const next = tokens[i + 1];
		const last = out[out.length - 1];
		const full = i > 0 ? PLANT_ABBREVIATIONS[t] : undefined;
		if (full) out.push(...full);
		else if (
			t === 'atomic' &&
			i > 0 &&
			(next === undefined || next === 'power' || PLANT_NOUNS.has(next))
		)
			out.push('nuclear');
		else if (t === 'hydropower' && i > 0) out.push('hydroelectric', 'power');
		else if (PLANT_NOUNS.has(t) && (last === 'nuclear' || last === 'hydroelectric'))
			out.push('power', 'plant');
		else out.push(t === 'station' && last === 'power' ? 'plant' : t);
	}
	return out;
}

/** Lower-cases, strips Latin diacritics and apostrophes, turns separators into single spaces. */
export function foldName(text: string): string {
	// Decomposed first: some marks decompose to an apostrophe form (U+0374 to U+02B9).
	let s = text.normalize('NFD').toLowerCase().replace(APOSTROPHES, '');
	s = s.replace(/([a-z])\p{M}+/gu, '$1');
	s = s.normalize('NFC');
	s = s.replace(/[ßłøđæœıþð]/g, (c) => LATIN_EXTRA[c] ?? c);
	s = s.replace(SEPARATORS, ' ').replace(/[^\p{L}\p{N} ]+/gu, '');
	return s.replace(/\s+/g, ' ').trim();
}

/** Drops generic words from folded tokens; keeps the tokens if nothing specific would remain. */
export function stripGenericTokens(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (GENERIC_WORDS.has(t)) continue;
		if (t === 'of' && i > 0 && GENERIC_BEFORE_OF.has(tokens[i - 1])) continue;
		if (GENERIC_BEFORE_OF.has(t) && tokens[i + 1] === 'of') continue;
		out.push(t);
	}
	return out.length > 0 ? out : [...tokens];
}

/** The lookup key of a name or mention: folded, generic words removed ("the Kharkov region" → "kharkov"). */
export function normaliseName(text: string): string {
	const folded = foldName(text);
	if (folded === '') return '';
	let tokens = folded.split(' ');
	if (/kanal|vodo/.test(folded)) tokens = tokens.map((t) => FEATURE_WORDS[t] ?? t);
	if (tokens.some((w, i) => i > 0 && PLANT_WORDS.has(w))) tokens = spellOutPlants(tokens);
	// Dropping "village of" can expose another generic pair, so repeat until nothing changes.
	for (;;) {
		const next = stripGenericTokens(tokens);
		if (next.length === tokens.length) return next.join(' ');
		tokens = next;
	}
}

/** True when the text contains Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
	return /[\u0400-\u04ff]/.test(text);
}

/** True when every letter of the text is Latin (ASCII after folding). */
export function isLatinKey(key: string): boolean {
	return /^[a-z0-9 ]+$/.test(key);
}
