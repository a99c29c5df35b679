/**
 * The claimant vocabulary as data: who a named source is, and which side it speaks for. `named`
 * entries are specific bodies, outlets and officials; `nation` entries are countries and their
 * adjectives; `body` entries are generic bodies that default to a side only when no nation is named
 * ("the General Staff" alone is Ukraine's; "the Russian General Staff" is Russia's). Terms with a
 * capital letter match case-sensitively (acronyms such as `US`, `UN`); the rest ignore case.
 */
import type { ClaimantSide } from '../contract';

/** How specific a vocabulary term is; a more specific match decides the side. */
export const CLAIMANT_TIERS = ['named', 'nation', 'body'] as const;
export type ClaimantTier = (typeof CLAIMANT_TIERS)[number];

/** One vocabulary entry. */
export interface ClaimantTerm {
	term: string;
	side: Exclude<ClaimantSide, 'unattributed'>;
	tier: ClaimantTier;
}

const table: [ClaimantTier, Exclude<ClaimantSide, 'unattributed'>, string][] = [
	[
		'named',
		'russia',
		"TASS|Tass|ria novosti|RIA|sputnik|interfax|zvezda|izvestia|kremlin|konashenkov|peskov|shoigu|gerasimov|putin|lavrov|zakharova|DPR|LPR|donetsk people’s republic|donetsk people's republic|luhansk people’s republic|luhansk people's republic|lugansk people's republic|pushilin|pasechnik|wagner|prigozhin|rosgvardia|ministry of defence of the russian federation|russian federation"
	],
	[
		'named',
		'ukraine',
		'zelensky|zelenskyy|zelenskiy|ukrinform|kuleba|reznikov|zaluzhny|zaluzhnyi|syrskyi|ihnat|podolyak|podoliak|arestovych|budanov|malyar|maliar|klitschko|SBU|armed forces of ukraine|ukrainska pravda|kyiv independent|suspilne'
	],
	[
		'named',
		'united_states',
		'pentagon|white house|state department|department of defense|department of defence|defense intelligence agency|defence intelligence agency|CIA|kirby|lloyd austin|secretary austin|blinken|biden|milley|national security council|EUCOM|US military|U.S. military|US officials'
	],
	[
		'named',
		'other',
		'institute for the study of war|ISW|NATO|UN|united nations|OHCHR|IAEA|OSCE|red cross|ICRC|amnesty international|human rights watch|reuters|associated press|AFP|BBC|ministry of defence of the united kingdom|UK ministry of defence|UK MoD|british ministry of defence|defence intelligence of the UK|UK defence intelligence|oryx|bellingcat|stoltenberg|guterres|european union|EU'
	],
	['nation', 'russia', "russian|russia|russia’s|russia's|moscow|russians"],
	['nation', 'ukraine', "ukrainian|ukraine|ukraine’s|ukraine's|kyiv|kiev|ukrainians"],
	['nation', 'united_states', 'US|U.S.|USA|united states|american|americans|washington'],
	[
		'nation',
		'other',
		'UK|U.K.|united kingdom|british|britain|german|germany|french|france|polish|poland|turkish|turkey|chinese|china|belarusian|belarus|israeli|european'
	],
	[
		'body',
		'ukraine',
		'general staff|regional administration|oblast administration|military administration|state emergency service|operational command|air force|border guard service|national police|prosecutor general|ombudsman'
	]
];

/** Every term, tagged with its side and tier. */
export const CLAIMANT_VOCABULARY: readonly ClaimantTerm[] = table.flatMap(([tier, side, terms]) =>
	terms.split('|').map((term) => ({ term, side, tier }))
);

/** Verbs that attribute a statement to their subject ("X said", "X claims", "X tweeted"). */
export const CUE_VERBS: readonly string[] = (
	'said|says|say|claimed|claims|claim|reported|reports|announced|announces|tweeted|tweets|stated|states|' +
	'revealed|reveals|affirmed|affirms|added|adds|wrote|writes|told|tells|confirmed|confirms|alleged|alleges|' +
	'asserted|asserts|insisted|insists|noted|notes|posted|posts|informed|stressed|observed|explained|warned|' +
	'estimated|estimates|assessed|assesses|acknowledged|acknowledges|admitted|admits|denied|denies|' +
	'declared|declares|indicated|indicates|specified|published|publishes|updated|briefed|shared'
).split('|');

/** Subjects that stand for an earlier claimant rather than naming one. */
export const PRONOUN_SUBJECTS: readonly string[] = [
	'he',
	'she',
	'they',
	'it',
	'we',
	'i',
	'the official',
	'the spokesperson',
	'the spokesman',
	'the spokeswoman',
	'the ministry',
	'the statement',
	'the report',
	'the agency',
	'the department',
	'the source'
];
