/**
 * English words the mention finder needs: cues that introduce places, words that are never places
 * however they are capitalised (months, weekdays, function words), titles that introduce people.
 * These are vocabulary of English, not lists of place names.
 */

/** Month and weekday names and their abbreviations: capitalised, often also village names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
	(
		'january february march april may june july august september october november december ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
	).split(' ')
);

/**
 * Ordinary English words that sentence-initial capitals, headlines and titles turn into apparent
 * proper nouns. A place is still found under one of these when a settlement cue names it
 * ("the village of Victory").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		'a an the and or but if of in on at to for from by with without over under near after before ' +
		'about above across against along among around as because between during into through toward ' +
		'towards up down out off since until upon via per this that these those there here then than ' +
		'it its he she they we you i me him her them us our their his my your who whom whose which what ' +
		'when where why how all any both each few more most other some such no nor not only own same so ' +
		'too very can will just should now also still yet already again once is are was were be been ' +
		'being have has had do does did says said say told added according reported report reports ' +
		'new old big great little long high low good bad first last next early late central north south ' +
		'east west northern southern eastern western upper lower middle left right main great grand ' +
		'victory peace freedom liberty independence unity glory hope friendship progress october may ' +
		'war army navy air force forces military defence defense ministry minister president general ' +
		'secretary spokesman spokeswoman spokesperson officer official officials government state ' +
		'national council command staff service security intelligence border guard guards police ' +
		'troops soldiers battalion brigade regiment division group company unit units republic federation ' +
		'union kingdom people peoples party front line lines city town village region district oblast ' +
		'capital area sea river lake island port plant station bridge airport base day night morning ' +
		'evening week month year today yesterday tomorrow monday sunday time news agency press media ' +
		'video photo photos image images footage damage damaged destroyed destruction strike strikes ' +
		'attack attacks shelling missile missiles drone drones rocket rockets artillery tank tanks ' +
		'residential building buildings house houses school hospital church market shop store center ' +
		'centre street road avenue square park field fields forest farm factory warehouse depot ' +
		'civilian civilians killed injured wounded dead death deaths casualties fire explosion ' +
		'explosions blast russian russians ukrainian ukrainians american british european soviet ' +
		'western eastern source sources update breaking live exclusive analysis opinion editorial ' +
		'mr mrs ms dr sir lord saint st mount lake cape gulf bay strait chairman chief ' +
		'africa asia europe america americas oceania antarctica arctic eurasia'
	).split(' ')
);

/** Titles and roles that introduce a person's name ("Defense Secretary Lloyd Austin"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
	(
		'president minister secretary spokesman spokeswoman spokesperson general gen colonel col ' +
		'lieutenant lt major maj captain capt sergeant sgt admiral adm commander chief mr mrs ms dr ' +
		'sen senator rep representative governor mayor ambassador chancellor premier king queen prince ' +
		'pope patriarch analyst correspondent reporter journalist official officer deputy adviser ' +
		'advisor director head leader envoy counterpart colleague chairman chairwoman chair ' +
		'spokesperson commissioner inspector judge prosecutor'
	).split(' ')
);

/** Verbs of saying: a name right beside one is usually a person's ("Kirby said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
	'said says told added stated noted claimed wrote tweeted announced explained insisted argued asked replied'.split(
		' '
	)
);

/** Verbs of taking a stand, said of people and of governments alike ("Budanov warned", "Moscow denied"). */
const STANCE_VERBS: readonly string[] = [
	...SPEECH_VERBS,
	...'warned threatened urged vowed promised accused denied thanked demanded'.split(' ')
];

/** Verbs whose subject is a person (or a capital standing for its government): "Budanov warned". */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
	...STANCE_VERBS,
	...'met spoke discussed signed ordered welcomed congratulated praised criticised criticized visited toured chaired convened addressed decreed vetoed resigned nominated'.split(
		' '
	)
]);

/** Nouns after a possessive that make its owner a person: "Putin's spokesman", "Prigozhin's mercenaries". */
export const PERSON_POSSESSIONS: ReadonlySet<string> = new Set(
	'spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors office deputy son daughter wife husband mercenaries bodyguards regime entourage'.split(
		' '
	)
);

/**
 * Nouns after a name that make it a weapon's, a vehicle's, a ship's or a unit's: "Bradley vehicles",
 * "Grad, Uragan and Smerch launchers", "the Azov and Kraken regiments".
 */
export const MATERIEL_WORDS: ReadonlySet<string> = new Set(
	'tank tanks howitzer howitzers launcher launchers missile missiles rocket rockets drone drones system systems vehicle vehicles jet jets helicopter helicopters gun guns mortar mortars rifle rifles munition munitions bomb bombs cruiser frigate warship submarine corvette regiment regiments brigade brigades battalion battalions units'.split(
		' '
	)
);

/** Words after a name that make it a military unit's: "the Vostok group of forces". */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
	'group',
	'grouping',
	'brigade',
	'battalion',
	'regiment'
]);

/** Words before a ship's name: "the cruiser Moskva". */
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

/** Verbs whose object is a person: "Zelensky met Zaluzhnyi and Syrskyi". */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set(
	'met thanked congratulated appointed dismissed awarded replaced'.split(' ')
);

/**
 * Verbs whose subject acts as a government does ("Moscow denied", "Washington pledged"): a capital
 * or a country right before one stands for its government, not for a place where something happened.
 */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
	...STANCE_VERBS,
	...(
		'say tell claims claim denies deny accuses accuse warns warn pledged pledges pledge promises ' +
		'vows demands urges rejected rejects confirmed confirms responded responds condemned condemns ' +
		'blamed blames insists announces signalled signaled threatens thanks'
	).split(' ')
]);

/** Auxiliaries between a subject and its verb ("Moscow has denied"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
	'has have had will would could may might did does'.split(' ')
);

/** Cue phrases before a mention (lower case, longest first) and what they say about it. */
export const CUE_PHRASES: readonly { words: string[]; near: boolean; settlement: boolean }[] = [
	['near', 'the', 'village', 'of'],
	['near', 'the', 'city', 'of'],
	['near', 'the', 'town', 'of'],
	['near', 'the', 'settlement', 'of'],
	['near', 'the', 'settlements', 'of'],
	['near', 'the', 'villages', 'of'],
	['in', 'the', 'area', 'of'],
	['in', 'the', 'vicinity', 'of'],
	['on', 'the', 'outskirts', 'of'],
	['in', 'the', 'direction', 'of'],
	['urban', 'type', 'settlement', 'of'],
	['outskirts', 'of'],
	['vicinity', 'of'],
	['area', 'of'],
	['areas', 'of'],
	['environs', 'of'],
	['outside', 'of'],
	['village', 'of'],
	['villages', 'of'],
	['city', 'of'],
	['town', 'of'],
	['towns', 'of'],
	['settlement', 'of'],
	['settlements', 'of'],
	['township', 'of'],
	['hamlet', 'of'],
	['near'],
	['outside'],
	['around'],
	['nearby'],
	['in'],
	['at'],
	['over'],
	['from'],
	['into'],
	['to'],
	['towards'],
	['toward'],
	['of'],
	['on']
].map((words) => ({
	words,
	near: [
		'near',
		'outside',
		'around',
		'nearby',
		'outskirts',
		'vicinity',
		'area',
		'areas',
		'environs'
	].some((w) => words.includes(w)),
	settlement: words.some((w) =>
		[
			'village',
			'villages',
			'city',
			'town',
			'towns',
			'settlement',
			'settlements',
			'township',
			'hamlet'
		].includes(w)
	)
}));

/** Abbreviations in parentheses that name a Ukrainian region by its occupation-era label. */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
	dpr: 'donetsk',
	lpr: 'luhansk',
	dnr: 'donetsk',
	lnr: 'luhansk'
};

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

/** Street-type words: "Svobody Square" is a street name, not the village of Svobody. */
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
