/**
 * Event triggers as data: the verbs and nouns that say something happened, grouped by the kind of
 * action. The event type follows from the action and the items it acts on (see events.ts).
 */

/** Kinds of action a trigger expresses. */
export const ACTION_KINDS = ['strike', 'down', 'destroy', 'kill', 'control', 'combat'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** One trigger: a regular-expression source (no capturing groups), its action and a summary label. */
export interface Trigger {
	kind: ActionKind;
	pattern: string;
	/** The label used in summaries ("shelling", "airstrikes"); null: use the words as written. */
	label: string | null;
	/** Only a trigger when the sentence names a weapon ("missiles hit", not "hit by sanctions"). */
	needsWeapon?: boolean;
	/** Only a trigger for the counted items it acts on ("lost 30 tanks", not "lost hope"). */
	needsItem?: boolean;
	/**
	 * A ground assault or a strike, by the words around it: "attacks repelled near X" and "attacked
	 * towards X" are fighting; "attacked the city with drones" and "an attack on a village" strikes.
	 */
	groundOrStrike?: boolean;
	/** Only a trigger when a name follows (`NAME_AFTER`): "took Dubky", not "took part" or "took years". */
	needsNameAfter?: boolean;
}

/**
 * A name right after a verb, maybe as "the village of X": capitalised, not a possessive ("took
 * Kyiv's side") nor a day or a month. Case-sensitive, unlike the triggers.
 */
export const NAME_AFTER =
	/^\s+(?:the\s+(?:village|town|city|settlement|hamlet)\s+of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?![’']s\b|\s+(?:by\s+surprise|to\s+court|hostage|prisoner|captive)\b)/u;

/**
 * Nouns of fighting, and the adjectives that make them a report of fighting ("the fiercest battles");
 * not the battles of courts, parties and markets.
 */
const FIGHTING_NOUNS =
	'(?<!\\b(?:legal|political|court|courtroom|diplomatic|budget|trade|price|election|policy|bureaucratic|custody|media)\\s)(?:fighting|battles?|clash(?:es)?|combat)';
const FIGHTING_ADJECTIVES =
	'tense(?:st)?|fierce(?:st)?|heav(?:y|iest)|intense|hard(?:est)?|bloody|bloodiest|violent|ongoing|street|positional|active|close|fresh|renewed';
/** What an offensive is called when it is stopped ("halted the offensive of the invaders"). */
const OFFENSIVE_NOUNS =
	'(?:counter[-\\s]?)?offensives?|advances?|assaults?|attacks?|attempts?|breakthrough|push';
/** What forces attempt on the ground ("attempted to advance", "tried to storm"). */
const GROUND_MOVES =
	'advance|attack|assault|storm|break\\s+through|push|regain|recapture|capture|seize|infiltrate|encircle|dislodge|wedge|' +
	// "attempted to launch an offensive", "tried to conduct an attack": the attempt is the fighting.
	'(?:launch|conduct|mount|carry\\s+out|stage)\\s+(?:(?:an?|the|their|its|a\\s+new)\\s+)?(?:(?:ground|new|major|local)\\s+)?(?:counter[-\\s]?)?(?:offensives?|attacks?|assaults?)|go\\s+on\\s+the\\s+offensive|' +
	// The General Staff's "tried to improve the tactical position", "to knock out our units from X".
	'improve\\s+(?:(?:their|its|the)\\s+)?(?:tactical\\s+)?(?:positions?|situation)|knock\\s+out\\s+(?:[\\p{L}-]+\\s+){0,2}(?:units|troops|forces|defenders)';
/** How often or how an attempt was made ("attempted four times to advance", "tried again to"). */
const ATTEMPT_ADVERB =
	'(?:(?:once|twice|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\\s+times)|again|repeatedly|unsuccessfully|in\\s+vain)';
/** Who or what is held back in a report of fighting ("holding back the enemy"), not tears or aid. */
const OPPONENT =
	'(?:the\\s+)?(?:enemy|russian|ukrainian|occupiers|invaders|attackers|onslaught|offensive|advance|assaults?|attacks?|pressure|opponent)';
/** Buildings and works whose damage a war report tells of an attack. */
const BUILT_NOUNS =
	'houses?|homes?|buildings?|apartments?|households|high-rises?|schools?|hospitals?|kindergartens?|shops?|garages?|cars?|vehicles?|power\\s+lines?|gas\\s+pipelines?|substations?|roofs?|windows|fences?|facades?|outbuildings?|enterprises?|infrastructure|facilit(?:y|ies)|warehouses?|churche?s?';

/** Offensives that are no fighting. */
const NOT_MILITARY = '(?!(?:charm|diplomatic|media|propaganda|legal|peace|PR|public|marketing)\\b)';

/** The trigger vocabulary; earlier entries win at the same position. */
export const TRIGGERS: readonly Trigger[] = [
	// Fighting on the ground: repelled or stopped attacks, battles, offensives, held or improved lines.
	{
		kind: 'combat',
		pattern:
			'repel(?:led|ling|s)?|repuls(?:ed|ing|es|e)|fought\\s+off|fend(?:ed|ing|s)?\\s+off|beat(?:en)?\\s+(?:off|back)|counter[-\\s]?attack(?:ed|ing|s)?',
		label: null
	},
	{
		kind: 'combat',
		pattern: `(?:${FIGHTING_ADJECTIVES})\\s+(?:${FIGHTING_NOUNS})|(?:${FIGHTING_NOUNS}|hostilities|combat\\s+engagements?)\\s+(?:(?:still|also|now)\\s+)?(?:(?:took|(?:have|has|had)\\s+taken)\\s+place|(?:has\\s+|have\\s+)?(?:continued|continues?|raged?|intensified|erupted|broke\\s+out)|(?:is|are|were|was|(?:has|have|had)\\s+been)\\s+(?:(?:still|also|now)\\s+)?(?:ongoing|underway|taking\\s+place|going\\s+on|raging|continuing)|taking\\s+place)|(?:${FIGHTING_NOUNS})\\s+(?:near|around|not\\s+far\\s+from|on\\s+the\\s+outskirts\\s+of|in\\s+the\\s+areas?\\s+of)|fighting\\s+to\\s+(?:hold|maintain|keep|retain)`,
		label: null
	},
	{
		kind: 'combat',
		pattern: `(?:hold(?:ing|s)?|held)\\s+back\\s+${OPPONENT}|push(?:ed|ing)?\\s+back|(?:push(?:ed|ing)?|drove|driven|threw|thrown)\\s+${OPPONENT}(?:\\s+(?:units|forces|troops))?\\s+back|drove\\s+back|driven\\s+back|broke\\s+through|broken\\s+through|break(?:ing|s)\\s+through|breakthrough|contain(?:ed|ing|s)?\\s+${OPPONENT}`,
		label: null
	},
	{
		kind: 'combat',
		pattern: `(?:stopped|halted|thwarted|foiled|disrupted|frustrated)\\s+(?:(?:the|an?|all|their|its|enemy|russian|ukrainian)\\s+)*(?:[\\p{L}’'-]+\\s+)?(?:${OFFENSIVE_NOUNS}|enemy)|(?:${OFFENSIVE_NOUNS})(?:\\s+(?:of|by)\\s+(?:the\\s+)?[\\p{L}-]+)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:stopped|halted|thwarted|foiled)`,
		label: null
	},
	{
		kind: 'combat',
		pattern: `offensive\\s+(?:operations?|actions?|attempts?|efforts?|pushes)|(?:assault|storming|breakthrough)\\s+attempts?|(?:attempted|launch(?:ed|ing)?|conduct(?:ed|ing)?|mount(?:ed|ing)?|resumed|continued|press(?:ed|ing)?)\\s+(?:(?:an?|the|their|its|a\\s+new)\\s+)?${NOT_MILITARY}(?:[\\p{L}-]+\\s+)?(?:counter[-\\s]?)?(?:offensives?|assaults?)|(?:attempt(?:ed|ing|s)?|tried|trying|tries)\\s+(?:${ATTEMPT_ADVERB}\\s+)?to\\s+(?:${GROUND_MOVES})|attempts?\\s+(?:by\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:forces|troops|units|enemy|occupiers|invaders|army|soldiers)\\s+)?to\\s+(?:${GROUND_MOVES})`,
		label: null
	},
	// "The situation was the hottest near X", "fighting is most intense around Y": where it is fought.
	{
		kind: 'combat',
		pattern: `(?:${FIGHTING_NOUNS}|(?<=\\bthe\\s+(?:(?:operational|military|combat|tactical)\\s+)?)situation)\\s+(?:was|is|remains|remained|has\\s+been)\\s+(?:the\\s+)?(?:most\\s+)?(?:hottest|hot|tensest|tense|intense|fiercest|heaviest)(?=\\s+(?:near|in|around|along|at|on\\s+the\\s+outskirts\\s+of)\\b)`,
		label: null
	},
	{
		kind: 'combat',
		pattern:
			'improv(?:ed|ing|es?)\\s+(?:(?:their|its|our|the)\\s+)?(?:(?:tactical|forward)\\s+(?:positions?|situation)|positions|(?:position|situation)\\s+(?:along|near|at|on)\\s+the\\s+(?:front|line))',
		label: null
	},
	// "Troops were holding on to their positions in X": a defence told as positions kept.
	{
		kind: 'combat',
		pattern:
			'(?:hold(?:ing|s)?|held|maintain(?:ed|ing|s)?|kept|keeping)\\s+(?:on\\s+to\\s+)?(?:their|its|our)\\s+(?:defensive\\s+)?positions',
		label: null
	},
	// "The offensive on X has largely stalled": an offensive that stalls is fought where it stalls.
	{
		kind: 'combat',
		pattern: `(?<=\\b(?:${OFFENSIVE_NOUNS})\\b[^.;!?]{0,100})(?:has|have|had|is|are|was|were)\\s+(?:(?:largely|likely|probably|now|effectively|reportedly|all\\s+but|almost|nearly)\\s+)*(?:stalled|stalling|ground\\s+to\\s+a\\s+halt|faltered|culminated|stagnated)`,
		label: 'offensive'
	},
	// "Russia has shifted its operational focus towards X": where a side now fights.
	{
		kind: 'combat',
		pattern:
			'shift(?:ed|ing|s)?\\s+(?:its|their|the)\\s+(?:main\\s+)?(?:operational\\s+|military\\s+|offensive\\s+)?(?:focus|effort|efforts|main\\s+effort)\\s+(?:towards?|to)\\b',
		label: null
	},
	// "The offensive also continues in X": an offensive going on is fighting where it goes on.
	{
		kind: 'combat',
		pattern:
			'(?:counter[-\\s]?)?offensives?\\s+(?:(?:also|still|now)\\s+)?(?:continues?|continued|is\\s+continuing|goes\\s+on|went\\s+on|(?:is|was)\\s+(?:ongoing|underway))',
		label: 'offensive'
	},
	// "Confirmed gains in the X area", "recent advances near Y": gains stated as a noun.
	{
		kind: 'control',
		pattern:
			"(?:confirmed|recent|marginal|tactical|territorial|further|new|gradual)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:gains|advances)\\s+(?:in|near|around|towards?|along)\\b",
		label: 'gains'
	},
	{
		kind: 'strike',
		pattern: '(?:heavy\\s+)?artillery\\s+(?:fire|strikes?|shelling|attacks?|barrages?)',
		label: 'artillery fire'
	},
	{
		kind: 'strike',
		pattern:
			'air\\s*strikes?|air[\\s-]+raids?(?![\\s-]+(?:alerts?|sirens?|warnings?|shelters?|alarms?))|aerial\\s+bombardments?',
		label: 'airstrikes'
	},
	{
		kind: 'strike',
		pattern: '(?:missile|rocket|drone|cruise\\s+missile)\\s+(?:strikes?|attacks?)',
		label: null
	},
	{
		kind: 'strike',
		pattern:
			'shell(?:ed|ing|s)?|firing\\s+(?:on|at|upon)|fired\\s+(?:on|at|upon)|(?<!\\b(?:a|the)\\s)fire\\s+(?:on|at|upon)|opened\\s+fire|(?<![\\p{L}])under\\s+(?:the\\s+)?(?:enemy|hostile|russian|ukrainian)\\s+(?:(?:artillery|mortar|rocket|heavy)\\s+)?fire(?![\\p{L}])|(?:came|come|comes|coming|were|was|is|are|remain(?:s|ed)?|(?:has|have)\\s+been)\\s+under\\s+(?:(?:enemy|hostile|heavy|intense|constant|continuous|massive|renewed|artillery|mortar|rocket|russian|ukrainian)\\s+){0,3}fire(?!\\s+(?:for|over)\\b(?!\\s+(?:almost|about|nearly|more\\s+than|several|hours|days|minutes|an?\\s+hour|\\d+|one|two|three|four|five|six)\\b))(?!\\s+from\\s+(?:critics|opponents|lawmakers|activists|allies|commentators|the\\s+opposition|rights\\s+groups))',
		label: 'shelling'
	},
	{ kind: 'strike', pattern: 'bomb(?:ed|ing|ings|arded|ardment|ardments)', label: 'bombing' },
	// "the strike was carried out by X", "conducted a missile strike": a strike said of its doer.
	{
		kind: 'strike',
		pattern:
			'strikes?\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:executed|carried\\s+out|launched|delivered|conducted|inflicted|made)|(?:carried\\s+out|delivered|conducted|inflicted|executed)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?strikes?',
		label: 'strike'
	},
	{
		kind: 'strike',
		pattern: 'struck|strik(?:es|ing)|strike\\s+(?:on|against)|pounded|pounding',
		label: 'strikes'
	},
	{
		kind: 'strike',
		// Not a heart attack, a cyber attack or an attack on someone's reputation; "attacking" as a
		// verb ("troops are attacking near X"), not as the adjective of "the attacking units".
		pattern:
			'(?<!\\b(?:heart|cyber|hacker|verbal|panic|counter)\\s)(?:attack(?:ed|s)?|(?<!\\b(?:the|an?|its|their|his|her)\\s)attacking)',
		label: 'attack',
		groundOrStrike: true
	},
	{
		kind: 'combat',
		pattern:
			'(?<!\\b(?:sexual|physical|verbal|indecent|aggravated)\\s)assault(?:ed|s)?|storm(?:ed|ing)(?!\\s+(?:out|off))',
		label: 'attack',
		groundOrStrike: true
	},
	// The Air Force's "hits were recorded in X": a strike whose weapon the sentence need not name.
	{
		kind: 'strike',
		pattern:
			'(?:hits|impacts)\\s+(?:(?:were|was|have\\s+been)\\s+)?(?:recorded|registered|reported)',
		label: 'strikes'
	},
	// "explosions rocked X", "loud explosions near Y": a strike as witnesses report it.
	{
		kind: 'strike',
		pattern:
			'(?:powerful|loud|large|massive|several|multiple|series\\s+of)\\s+(?:explosions|blasts)|(?:report(?:ed|s)?|heard|recorded|registered)\\s+(?:(?:an?|several|multiple|two|three|\\d+|loud|powerful|large|massive|series\\s+of)\\s+){0,2}(?:explosions?|blasts?)|(?:explosions|blasts)\\s+(?:were\\s+|was\\s+)?(?:heard|reported|recorded|rocked|rang\\s+out|thundered|hit|shook|occurred|took\\s+place)',
		label: 'explosions'
	},
	{ kind: 'strike', pattern: 'hit|hits|hitting', label: 'strikes', needsWeapon: true },
	// "The settlements of A and B were targeted": a place said to be a target was struck; said of
	// a doer ("the army targeted A"), only with a weapon named (not "targeted sanctions").
	{
		kind: 'strike',
		pattern:
			'(?:was|were|been|being|is|are)\\s+(?:(?:also|again|repeatedly|reportedly|deliberately)\\s+)?targeted(?!\\s+(?:by|with)\\s+(?:sanctions|criticism|a\\s+campaign))',
		label: 'strikes'
	},
	{ kind: 'strike', pattern: 'targeted|targeting', label: 'strikes', needsWeapon: true },
	// "a drone crashed into an office building": a weapon that crashes into something struck it.
	{
		kind: 'strike',
		pattern: '(?:crashed|crashes|crashing|slammed|slams|smashed|ploughed|plowed)\\s+into',
		label: 'strikes',
		needsWeapon: true
	},
	// "Four houses were damaged in X", "damaged two schools": damage to buildings in a war report is
	// a strike's, whether or not the sentence names the weapon.
	{
		kind: 'strike',
		pattern: `(?:${BUILT_NOUNS})\\s+(?:(?:were|was|have\\s+been|has\\s+been|had\\s+been|got)\\s+)?(?:(?:also|partially|partly|badly|seriously|heavily)\\s+)?damaged|damag(?:ed|ing)\\s+(?:(?:the|a|an|two|three|four|five|six|several|many|\\d+|private|residential|apartment|multi-storey|high-rise)\\s+){0,3}(?:${BUILT_NOUNS})`,
		label: 'damage'
	},
	// "there is damage in the city of X", "damage was recorded in two districts": damage at a place.
	{
		kind: 'strike',
		pattern:
			'(?:there\\s+(?:is|was|has\\s+been|have\\s+been)|report(?:ed|s)?|recorded|registered)\\s+(?:(?:some|minor|major|serious|significant|also)\\s+)?damage\\s+(?:in|to|at)|damage\\s+(?:was|has\\s+been)\\s+(?:reported|recorded|caused|registered)\\s+(?:in|to|at)|(?:resulted\\s+in|result(?:s|ing)?\\s+in|caused|causing|left|inflicted)\\s+(?:(?:some|minor|major|serious|significant|heavy)\\s+)?damage\\s+(?:in|to|at)',
		label: 'damage'
	},
	{
		kind: 'strike',
		pattern:
			'launched|launches|fired|dropped|drops|dropping|sent|sends|detonated|exploded|blew\\s+up\\s+(?:in|on|over|near|at)',
		label: 'strikes',
		needsWeapon: true
	},
	// "forty shells fell on X", "a missile landed near Y": a weapon's fall is a strike.
	{
		kind: 'strike',
		pattern:
			'(?<=\\b(?:shells?|missiles?|rockets?|bombs?|projectiles?|munitions?|drones?|UAVs?)\\b[^.;:]{0,20}?)(?:fell|landed)\\s+(?:on|in|near|at|onto)',
		label: 'strikes'
	},
	// Briefings' "manpower and hardware were defeated / engaged in the areas of X", "defeated
	// formations of two brigades near Y", "units of a brigade were defeated near Z": fire on them.
	{
		kind: 'strike',
		pattern:
			'(?<=\\b(?:manpower|hardware|accumulations?|concentrations?|clusters)\\b[^.;:]{0,120}?)(?:defeated|engaged)|(?:defeated|engaged)(?=\\s+(?:(?:the|enemy|ukrainian|russian)\\s+)*(?:manpower|hardware|accumulations?|concentrations?|clusters|formations)\\b)|(?<=\\b(?:units|formations|brigades?|regiments?|battalions?)\\b[^.;:]{0,120}?(?:were|was|have\\s+been|has\\s+been)\\s+)defeated',
		label: 'strikes'
	},
	// "The affected villages were X and Y", "Other affected towns include: Z", "hamlets affected by
	// the shelling": a report's list of the places its attacks hit.
	{
		kind: 'strike',
		pattern:
			'affected(?=\\s+(?:settlements|villages|towns|localities|communities|hromadas)\\s+(?:include[sd]?|were|are)\\b)|(?<=\\b(?:settlements|villages|towns|localities|communities|hromadas)\\s+)affected(?=\\s+(?:by\\s+(?:the\\s+)?(?:enemy\\s+|russian\\s+|ukrainian\\s+)?(?:shelling|attacks?|strikes?|fire|bombardment)|\\s+(?:include[sd]?|were|are)\\b))',
		label: 'strikes'
	},
	// "debris of a downed drone damaged a house": what falls of a weapon is a strike on where it falls.
	{
		kind: 'strike',
		pattern:
			'(?:falling|fallen)\\s+(?:(?:drone|missile|rocket|uav)\\s+)?(?:debris|fragments|wreckage)|(?:debris|fragments|wreckage)\\s+(?:of|from|fell|damaged|hit|caused|injured|struck|sparked)',
		label: 'falling debris',
		needsWeapon: true
	},
	{
		kind: 'down',
		pattern:
			'shot\\s+down|shoot(?:ing|s)?\\s+down|downed|brought\\s+down|intercept(?:ed|ing|s)?|neutrali[sz](?:ed|ing)',
		label: null
	},
	{
		kind: 'destroy',
		pattern:
			'destroy(?:ed|ing|s)?|destruction\\s+of|obliterat(?:ed|ing|es)|annihilat(?:ed|ing|es)|knocked\\s+out|wiped\\s+out|disabled|demolished|burn(?:ed|t)\\s+out|bl(?:ew|own|ows?|owing)\\s+up',
		label: 'destroyed'
	},
	{
		kind: 'kill',
		pattern:
			'inflict(?:ed|ing|s)?\\s+(?:(?:heavy|significant|serious|considerable|major|great)\\s+)?(?:losses|casualties)|kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing|ies)|died|dead|deaths?|fatalit(?:y|ies)|casualties|lost\\s+their\\s+lives|claim(?:ed|ing|s)\\s+the\\s+lives?|claim(?:ed|ing|s)\\s+(?:[\\w,-]+\\s+){1,3}?lives|eliminat(?:ed|ing)|surrender(?:ed|ing)|laid\\s+down\\s+(?:their\\s+)?arms|(?:taken|were\\s+taken|was\\s+taken)\\s+(?:as\\s+)?prisoners?|(?:taken|were\\s+taken|was\\s+taken)\\s+captive',
		label: null
	},
	{
		kind: 'control',
		pattern:
			"controls|controlled|control\\s+(?:of|over)|(?:control|controlling)(?=\\s+(?:(?:the|a)\\s+)?(?:(?:western|eastern|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western)\\s+(?:part|parts|half|outskirts|districts?|side|bank)|most|much|part|parts|all|half|about|nearly|almost|\\d))|under\\s+(?:(?:full|the)\\s+)?(?:ukrainian|russian|our|enemy|its|their|kyiv[’']s|moscow[’']s)\\s+(?:military\\s+)?(?:control|jurisdiction)|(?:no\\s+longer|still|now|fully|effectively)\\s+control|in\\s+control|took\\s+control|taken\\s+control|captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|ure)|liberat(?:ed|es|ing|ion)|recaptur(?:ed|es|ing|e)|retook|retaken|withdr(?:ew|awn|aw|awing|awal)|retreat(?:ed|ing)|occup(?:ied|ies|ying|y)|encircl(?:ed|ing)|advanc(?:ed|ing|es)\\s+(?:(?:further|slightly|marginally|up\\s+to\\s+)?(?:[\\d.,]+|one|two|three|several)\\s*(?:-\\s*)?(?:km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?)\\s+)?(?:on|towards?|into|near|in|to|around|along|within|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ward)?)\\b|(?<=\\b(?:their|its|the|a|Russian|Ukrainian|russian|ukrainian|further|rapid|slow|steady|continued)\\s+(?:[\\p{L}-]+\\s+)?)advance\\s+(?:on|towards?|into)\\b|(?<=\\b(?:forces|troops|units|soldiers|army|positions|they)\\b[^.;:]{0,40})within\\s+(?:about\\s+|some\\s+|roughly\\s+)?(?:[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few)\\s*(?:-\\s*)?(?:km|kilomet(?:er|re)s?|miles?)\\s+of\\b|regain(?:ed|ing|s)?\\s+(?:(?:full\\s+)?control|(?:lost\\s+)?(?:positions?|ground|territor(?:y|ies))|(?:the\\s+)?(?:villages?|towns?|cit(?:y|ies)|settlements?))|(?:(?:have|has|had)|(?:forces|troops|units|soldiers|servicemen))\\s+entered(?!\\s+(?:into|force|service|office|talks|negotiations|the\\s+(?:market|race|talks|war|conflict)))|achiev(?:ed|es|ing)\\s+(?:(?:some|partial|tactical|further|new|certain|unspecified|limited|local|marginal|minor)\\s+){0,2}(?:success(?:es)?|progress)(?=\\s+(?:near|in|at|around|south|north|east|west|on|to\\s+the\\s+(?:south|north|east|west)))|(?:expell(?:ed|ing)|ous?ted|drove|driven)\\s+(?:(?:the|all|enemy|ukrainian|russian)\\s+)*(?:[\\p{L}-]+\\s+)?(?:troops|forces|units|formations|militants|fighters|soldiers|servicemen|enemy)\\s+(?:out\\s+of|from)|entered\\s+(?:the\\s+)?(?:outskirts|village|town|city|settlement|centre|center)|clear(?:ed|ing)\\s+(?:the\\s+)?(?:village|town|settlement|area|territory)\\s+of|mop(?:ping|ped|s)?[\\s-]+up(?=\\s+(?:(?:the|enemy|ukrainian|russian|remaining|isolated|encircled|trapped)\\s+)*(?:remnants?|troops|units|forces|groups|pockets|militants|fighters|resistance|formations|enemy)\\b|\\s+operations?\\b)|continu(?:e|es|ed|ing)\\s+to\\s+advance\\s+(?:(?:further|slowly|steadily)\\s+)?(?:on|towards?|into|near|in|around|along)\\b|mov(?:e|es|ed|ing)\\s+(?:deeper|further)\\s+(?:towards?|into)|push(?:ed|ing|es)?\\s+(?:(?:further|deeper|east|west|north|south)\\s+)?(?:towards?|into)(?!\\s+(?:the\\s+)?(?:talks|negotiations|peace|a\\s+corner|a\\s+deal|agreements?|recession|debt|poverty|default))|fell\\s+to\\s+(?:the\\s+)?(?:russian|ukrainian|enemy|russia|ukraine|moscow|kyiv)|fall\\s+of|gr[ae]y\\s+(?:area|zone)|foothold|(?:secur(?:ed|es|ing)|establish(?:ed|es|ing)|expand(?:ed|s|ing)|widen(?:ed|s|ing)|h[eo]ld(?:s|ing)?)\\s+(?:(?:a|the|their|its|our)\\s+)?(?:[\\p{L}-]+\\s+)?bridgeheads?|(?:made|making|make)\\s+(?:(?:marginal|minor|small|tactical|further|significant|confirmed|territorial)\\s+)*(?:gains|advances)(?=\\s+(?:near|towards?|around|along|of\\s+up\\s+to|(?:north|south|east|west)\\w*|in\\s+the\\s+(?:direction|area|vicinity)))|(?:has|have|had)\\s+been\\s+taken(?!\\s+(?:to|into|away|out|off|from|prisoner|captive|hostage|aback|part|care|seriously|place))|(?:was|were)\\s+taken(?=\\s+(?:by|under)\\s|\\s*[.;]|\\s*$)|(?:took|taken)\\s+(?:full\\s+)?(?:(?:the|their|its|a|another)\\s+)?(?:(?:first|second|third|last|two|three|four|five|several)\\s+)?(?:villages?|towns?|cit(?:y|ies)|settlements?|hamlets?)(?!\\s+(?:hall|halls|council|councils|square|bus|buses))(?:\\s+of)?",
		label: null
	},
	// "Troops took Dubky", "claimed to have taken Lypky": taking a named place is its capture.
	{ kind: 'control', pattern: 'took|taken', label: 'took', needsNameAfter: true },
	{ kind: 'destroy', pattern: 'lost|losing|loses|losses', label: 'lost', needsItem: true }
];

/**
 * Words around an attack without a weapon that make it a ground assault: failure or repulse anywhere in
 * the sentence, or a direction, an area or positions right after it ("attacked towards X", "attacks in
 * the areas of X", "attacked in the X area", "attacked the defenders' positions", "attacks on the positions
 * of X"); infantry and brigades as the attackers.
 */
export const GROUND_ATTACK_CUES =
	/\b(?:unsuccessful(?:ly)?|fruitless(?:ly)?|in\s+vain|repel|repuls|fought\s+off|beat(?:en)?\s+back|infantry|mechani[sz]ed|airborne|brigades?|battalions?|assault\s+(?:groups?|teams?|units?)|offensive|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:city|town|village|settlement|\p{Lu}[\p{L}’'-]+)\s+near)/iu;
/**
 * The words right after an attack that make it a ground assault (a direction, an area, positions);
 * not a time ("attacked at around 13:15").
 */
export const GROUND_ATTACK_AFTER =
	/^\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:(?:[\p{L}\p{N}-]+\s+)?(?:times?\s+)?(?:(?:near|around|towards?|outside)(?!\s+\d)|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|on\s+the\s+outskirts|in\s+the\s+directions?\s+of|in\s+the\s+areas?\s+of|in\s+the\s+vicinity\s+of|in\s+the\s+(?:[\p{L}'’-]+\s+){1,4}(?:areas?|directions?|sectors?))\b|(?:on\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?positions\b)/iu;

/** Words before a trigger (in the same clause) that deny, negate or make it hypothetical. */
export const NEGATION_PATTERN =
	"\\b(?:not|never|no|denied|denies|deny|denying|refuted|rejected|false(?:ly)?|failed\\s+to|fail\\s+to|without|threaten(?:ed|s)?\\s+to|plans?\\s+to|planning\\s+to|would|could|might|may|will|if|unless|attempt(?:ed|ing)?\\s+to|tried\\s+to|struggl(?:ed|es|ing)\\s+to)\\b|n[’']t\\b";

/** Words before a past participle that make it an adjective ("in occupied X", "the liberated town"). */
export const ADJECTIVE_BEFORE =
	/(?:^|\s)(?:in|of|the|a|an|from|into|across|over|temporarily|newly|recently|already|russian-|previously)\s*$/i;

/**
 * Infrastructure a strike puts out of action ("destroyed six traction substations", "destroyed the
 * energy infrastructure of X"): destroyed, it is told as an attack, not as materiel lost.
 */
export const INFRASTRUCTURE_DESTROYED =
	/(?<![\p{L}])(?:(?:traction|electric(?:al)?|power)\s+)?substations?|(?:energy|power|electricity|critical|railway|rail|transport|military)\s+(?:infrastructure|facilit(?:y|ies))|infrastructure\s+(?:facilit(?:y|ies)|objects?)|power\s+(?:plants?|stations?|lines?)(?![\p{L}])/iu;
