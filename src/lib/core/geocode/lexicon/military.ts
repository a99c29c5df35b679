/** Words of weapons, vehicles, ships, units and strikes: a name beside one is no place. */

/**
 * Nouns after a name that make it a weapon's, a vehicle's, a ship's or a unit's: "Falcon vehicles",
 * "Hawk, Eagle and Kite launchers", "the Lypky and Sadova regiments".
 */
export const MATERIEL_WORDS: ReadonlySet<string> = new Set(
	'tank tanks howitzer howitzers launcher launchers missile missiles rocket rockets drone drones system systems vehicle vehicles jet jets helicopter helicopters gun guns mortar mortars rifle rifles munition munitions bomb bombs cruiser frigate warship submarine corvette regiment regiments brigade brigades battalion battalions units'.split(
		' '
	)
);

/** Words after a name that make it a military unit's: "the Dubky group of forces". */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
	'group',
	'grouping',
	'brigade',
	'battalion',
	'regiment'
]);

/** Words before a unit's name, or the list of its names: "Battlegroup Dubky", "Battlegroups North and Lypky". */
export const UNIT_BEFORE_WORDS: ReadonlySet<string> = new Set([
	'battlegroup',
	'battlegroups',
	'battle-group',
	'battle-groups',
	'groupings'
]);

/** How many names of a list a unit word before it may stand for ("Battlegroups North, West and Dubky"). */
export const MAX_UNIT_LIST = 4;

/** Words before a ship's name: "the cruiser Dubky". */
export const SHIP_WORDS: ReadonlySet<string> = new Set([
	'cruiser',
	'flagship',
	'frigate',
	'corvette',
	'warship',
	'ship',
	'vessel',
	'submarine',
	'tanker',
	'tug'
]);

/** Words after a weapon's name that make the phrase an event at a place: "the Kharkiv missile strike". */
export const STRIKE_AFTER: ReadonlySet<string> = new Set([
	'strike',
	'strikes',
	'attack',
	'attacks',
	'barrage',
	'raid',
	'raids'
]);

/** Verbs whose object is ground taken or hit ("occupying X", "shelled X"). */
export const CAPTURE_VERBS: ReadonlySet<string> = new Set([
	'occupy',
	'occupying',
	'occupied',
	'capture',
	'capturing',
	'captured',
	'liberate',
	'liberating',
	'liberated',
	'seize',
	'seizing',
	'seized',
	'entered',
	'entering',
	'stormed',
	'storming',
	'shelled'
]);
