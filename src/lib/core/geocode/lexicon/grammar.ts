/** Small function words that join the items of lists and the parts of a place's description. */

/** Words between a place and a region that qualifies it ("X in the Y region", "X of the Y region"). */
export const QUALIFIER_GLUE: ReadonlySet<string> = new Set(['in', 'of', 'the']);

/** Most describing words a qualifier may take: "in the neighbouring southern region of X". */
export const MAX_REGION_ADJECTIVES = 3;

/** Words that join the items of a list of places ("X, Y and Z", "from X to Y"). */
export const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to']);
