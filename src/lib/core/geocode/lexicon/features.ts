/** Words that make a name a feature's rather than a settlement's: water, facilities, streets. */

/** Words after a name that make it a body of water or a waterway ("Dubky River"): not a settlement. */
export const WATER_WORDS: ReadonlySet<string> = new Set([
	'river',
	'rivers',
	'reservoir',
	'canal',
	'lake',
	'sea',
	'bay',
	'estuary',
	'lagoon',
	'creek',
	'stream'
]);

/** Bodies of water named by "of" and a place ("the Sea of Dubky", "the Gulf of Lypky"). */
export const WATER_NAMED_BY_OF: ReadonlySet<string> = new Set(['sea', 'gulf', 'bay', 'strait']);

/** Words that make a name before them a facility's ("Lypky Substation"), not a person's. */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
	'substation',
	'station',
	'plant',
	'bridge',
	'airport',
	'airfield',
	'port',
	'dam',
	'refinery',
	'depot',
	'factory',
	'school',
	'lyceum',
	'college',
	'hospital',
	'market',
	'church',
	'railway',
	'base'
]);

/** Street-type words: "Sadova Square" is a street name, not the village of Sadova. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
	'square',
	'street',
	'avenue',
	'boulevard',
	'lane',
	'prospekt',
	'prospect',
	'road',
	'highway',
	'embankment',
	'st',
	'ave',
	'blvd'
]);

/** Street-type words in the plural, after a list of street names ("Sadova and Lisova streets"). */
export const STREETS_WORDS: ReadonlySet<string> = new Set([
	'streets',
	'avenues',
	'boulevards',
	'lanes',
	'squares',
	'prospekts',
	'embankments'
]);

/** Small words that may sit inside a multi-word name ("Rostov-on-Don", "Bila Tserkva" needs none). */
export const CONNECTORS: ReadonlySet<string> = new Set([
	'on',
	'na',
	'nad',
	'de',
	'del',
	'la',
	'am',
	'an',
	'der',
	'upon',
	'pod'
]);

/** Small words inside facility names ("College of Music and Drama"). */
export const FACILITY_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'for', 'named', 'after']);

/** Lower-case words that end a landmark's name ("the South Dubky canal", "Lypky reservoir"). */
export const FEATURE_TAILS: ReadonlySet<string> = new Set(['canal', 'reservoir']);

/** Words that may follow a river's name; a noun there ("the X border", "the X road") makes X a modifier. */
export const AFTER_RIVER: ReadonlySet<string> = new Set([
	'at',
	'near',
	'in',
	'into',
	'to',
	'toward',
	'towards',
	'and',
	'on',
	'from',
	'by',
	'between',
	'under',
	'south',
	'north',
	'east',
	'west',
	// Function words that go on a sentence after a river as after a place ("… across the X without").
	'without',
	'with',
	'after',
	'before',
	'while',
	'since',
	'until',
	'during',
	'amid',
	'for'
]);
