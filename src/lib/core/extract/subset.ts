/** Named subsets of a word list, so that the list stays the one source of its words. */

/**
 * The words of `words` (separated by spaces), in that order, each checked to be one of `list`:
 * a subset of the list, which throws on a word the list does not hold.
 */
export function subsetOf(list: Iterable<string>, words: string): readonly string[] {
	const known = new Set(list);
	const subset = words.split(' ');
	const stray = subset.filter((w) => !known.has(w));
	if (stray.length > 0) throw new Error(`not in the word list: ${stray.join(', ')}`);
	return subset;
}
