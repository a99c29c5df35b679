/** Small function words that join the items of lists and the parts of a place's description. */

/** Words between a place and a region that qualifies it ("X in the Y region", "X of the Y region"). */
export const QUALIFIER_GLUE: ReadonlySet<string> = new Set(['in', 'of', 'the']);

/** Most describing words a qualifier may take: "in the neighbouring southern region of X". */
export const MAX_REGION_ADJECTIVES = 3;

/** Words that join the items of a list of places ("X, Y and Z", "from X to Y"). */
export const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/**
 * Words that make what follows a name a phrase of its own ("X, southeast of the region's capital"),
 * not an apposition naming what X is ("X, another southern region").
 */
export const APPOSITION_BREAKS: ReadonlySet<string> = new Set(
	'of in near from to with at on by for and or which that who where'.split(' ')
);
