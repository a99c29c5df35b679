/**
 * The claimant vocabulary as words (named sources live in `geodata/claimants.tsv`): `nation`
 * entries are countries and their adjectives; `body` entries are generic bodies that default to a side only when no nation is named
 * ("the General Staff" alone is Ukraine's; "the Russian General Staff" is Russia's). Terms with a
 * capital letter match case-sensitively (acronyms such as `US`, `UN`); the rest ignore case.
 */
import type { ClaimantSide } from '../contract';
import { subsetOf } from './subset';

/** How specific a vocabulary term is; a more specific match decides the side. */
export const CLAIMANT_TIERS = ['nation', 'body'] as const;
export type ClaimantTier = (typeof CLAIMANT_TIERS)[number];

/** One vocabulary entry. */
export interface ClaimantTerm {
	term: string;
	side: Exclude<ClaimantSide, 'unattributed'>;
	tier: ClaimantTier;
}

const table: [ClaimantTier, Exclude<ClaimantSide, 'unattributed'>, string][] = [
	// Named sources (people, institutions, outlets) live in geodata/claimants.tsv; these are words.
	['nation', 'russia', "russian|russia|russia’s|russia's|moscow|russians|kremlin"],
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
		'general staff|regional administration|oblast administration|military administration|state emergency service|operational command|operational task force|operational-strategic group|operational strategic group|air force|border guard service|border guards|national police|prosecutor general|ombudsman|defence forces|defense forces|ground forces|command south|south command|southern command'
	]
];

/** Every term, tagged with its side and tier. */
export const CLAIMANT_VOCABULARY: readonly ClaimantTerm[] = table.flatMap(([tier, side, terms]) =>
	terms.split('|').map((term) => ({ term, side, tier }))
);

/**
 * Verbs that attribute a statement to their subject ("X said", "X pointed out"), as
 * regular-expression fragments: the extractor's one list of verbs of saying, which the named
 * subsets below and the verbs of `WEAK_CUE_VERBS`, `DOCUMENT_CUE_VERBS` (claimants.ts) are taken from.
 */
export const CUE_VERBS: readonly string[] = (
	'said|says|say|claimed|claims|claim|reported|reports|report|announced|announces|tweeted|tweets|stated|states|' +
	'revealed|reveals|affirmed|affirms|added|adds|wrote|writes|told|tells|confirmed|confirms|confirm|alleged|alleges|allege|' +
	'asserted|asserts|insisted|insists|insist|maintained|maintains|contended|contends|contend|argued|argues|countered|counters|' +
	'noted|notes|posted|posts|informed|stressed|observed|explained|warned|documented|documents|recorded|counted|logged|referred|refers|' +
	'estimated|estimates|assessed|assesses|acknowledged|acknowledges|admitted|admits|denied|denies|' +
	'dismissed|dismisses|refuted|refutes|rebutted|rebuts|rejected|rejects|' +
	'clarified|clarifies|summarized|summarised|summarizes|summarises|recalled|recalls|commented|' +
	'remarked|elaborated|' +
	'declared|declares|indicated|indicates|specified|published|publishes|updated|briefed|shared|reads|suggests|shows|' +
	'showed|suggested|repeated|reiterated|reiterates|named|listed|identified|hailed|hails|congratulated|praised|' +
	'touted|touts|boasted|boasts|bragged|brags|' +
	'pointed\\s+out|points\\s+out|emphasi[sz]ed|emphasi[sz]es|underlined|highlighted|described|describes|' +
	// An accusation asserts the event it accuses of ("X accused Ukraine of shelling Y").
	'accused|accuses|blamed|blames'
).split('|');

/**
 * The verbs of saying proper that a relative clause in commas may stand right before ("X, which
 * borders Y, said"): deliberately narrower than `CUE_VERBS`, the plain reporting verbs only; a
 * clause before any other cue verb ("denied", "listed") is not taken for an aside.
 */
export const ASIDE_CUE_VERBS: readonly string[] = subsetOf(
	CUE_VERBS,
	'said says told tells reported reports announced stated claimed added wrote'
);

/**
 * The verbs a headline names its source by ("Russia says …", "…, reports the Institute"):
 * deliberately narrower than `CUE_VERBS`, the headline's usual three in both tenses; a headline
 * with any other cue verb is not read as led by its source.
 */
export const HEADLINE_CUE_VERBS: readonly string[] = subsetOf(
	CUE_VERBS,
	'says said claims claimed reports reported'
);

/**
 * A source of both belligerents at once ("Russian and Ukrainian sources", "both sides", "Moscow and
 * Kyiv"): it speaks for no one side, so the sentence keeps whoever tells it.
 */
export const BOTH_BELLIGERENTS =
	/(?<![\p{L}])(?:(?:russian|russia['’]s|pro-russian)\s+(?:and|or|&)\s+(?:ukrainian|ukraine['’]s|pro-ukrainian)|(?:ukrainian|ukraine['’]s|pro-ukrainian)\s+(?:and|or|&)\s+(?:russian|russia['’]s|pro-russian)|(?:moscow|the\s+kremlin)\s+and\s+(?:kyiv|kiev)|(?:kyiv|kiev)\s+and\s+(?:moscow|the\s+kremlin)|(?:both|either|the\s+two|each)\s+sides?)(?![\p{L}])/iu;

/**
 * Words that mark an official or body as installed by Russia in occupied Ukraine: the side is
 * Russia's whatever place the title names ("the Russian-installed governor of X", "authorities in
 * the breakaway X republic", "the DPR health ministry", "the X district military-civilian
 * administration", the occupation's name for its offices; Ukraine's are "civil-military").
 */
export const OCCUPATION_MARKER =
	/(?<![\p{L}])(?:(?:russian|moscow|kremlin)[-\s](?:installed|appointed|backed|controlled|imposed|led|occupied)|pro-(?:russian|kremlin|moscow)|occupation|occupying|self-proclaimed|separatist|collaborationist|breakaway|rebel|(?:donetsk|luhansk|lugansk)\s+(?:people['’]s\s+)?republic|[DL][PN]R|military-civilian\s+administrations?)(?![\p{L}])/iu;

/** A place the sentence calls held by Russia ("the Russian-held town of X"): its unnamed offices are Russia's. */
export const RUSSIAN_HELD =
	/(?<![\p{L}])(?:Russian|Russia|Moscow)-(?:held|occupied|controlled)(?![\p{L}])/iu;

/**
 * The names the occupation gives the parts of Donetsk and Luhansk oblasts Russia holds: a sentence
 * that places an unnamed office there ("local authorities in the DPR said") means the one Russia
 * installed.
 */
export const OCCUPATION_STATE =
	/(?<![\p{L}])(?:DPR|LPR|DNR|LNR|(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic)(?![\p{L}])/u;

/**
 * What a reference subject ("he", "the ministry", "the governor") can stand for: `person` a person
 * named earlier; `body` an institution or office named earlier; `any` whoever spoke last;
 * `office` the holder of an office for the place the sentence is about; `document` footage, a map
 * or imagery without its author: the institution or assessor that analyses it.
 */
export type ReferenceKind = 'person' | 'body' | 'any' | 'office' | 'document';

/**
 * Subjects that refer to a claimant rather than name one, with what each can stand for (keys with
 * straight apostrophes; an office by its place word and title, "the regional head", is
 * `OFFICE_REFERENCE`'s).
 */
export const REFERENCE_SUBJECTS: ReadonlyMap<string, ReferenceKind> = new Map<
	string,
	ReferenceKind
>([
	...'he|she|the representative|the envoy|the adviser|the advisor|the aide|the deputy|the ombudsman|the official|the spokesman|the spokeswoman|the spokesperson|the general|the commander|the minister|the officer|the colonel|a spokesman|a spokeswoman|a spokesperson|the president|the prime minister|the foreign minister|the defence minister|the defense minister|the commander-in-chief|the chief|the leader'
		.split('|')
		.map((w) => [w, 'person'] as [string, ReferenceKind]),
	...'it|the armed forces|the defense forces|the defence forces|the air force|the navy|the ministry|the defence ministry|the defense ministry|the ministry of defence|the ministry of defense|the mod|the military|the army|the agency|the department|the command|the service|the statement|the report|the update|the briefing|the post|the message|the bulletin|the brigade|the group|the source|the headquarters|the think tank|the institute|the monitoring group|the assessment|the intelligence update|the intelligence|the review|the memo|the project'
		.split('|')
		.map((w) => [w, 'body'] as [string, ReferenceKind]),
	...'they|we|i|officials|the officials|military officials|sources|the sources|this information|the information|the note|the intelligence note'
		.split('|')
		.map((w) => [w, 'any'] as [string, ReferenceKind]),
	...'the governor|the acting governor|the mayor|the head|the head of the region|the head of the regional administration|the head of the administration|the head of the city|the administration|the authorities|local authorities|city authorities|regional authorities|local officials|regional officials|city officials|the city hall|officials there|authorities there|local authorities there'
		.split('|')
		.map((w) => [w, 'office'] as [string, ReferenceKind])
]);

/**
 * An office named by the kind of place it runs and its title, not by name: "the regional chief",
 * "the city's head", "the oblast governor", "the district authorities". Like "the governor", its
 * holder is the official of the place the sentence is about.
 */
export const OFFICE_REFERENCE =
	/^the\s+(?:regional|region's|oblast|local|city|city's|town|town's|district|district's|village|community|provincial|province's|municipal)\s+(?:chief|head|leader|governor|administrator|boss|mayor|authorities|officials|administration|council)$/u;

/**
 * A title that is an office of a place ("Kursk Governor X", "the mayor of Y"): its holder speaks
 * for the side that holds the place, when no other word says whose office it is.
 */
export const OFFICE_TITLE =
	/(?<![\p{L}])(?:governor|gov\.|mayor|regional head|head of the (?:[\p{L}’'-]+\s+){0,3}(?:region|oblast|city|town|village|community|district|administration|council)|authorities|administration|city council|village council|(?:local|regional|city|town|district|oblast|village|municipal)\s+officials?|officials\s+(?:in|of|from)\s+(?:[\p{L}’'-]+\s+){0,2}(?:\p{Lu}[\p{L}’'-]+)|prosecutors?|prosecutor's office|prosecutor’s office|police|rescuers|emergency services?|starosta|village head|community head)(?![\p{L}])/iu;

/** Words for a document, footage or analysis whose author is the claimant ("footage analyzed by X indicates"). */
export const EVIDENCE_NOUNS =
	/(?<![\p{L}])(?:release|statement|report|reports|post|tweet|update|briefing|bulletin|message|announcement|account|footage|imagery|images|video|analysis|assessment|review|memo|data|map|summary|photos|information|note)(?![\p{L}])/iu;

/** Pictures and maps: evidence an analyst shows, not a statement of its own ("geolocated footage shows"). */
export const VISUAL_EVIDENCE =
	/(?<![\p{L}])(?:footage|imagery|images|videos?|photos|photographs|maps?|satellite)(?![\p{L}])/iu;

/** The endings of a web address that names an outlet ("Testnews.net", "Newsline.ua"), in lower case. */
export const WEB_DOMAINS: readonly string[] = [
	'com',
	'net',
	'org',
	'info',
	'news',
	'ua',
	'ru',
	'io'
];

/**
 * A nation's forces gaining before an unqualified ministry's cue ("Russian troops have captured X,
 * the defence ministry said"): a ministry tells its own forces' captures, repulses and downings
 * (an advance or a strike may as well be the other side's report). Group 1 is the nation's word.
 */
export const OWN_FORCES_GAIN =
	/\b(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[\p{L}-]+\s+)?(?:troops|forces|army|units|soldiers|servicemen|military)\s+(?:(?:have|has|had)\s+)?(?:(?:also|now|successfully|reportedly)\s+)?(?:captured|took\s+(?:full\s+)?control|taken\s+(?:full\s+)?control|liberated|seized|retook|recaptured|repelled|repulsed|shot\s+down|downed)\b/u;
