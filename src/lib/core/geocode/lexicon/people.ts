/** Words that introduce or surround a person's name: titles, verbs people do, what people own. */

/** Titles and roles that introduce a person's name ("Defence Secretary John Smith"). */
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

/** Verbs of saying: a name right beside one is usually a person's ("Smith said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
	'said says told added stated noted claimed reported wrote tweeted announced explained insisted argued asked replied'.split(
		' '
	)
);

/** Verbs of taking a stand, said of people and of governments alike ("Smith warned", "Warsaw denied"). */
const STANCE_VERBS: readonly string[] = [
	...SPEECH_VERBS,
	...'warned threatened urged vowed promised accused denied thanked demanded'.split(' ')
];

/** Verbs whose subject is a person (or a capital standing for its government): "Smith warned". */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
	...STANCE_VERBS,
	...'met spoke discussed signed ordered welcomed congratulated praised criticised criticized visited toured chaired convened addressed decreed vetoed resigned nominated'.split(
		' '
	)
]);

/** Nouns after a possessive that make its owner a person: "Smith's spokesman", "Jones's mercenaries". */
export const PERSON_POSSESSIONS: ReadonlySet<string> = new Set(
	'spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors office deputy son daughter wife husband mercenaries bodyguards regime entourage'.split(
		' '
	)
);

/** Verbs whose object is a person: "the minister met Jones and Brown". */
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
		'blamed blames insists announces signalled signaled threatens thanks contends contended ' +
		'maintains asserts asserted counters countered argues'
	).split(' ')
]);

/**
 * Nouns after a capital that make it the government or the forces it commands ("the Kiev regime",
 * "Kiev militants", "the Moscow leadership"): the capital is then an actor, not a place.
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
	...(
		'regime regimes junta government leadership terrorists militants nationalists neonazis ' +
		'formations forces troops command'
	).split(' '),
	'neo nazi',
	'neo nazis'
]);

/**
 * Verbs of armed action a government is the subject of ("Moscow launched", "Kyiv has repeatedly staged"):
 * only after a capital's name, whose place would be their object ("struck Moscow").
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
	(
		'launched staged sent deployed fired ordered struck attacked targeted shelled invaded ' +
		'annexed mobilised mobilized bombed'
	).split(' ')
);

/**
 * Adverbs between a subject or its auxiliary and the verb ("Moscow has long denied", "Kyiv
 * yesterday launched").
 */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(
	'long repeatedly also again already reportedly previously recently yesterday today overnight then'.split(
		' '
	)
);

/** Auxiliaries between a subject and its verb ("Moscow has denied"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
	'has have had will would could may might did does'.split(' ')
);

/**
 * Nouns of an appositive that describe a place, not a person ("X, a major industrial city, was"):
 * a name they describe is no speaker even right after a verb of saying.
 */
export const PLACE_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(
	'city town village settlement hub centre center port capital stronghold outpost junction'.split(
		' '
	)
);

/**
 * Common given names of Ukraine and Russia in their usual English spellings, some of them also
 * places' names (Vladimir, Roman): before a capitalised word that names no place they begin a
 * person's name ("Roman Testenko said").
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
	(
		'vladimir volodymyr roman oleg oleh sergei sergey serhiy serhii ivan pavel pavlo yuri yuriy ' +
		'yurii mikhail mykhailo andrei andrey andriy andrii oleksandr alexander aleksandr alexei ' +
		'alexey oleksiy oleksii dmitry dmitri dmytro viktor vitaly vitaliy vitalii igor ihor maxim ' +
		'maksym denis denys nikolai nikolay mykola petro pyotr vasily vasyl anatoly anatoliy valery ' +
		'valeriy valerii gennady yevgeny yevhen evgeny kirill kyrylo ruslan taras bohdan borys boris ' +
		'leonid stanislav vyacheslav vadim vadym artem artyom anton arsen rustem ramzan yaroslav ' +
		'yulia yuliia olena elena iryna irina natalia nataliya tetiana tatiana svetlana svitlana ' +
		'maria mariya olga olha lyudmila liudmyla oksana kateryna ekaterina viktoria daria darya ' +
		'marina maryna nadiya'
	).split(' ')
);
