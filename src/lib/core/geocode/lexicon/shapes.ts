/** Word shapes: endings that mark a word as English, a nationality, a surname or a romanised Slavic name. */

/** Nationality adjectives as well, ending in -ic ("Baltic"): they qualify places, not people. */
export const NATIONALITY_ADJECTIVE = /(ian|ean|ese|ish|ic)$/;

/** English demonyms and adjectives ("Crimean", "Ukrainian") are never loose matches of a place. */
export const DEMONYM = /(ian|ean|ese|ish)$/;

/** English word endings that a romanised Slavic name does not have ("financial", "meeting"). */
export const ENGLISH_ENDING = /(ial|ian|ion|ment|ness|ing|ed|ly|ous|ive|ity)$/;

/**
 * Word shapes of romanised Ukrainian and Russian place names that English words rarely have,
 * including the neuter adjective endings of village names (Lypove, Sadove, Dubovoye) and
 * plurals in -vky/-pky (Dubky, Lypky).
 */
export const SLAVIC_SHAPE =
	/(kh|zh|shch|yi|ii|iy|yy|iu|yu|ia|ya)|(iv|ov|ev|yn|in)(ka|ske|ska|sk|skyi|skoye|e|o|tsi)$|(ske|ska|skyi|sk|ivka|ovka|skoye|skoe|[tdrvsz]ne|[dt]ke|[vp]ky|yne|yn)$/;

/** Endings of East Slavic surnames (Ivanova, Bondarenko, Kravchuk, Kovalskyi, Petrovych). */
export const SURNAME =
	/(?:ova|eva|ov|ev|enko|chuk|yuk|uk|sky|skyy|skyi|skiy|ska|ich|ych|vich|ina|yna)$/;
