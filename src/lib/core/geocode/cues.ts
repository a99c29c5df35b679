/**
 * The words around a name that say what it is: cue phrases before it ("the village of", "near")
 * and generic words after it ("region", "district", "island").
 */
import { REGION_WORDS } from '../names';
import { CUE_PHRASES, DISTRICT_WORDS } from './lexicon';
import type { Token } from './tokens';

/** What kind of place the words around a mention say it is. */
export const PLACE_KINDS = ['region', 'district', 'settlement', 'island', 'landmark'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Words after a name that make it a region (shared with the normaliser, which drops them from keys). */
export { REGION_WORDS };

/** The kind a trailing or following generic word gives a mention. */
export function kindOfWord(word: string): PlaceKind | null {
	if (REGION_WORDS.has(word)) return 'region';
	if (DISTRICT_WORDS.has(word)) return 'district';
	if (word === 'island' || word === 'islands') return 'island';
	return null;
}

/** Cue phrases by their last word, longest first. */
const CUES_BY_LAST = new Map<string, (typeof CUE_PHRASES)[number][]>();
for (const phrase of CUE_PHRASES) {
	const last = phrase.words[phrase.words.length - 1];
	CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), phrase]);
}

/** Whether a word can end a cue phrase ("in", "of", "near"): a cheap test before `cueBefore`. */
export function endsCue(word: string): boolean {
	return CUES_BY_LAST.has(word);
}

/** Reads the cue phrase ending right before token `i`. */
export function cueBefore(
	tokens: Token[],
	i: number
): { cue: string; near: boolean; settlement: boolean } | null {
	if (i === 0) return null;
	for (const phrase of CUES_BY_LAST.get(tokens[i - 1].folded) ?? []) {
		const n = phrase.words.length;
		if (i - n < 0) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) {
			const t = tokens[i - n + k];
			ok = t.folded === phrase.words[k] && t.sentence === tokens[i].sentence;
		}
		if (ok)
			return { cue: phrase.words.join(' '), near: phrase.near, settlement: phrase.settlement };
	}
	return null;
}
