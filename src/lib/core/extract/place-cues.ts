/**
 * Cue patterns, as data, that say a place in a sentence is NOT where its event happened: places of
 * meetings, comparisons, aid and trade, stationing, launch sites, border lines and governments named
 * by their capital. Each is matched against the words just before (`before`) or after (`after`) the
 * mention, within its clause.
 */

/** One exclusion cue. */
export interface PlaceCue {
	name:
		| 'meeting'
		| 'comparison'
		| 'aid'
		| 'stationing'
		| 'origin'
		| 'border'
		| 'axis'
		| 'metonymy'
		| 'consequence'
		| 'clock'
		| 'seat';
	side: 'before' | 'after';
	pattern: RegExp;
	/** Whether an event verb between the cue and the place leaves the cue standing (a goal's verb). */
	overEvents?: true;
}

/** Every exclusion cue. `before` patterns are anchored at the mention; `after` at its end. */
export const PLACE_EXCLUSION_CUES: readonly PlaceCue[] = [
	{
		name: 'meeting',
		side: 'before',
		pattern:
			/\b(?:met|meet|meets|meeting|meetings|talks|negotiations|summit|conference|visit|visits|visited|visiting|trip|travell?ed|arrived|arriving|spoke|speaking|gathered|hosted|signed|interview|sidelines)\b[^.;!?]{0,100}?\b(?:in|at|to|from)\s+(?:the\s+)?$/i
	},
	{
		name: 'comparison',
		side: 'before',
		pattern:
			/\b(?:similar\s+to|like|unlike|as\s+in|compared\s+(?:to|with)|than\s+in|the\s+one\s+in|the\s+ones\s+in|reminiscent\s+of|as\s+happened\s+in)\b[^.;!?]{0,30}?$/i
	},
	{
		name: 'aid',
		side: 'before',
		pattern:
			/\b(?:exports?|exported|imports?|imported|aid|assistance|supplies|supplied|shipments?|shipped|deliveries|delivered|consumers|markets?|sent|donors?|sanctions|funding|funds)\b[^.;!?]{0,40}?\b(?:to|in|into|from|for|by)\s+(?:the\s+)?$/i
	},
	{
		// "ammunition for the Ukrainian army in X", "reinforcements sent to the troops in X": where
		// forces are supplied or sent to is a destination, not where the event happened.
		name: 'aid',
		side: 'before',
		pattern:
			/\b(?:for|to)\s+(?:the\s+)?(?:(?:Ukrainian|Russian|enemy|Kyiv['’]s|Moscow['’]s)\s+)?(?:army|troops|forces|military|units|group(?:ing)?(?:\s+of\s+(?:troops|forces))?|military\s+group(?:ing)?)\s+(?:in|on|at)\s+(?:the\s+)?$/iu
	},
	{
		name: 'stationing',
		side: 'before',
		pattern:
			/\b(?:stationed|based|deployed|headquartered|garrisoned|positioned|born|resides?|relocated|evacuated|fled|refugees?)\b[^.;!?]{0,30}?\b(?:in|at|near|to|on|along|from)\s+(?:the\s+)?$/i
	},
	{
		name: 'stationing',
		side: 'after',
		pattern:
			/^\s*,?\s*(?:where|in\s+which)\b[^.;!?]{0,40}?\b(?:stationed|based|deployed|garrisoned)\b/i
	},
	{
		// "launched from X", "fired from Cape X in occupied Y", "launched 18 drones from Cape X and
		// a missile from temporarily occupied Y": where weapons came from, and its area.
		name: 'origin',
		side: 'before',
		pattern:
			/\b(?:launched|fired|took\s+off|flew\s+in)\s+(?:[^.;!?\s]+\s+){0,16}?from\s+(?:the\s+)?(?:territory\s+of\s+|direction\s+of\s+|areas?\s+of\s+)?(?:(?:temporarily\s+)?occupied\s+|annexed\s+)?(?:(?:cape|airfield|air\s+base|airbase|airport|base|port|village|town|city|settlement)\s+(?:of\s+)?)?(?:(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:in|on|of)\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+|annexed\s+)?)?$|\bfrom\s+(?:the\s+)?territory\s+of\s+$/iu
	},
	{
		// "fired missiles from Russia's X Oblast and temporarily occupied Y", "launched from Cape Z
		// (Y) and the Russian city of W": every place of the list after "from" is a launch site.
		name: 'origin',
		side: 'before',
		pattern:
			/\b(?:launched|fired|took\s+off|flew\s+in)\s+(?:(?!launched|fired)[^.;!?\s]+\s+){0,16}?from\s+(?:(?:\p{Lu}[\p{L}’'-]*|\([^()]{0,40}\)|and|or|the|of|in|temporarily|occupied|annexed|territory|direction|areas?|cape|airfield|air|base|airbase|airport|port|village|town|city|settlement|region|oblast|province|Russian|Belarusian|Crimean),?\s+){1,14}\(?$/u
	},
	{
		// "at 08:00 Moscow time": a clock, not a place.
		name: 'clock',
		side: 'after',
		pattern: /^\s+time\b/u
	},
	{
		// "the Washington, D.C., think tank", "a Lypky newspaper": where a source sits.
		name: 'seat',
		side: 'after',
		pattern:
			/^(?:,\s*D\.\s?C\.,?)?\s+(?:think[\s-]tanks?|newspapers?|dail(?:y|ies)|broadcasters?|news\s+agenc(?:y|ies))\b/iu
	},
	{
		name: 'border',
		side: 'after',
		// "near the X-Y region border": the line between two regions, no place of either.
		pattern:
			/^(?:\s*[-–]\s*[\p{L}]+)?(?:\s+(?:region|oblast|regional|administrative)s?)?\s+(?:border|frontier)s?\b/iu
	},
	{
		// "towards the border with the X region", "the DPR's border with X", "the border with the
		// partially occupied X region", "near the border with Ukraine's X region".
		name: 'border',
		side: 'before',
		pattern:
			/\b(?:border|frontier|boundary)s?\s+(?:with|of)\s+(?:the\s+)?(?:\p{Lu}\p{L}+[’']s\s+)?(?:(?:(?:temporarily|partially|partly|fully)\s+)?(?:occupied|annexed)\s+)?$/iu
	},
	{
		// "the Lyman direction", "the Bakhmut–Toretsk axis", "the Orikhiv sector": a front, not a place.
		name: 'axis',
		side: 'after',
		pattern:
			/^(?:(?:\s*[-–—]\s*|\s*,\s*|\s+(?:and|or)\s+|\s*,\s*and\s+)\p{Lu}[\p{L}’'-]+){0,4}\s+(?:axis|axes|sector|sectors|direction|directions|front|fronts|operational\s+(?:zone|direction)|area\s+of\s+responsibility)\b/u
	},
	{
		// "in the direction of Testopol - Mockville": the far end of an axis drawn between two places.
		name: 'axis',
		side: 'before',
		pattern:
			/\bdirections?\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,2}?\p{Lu}[\p{L}’'-]*\s*[-–—]\s*$/u
	},
	{
		// "The capture of X would threaten Y", "X fell, which will let troops reach Y": what an
		// event would bring about happens nowhere yet ("may have hit Y" is a hedged past: no cue).
		name: 'consequence',
		side: 'before',
		pattern: /\b(?:would|will|could|might)\s+(?!have\b)(?:[^.;!?]{0,120}?)$/i
	},
	{
		// "attacked in order to establish control over X", "with the aim of reaching Y": a goal is no
		// place where anything happened yet. A goal that opens the sentence ends at its comma ("To
		// advance, troops shelled X": X is where they shelled); one later runs to the clause's end.
		name: 'consequence',
		side: 'before',
		pattern:
			/(?<!^\s*["“]?\s*)\b(?:in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:aim|goal|intention|purpose)\s+of)\s+[^.;!?]{0,160}$|^\s*["“]?\s*(?:in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:aim|goal|intention|purpose)\s+of)\s+[^.;!?,]{0,160}$/i,
		overEvents: true
	},
	{
		name: 'metonymy',
		side: 'after',
		pattern:
			/^(?:[’']s\s+(?:and\s+\p{Lu}\p{L}+[’']s\s+)?(?:[\p{L}-]+\s+)?(?:governments?|leadership|efforts?|position|policy|forces|army|armies|militar(?:y|ies)|troops|president|allies|support|aggression|invasion|war|goals|officials|ministry|defen[cs]es?|capacity|counterpart|claims?|advances?|gains|push|(?:counter-?)?offensive|demands|narrative|version|account)\b|-(?:controlled|held|occupied|backed|installed|appointed|led|based|annexed)\b|\s+(?:said|says|claims|claimed|announced|wants|insists|denied|denies|accused|hopes|supplies|supplied|agreed|believes|stated|warned|demanded|responded)\b|\s*,\s*(?:which|who)\s+(?:[\p{L}]+\s+){0,3}?(?:seized|captured|took|launched|claimed|said|denied|wants|insists|accused|ordered)\b)/iu
	},
	{
		name: 'metonymy',
		side: 'before',
		// "People in X" are where something happened to them ("killed two people in X"); only "the
		// people of X" stands for the place's population as a party.
		pattern:
			/\b(?:(?:needs|government|authorities|leadership|president|minister|ministry|embassy|ambassador|allies|interests|position|officials)\s+(?:of|in)|(?<!\d\s*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|several|many|more|other)\s+)(?:people|citizens)\s+of)\s+(?:the\s+)?$/i
	}
];

/** Separators between the items of a list of places ("A, B and C"): a later item shares the first one's fate. */
export const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/i;

/** Moved to the geocoder's lexicon, where `roles()` reads it; kept here under its old name. */
export { QUALIFIER_GAP } from '../geocode/lexicon';

/** "the north Testopol area", "the northern Kharkiv front": a compass word before a name and a zone word after it. */
export const COMPASS_BEFORE =
	/\b(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+$/i;
export const ZONE_AFTER = /^\s+(?:area|front|zone|grouping)\b/i;

/** "in the direction of Testopol - Mockville": the near end of an axis, a direction word before and a dash after. */
export const DIRECTION_OF_BEFORE = /\bdirections?\s+of\s+(?:the\s+)?$/i;
export const AXIS_DASH_AFTER = /^\s*[-–—]\s*\p{Lu}/u;
