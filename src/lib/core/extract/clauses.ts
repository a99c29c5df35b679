/**
 * Contrast clauses with a source of their own. "The ministry said its troops took X, although the
 * brigade said it had only pulled back from part of it" carries two claims by two sides: each
 * clause is read as a unit of its own, with its own claimant, events and places.
 */
import { findCues, sideOfClaimant } from './claimants';
import type { Cue } from './claimants';
import type { Sentence } from './sentences';

/**
 * A comma before a word that opens a clause in contrast to the one before it, or a word that does so
 * without a comma ("… captured X as Kyiv said …"), or before a denial set after the claim ("…, a
 * claim denied by Kyiv", "…, which Moscow rejected").
 */
const CONTRAST =
	/(?:,\s+(?=(?:although|though|whereas|whilst|while|but|as|and)\s)|\s+(?=(?:as|while|whereas)\s)|,\s+(?=(?:a\s+claim|claims|which|something)\s+(?:that\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:quickly|swiftly|promptly|flatly|also)\s+)?(?:denied|rejected|disputed|refuted)\s+by\s)|,\s+(?=(?:a\s+claim|claims|which|something)\s+(?:that\s+)?[^,;.]{2,60}?\s(?:denied|denies|rejected|rejects|disputed|disputes|refuted|refutes)(?![\p{L}])))/giu;

/**
 * Whether the clause's source is another side's than the source of the part before it, both by
 * their own words ("Russia's ministry said …, although Kyiv's military said …").
 */
function otherSource(before: readonly Cue[], clause: readonly Cue[]): boolean {
	const first = before.length > 0 ? sideOfClaimant(before[0].claimant) : null;
	const second = clause.length > 0 ? sideOfClaimant(clause[0].claimant) : null;
	return first !== null && second !== null && first !== second;
}

/**
 * `sentences` with each contrast clause that names its own source ("…, although Kyiv's military
 * said …") split off as a unit of its own, in the same paragraph, indexed afresh in text order.
 * A clause without a source of its own ("…, but fighting goes on"), or whose source its words do
 * not tell apart from the one before, stays in its sentence.
 */
export function splitContrastClauses(text: string, sentences: readonly Sentence[]): Sentence[] {
	const out: Sentence[] = [];
	for (const sentence of sentences) {
		const body = text.slice(sentence.start, sentence.end);
		let start = sentence.start;
		CONTRAST.lastIndex = 0;
		for (let m = CONTRAST.exec(body); m; m = CONTRAST.exec(body)) {
			const at = sentence.start + m.index + m[0].length;
			const clause: Sentence = { ...sentence, start: at };
			const before: Sentence = { ...sentence, start, end: sentence.start + m.index };
			if (!otherSource(findCues(text, before), findCues(text, clause))) continue;
			out.push(before);
			start = at;
		}
		out.push({ ...sentence, start });
	}
	return out.map((s, index) => ({ ...s, index }));
}
