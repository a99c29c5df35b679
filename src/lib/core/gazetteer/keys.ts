/**
 * Reduces a row's names to lookup keys of three strengths: the primary name, other Latin names,
 * and romanisations of Cyrillic names under several systems. The phonetic key is derived from
 * these at load time.
 */
import { foldName, hasCyrillic, isLatinKey, normaliseName, romaniseAll } from '../names';
import type { GazetteerRow } from './row';

/**
 * How a key was derived from a place's names; lower is stronger evidence. `derived`: the mention's
 * word formation read back to a noun ("Dubrovivska" → Dubrovivka); never stored in the index.
 * `slip`: the mention is one keystroke from a name ("Komyshuvaka" → Komyshuvakha): weakest of all.
 */
export const MATCH_STRENGTHS = [
	'primary',
	'alternate',
	'romanised',
	'derived',
	'phonetic',
	'slip'
] as const;
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

/** The keys of one place, each in the strongest class it reaches. */
export interface PlaceKeys {
	primary: string[];
	alternate: string[];
	romanised: string[];
}

/** Administrative feature codes whose names are adjectives ("Kupianskyi Raion"). */
const ADJECTIVAL_ADMIN = new Set(['ADM2', 'ADM3', 'ADM2H', 'ADM3H']);

/** Noun forms of an adjectival district name: "kupianskyi" → "kupiansk", "kupian". */
export function deAdjectivise(key: string): string[] {
	const m = /^(.*?)(s'?k)(yi|yy|iy|ij|ii|yj|i|y|a|e|ogo|oho|iy|aya|oye|oe|ye)$/.exec(key);
	if (!m || m[1].length < 3) return [];
	const out = [m[1] + 'sk', m[1]];
	// Villages in -ivka/-ovka take adjectives in -ivskyi/-ovskaya ("Dubrovivska" → Dubrovivka).
	if (/[iyoe]v$/.test(m[1])) out.push(m[1] + 'ka');
	return out;
}

/** The lookup keys of a row's names. */
export function placeKeys(row: GazetteerRow): PlaceKeys {
	const seen = new Set<string>();
	const take = (list: string[], key: string) => {
		if (key === '' || seen.has(key)) return;
		seen.add(key);
		list.push(key);
	};
	const primary: string[] = [];
	const alternate: string[] = [];
	const romanised: string[] = [];
	const adjectival = ADJECTIVAL_ADMIN.has(row.featureCode);
	const addLatin = (list: string[], name: string) => {
		const key = normaliseName(name);
		if (!isLatinKey(key)) return;
		take(list, key);
		if (adjectival) {
			const words = key.split(' ');
			for (const noun of deAdjectivise(words[0]))
				take(alternate, [noun, ...words.slice(1)].join(' '));
		}
	};
	addLatin(primary, row.name);
	for (const name of row.names) if (!hasCyrillic(name)) addLatin(alternate, name);
	for (const name of row.names) {
		if (!hasCyrillic(name)) continue;
		for (const roman of romaniseAll(foldName(name))) {
			const key = normaliseName(roman);
			if (!isLatinKey(key)) continue;
			take(romanised, key);
			if (adjectival) {
				const words = key.split(' ');
				for (const noun of deAdjectivise(words[0]))
					take(romanised, [noun, ...words.slice(1)].join(' '));
			}
		}
	}
	return { primary, alternate, romanised };
}
