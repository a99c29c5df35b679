/** Ordinary English words that capitals at a sentence start, in headlines and in titles make look like names. */

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
		'when where why how all any both each few many much more most other some such no nor not only own same so ' +
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
		'africa asia europe america americas oceania antarctica arctic eurasia ' +
		// Plurals of the nouns above, and of the words for places ("Villages in the north were shelled").
		'cities towns villages settlements communities regions districts oblasts capitals areas ' +
		'rivers lakes islands ports plants stations bridges airports bases streets roads squares ' +
		'parks farms factories warehouses depots schools hospitals churches markets shops residents'
	).split(' ')
);

/**
 * Endings of English words ("Various", "Subsequently", "Reinforcement") that no romanised Slavic
 * place name has: such a word that only sounds like a place names none.
 */
export const ENGLISH_WORD_ENDING =
	/(?:ous|tion|sion|ment|ments|ness|able|ible|ful|less|ance|ence|ings?|ised|ized|ated|ally)$/;
