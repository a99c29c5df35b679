import { NUMBER_WORDS } from './numbers';

/**
 * What the text between two mentions says of how they relate: the second only locates the first
 * (a wider area around it, a reference point, a place it is near). Patterns of English, shared by the
 * link stage and `roles()`.
 */

/** A compass bearing as reports write it before "of" ("north", "south-east", "western"). */
export const BEARING =
	'(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?';

/** A number written as words ("seven", "twenty-five"). */
const NUMBER_WORD = `(?:${[...NUMBER_WORDS.keys()].join('|')})`;
/** A distance with its conversion in brackets if any ("45 km (27 miles)", "seven kilometres"). */
const DISTANCE_AMOUNT = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD}(?:-${NUMBER_WORD})?)\\s*(?:km|kilometres|kilometers|miles)\\s+(?:\\([^)]*\\)\\s*)?`;
/** The same as reports hedge it ("some 45 km (27 miles)"). */
const DISTANCE = `(?:(?:about|some|around|roughly|nearly|almost|just|over|less\\s+than)\\s+)?${DISTANCE_AMOUNT}`;

/**
 * What lies between a place and a reference point that only locates it ("Lypove, south of Dubky",
 * "Lypove (south of Dubky)", "the Lypove area south of Dubky", "Lypove, west of the Russian-held
 * town of Dubky", "Lypove, a village located some 45 km (27 miles) from Dubky", "Lypove, which
 * lies north of Dubky").
 */
export const REFERENCE_GAP = new RegExp(
	`^\\s*(?:(?:areas?|village|town|settlement|city)\\b\\s*)?[,(]?\\s*(?:(?:both|all|each)\\s+)?(?:(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:village|town|city|settlement|hamlet)\\s+(?:(?:located|situated|lying)\\s+)?|(?:located|situated|lying)\\s+|(?:which|that)\\s+(?:lies|is|sits|stands)\\s+(?:(?:located|situated)\\s+)?)?(?:(?:${DISTANCE})?${BEARING}\\s+of|${DISTANCE}(?:away\\s+)?from)\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+)?(?:city|town|village|settlement)\\s+of\\s+)?$`,
	'iu'
);

/**
 * An offset written before its reference point ("some 60 km (40 miles) north-east of Dubky"): the place
 * it locates follows the reference ("… of Dubky, in the town of Lypove").
 */
export const OFFSET_BEFORE = new RegExp(`${DISTANCE_AMOUNT}${BEARING}\\s+of\\s+(?:the\\s+)?$`, 'i');

/** A distance anywhere in a stretch of text ("18 km", "some seven kilometres"). */
export const HAS_DISTANCE = new RegExp(DISTANCE_AMOUNT, 'i');

/** How far before a reference point its offset is looked for (characters). */
export const OFFSET_LOOKBACK = 60;

/** What lies between such a reference point and the place it locates ("…, in the town of"). */
export const OFFSET_PLACE_GAP =
	/^\s*,?\s*(?:in|at)\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$/i;

/**
 * What lies between a settlement and a place that only says it is near it ("the village of Sadove
 * near Avdiivka", "Sadove, which lies near Avdiivka"); a reference only after a settlement or
 * landmark ("Ukraine near Kharkov" is not).
 */
export const NEAR_GAP =
	/^\s*[,(]?\s*(?:(?:which|that)\s+(?:lies|is|sits|stands)\s+(?:(?:located|situated)\s+)?|(?:located|situated|lying)\s+)?(?:(?:just|right)\s+)?(?:near|outside|not\s+far\s+from|close\s+to)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$/i;

/**
 * What lies between a place and the first of two that only say where it is, set off by a comma or
 * a bracket ("Lypove, which lies between Dubky and Sadove", "Lypove (midway between the towns of
 * Dubky and Sadove)"); "fighting between Dubky and Sadove" locates nothing and is not matched.
 */
export const BETWEEN_GAP =
	/^\s*[,(]\s*(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)\s+)?(?:(?:which|that)\s+(?:lies|is|sits|stands)\s+)?(?:(?:located|situated|lying)\s+)?(?:(?:roughly\s+|about\s+)?(?:midway|halfway)\s+)?between\s+(?:the\s+)?(?:(?:cities|towns|villages|settlements)\s+of\s+)?$/iu;

/** What joins the second reference of "between Y and Z" to the first. */
export const BETWEEN_PAIR_GAP =
	/^\s+and\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$/i;

/**
 * What lies between a place and a wider area that only locates it ("X in the Y region", "Y regions
 * of eastern Z", "X village in Y district").
 */
export const QUALIFIER_GAP = new RegExp(
	`^\\s*(?:(?:regions?|oblasts?|provinces?|districts?|raions?|areas?|villages?|towns?|settlements?|hamlets?)\\s+)?(?:,\\s*)?(?:in|of|within)\\s+(?:the\\s+)?(?:(?:${BEARING}|central|far|extreme)\\s+)?(?:(?:corner|part|edge|tip|end|outskirts)\\s+of\\s+(?:the\\s+)?)?(?:(?:(?:partially|partly|fully|temporarily)\\s+|russian-|ukrainian-)?(?:occupied|held|controlled)\\s+)?(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\\s+)?$`,
	'i'
);

/** Words for a part of an area, read between a place and the region holding it ("in the south-east corner of the Y region"). */
export const AREA_PART_WORDS: ReadonlySet<string> = new Set([
	'corner',
	'part',
	'edge',
	'tip',
	'end',
	'outskirts'
]);

/** Only a comma between a place and the area after it: an address ("Town, Region."), unless a list goes on. */
export const ADDRESS_GAP = /^\s*,\s*$/;

/** What follows an area that goes on listing places ("X, Y region, and Z"): then it is a list item, not an address. */
export const LIST_GOES_ON =
	/^\s*(?:(?:regions?|oblasts?|provinces?|districts?)\b)?\s*(?:,|and\b|or\b)/i;

/**
 * What follows a place that names an institution of it ("the Kharkiv regional military
 * administration", "the Sumy RMA", "the Lisne city council"): the place says whose institution
 * speaks, not where something happened.
 */
export const INSTITUTION_AFTER =
	/^\s+(?:(?:regional|oblast|city|district|town|village|military|state|civil|civil-military|military-civil)\s+){0,3}(?:administration|RMA|OVA|MVA|CMA|ODA|RSA|council|prosecutor['’]s\s+office|police\s+department)\b/u;

/** Locative prepositions a region and the bare names parallel to it share ("over", "in"). */
export const PARALLEL_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'in', 'across']);

/** What opens a list after the word that names its items ("eight oblasts – A, B", "regions: A, B"). */
export const LIST_OPENING_GAP = /^\s*(?:[–—:]|\s-)\s*$/;

/** Nouns of a way between two places ("the Dubky-Lypky highway", "the Dubky–Lypky railway line"). */
const ROAD =
	'(?:highways?|roads?|motorways?|routes?|railways?|railroads?|(?:rail|railway)\\s+lines?|lines?|arter(?:y|ies)|thoroughfares?)';
/** A place name of up to three capitalised words. */
const ROAD_END_NAME = "\\p{Lu}[\\p{L}'’]*(?:\\s\\p{Lu}[\\p{L}'’]*){0,2}";
/** A road's number, bracketed or not ("E-50", "(M-03)", "H20"). */
const ROAD_NUMBER = '(?:\\(?\\p{Lu}{1,2}-?\\d{1,3}\\)?\\s+)?';
/**
 * After an end of a road named by its ends: the ends still to come, each after a dash ("-Lypky",
 * "- Sadova-Dubky"), then the road's number if any and the road noun.
 */
export const ROAD_AFTER_END = new RegExp(
	`^(?:\\s?[-–—]\\s?${ROAD_END_NAME}){0,3}\\s+${ROAD_NUMBER}${ROAD}\\b`,
	'u'
);
/** Right after a road's first end: a dash and another end. */
export const ROAD_NEXT_END = new RegExp(`^\\s?[-–—]\\s?\\p{Lu}`, 'u');
/** Right before a road's later end: an end and a dash. */
export const ROAD_BEFORE_LATER_END = new RegExp(`${ROAD_END_NAME}\\s?[-–—]\\s?$`, 'u');

/** Words for a border, before "with" or "of" and the area on its other side ("the border with the Y region"). */
export const BORDER_WORDS: ReadonlySet<string> = new Set([
	'border',
	'borders',
	'frontier',
	'boundary'
]);
