/**
 * Event triggers as data: the verbs and nouns that say something happened, grouped by the kind of
 * action. The event type follows from the action and the items it acts on (see events.ts).
 */

/** Kinds of action a trigger expresses. */
export const ACTION_KINDS = ['strike', 'down', 'destroy', 'kill', 'control'] as const;
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
}

/** The trigger vocabulary; earlier entries win at the same position. */
export const TRIGGERS: readonly Trigger[] = [
	{
		kind: 'strike',
		pattern: '(?:heavy\\s+)?artillery\\s+(?:fire|strikes?|shelling|attacks?|barrages?)',
		label: 'artillery fire'
	},
	{
		kind: 'strike',
		pattern: 'air\\s*strikes?|air\\s+raids?|aerial\\s+bombardments?',
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
			'shell(?:ed|ing|s)?|firing\\s+(?:on|at|upon)|fired\\s+(?:on|at|upon)|fire\\s+(?:on|at|upon)|opened\\s+fire',
		label: 'shelling'
	},
	{ kind: 'strike', pattern: 'bomb(?:ed|ing|ings|arded|ardment|ardments)', label: 'bombing' },
	{
		kind: 'strike',
		pattern: 'struck|strik(?:es|ing)|strike\\s+(?:on|against)|pounded|pounding',
		label: 'strikes'
	},
	{ kind: 'strike', pattern: 'attack(?:ed|s)?|assault(?:ed)?', label: 'attack' },
	{ kind: 'strike', pattern: 'hit|hits', label: 'strikes', needsWeapon: true },
	{ kind: 'strike', pattern: 'launched|launches|fired', label: 'strikes', needsWeapon: true },
	{
		kind: 'down',
		pattern:
			'shot\\s+down|shoot(?:ing|s)?\\s+down|downed|brought\\s+down|intercept(?:ed|ing|s)?|neutrali[sz](?:ed|ing)',
		label: null
	},
	{
		kind: 'destroy',
		pattern:
			'destroy(?:ed|ing|s)?|destruction\\s+of|knocked\\s+out|wiped\\s+out|disabled|demolished|burn(?:ed|t)\\s+out',
		label: 'destroyed'
	},
	{
		kind: 'kill',
		pattern:
			'kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing|ies)|died|dead|deaths?|casualties|lost\\s+their\\s+lives|eliminat(?:ed|ing)',
		label: null
	},
	{
		kind: 'control',
		pattern:
			'controls|controlled|control\\s+(?:of|over)|in\\s+control|took\\s+control|taken\\s+control|captur(?:ed|es|ing|e)|seiz(?:ed|es|ing)|liberat(?:ed|es|ing)|recaptur(?:ed|es|ing)|retook|retaken|withdr(?:ew|awn|aw|awing)|retreat(?:ed|ing)|occup(?:ied|ies|ying)|encircl(?:ed|ing)|advanc(?:ed|ing)\\s+(?:on|towards?|into|near|in|to)',
		label: null
	},
	{ kind: 'destroy', pattern: 'lost|losing|loses', label: 'lost', needsItem: true }
];

/** Words before a trigger (in the same clause) that deny, negate or make it hypothetical. */
export const NEGATION_PATTERN =
	"\\b(?:not|never|no|denied|denies|deny|denying|refuted|rejected|false(?:ly)?|failed\\s+to|fail\\s+to|without|threaten(?:ed|s)?\\s+to|plans?\\s+to|planning\\s+to|would|could|might|may|will|if|unless|attempt(?:ed|ing)?\\s+to|tried\\s+to)\\b|n[’']t\\b";

/** Words before a past participle that make it an adjective ("in occupied X", "the liberated town"). */
export const ADJECTIVE_BEFORE =
	/(?:^|\s)(?:in|of|the|from|into|across|over|temporarily|newly|recently|already|russian-|previously)\s*$/i;
