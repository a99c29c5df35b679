/** Cue phrases before a mention and abbreviations that name a region. */
import { DISTRICT_UNIT_WORDS } from '../../names/normalise';

/** Cue phrases before a mention (lower case, longest first) and what they say about it. */
export const CUE_PHRASES: readonly { words: string[]; near: boolean; settlement: boolean }[] = [
	['near', 'the', 'village', 'of'],
	['near', 'the', 'city', 'of'],
	['near', 'the', 'town', 'of'],
	['near', 'the', 'settlement', 'of'],
	['near', 'the', 'settlements', 'of'],
	['near', 'the', 'villages', 'of'],
	['in', 'the', 'area', 'of'],
	['not', 'far', 'from'],
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
		'far',
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

/** "The people's republics of X and Y": the plural alone, since "the Republic of X" names a country. */
export const REPUBLICS_WORD = 'republics';

/** Words after a name that make it a district or a community. */
export const DISTRICT_WORDS: ReadonlySet<string> = new Set([
	...DISTRICT_UNIT_WORDS,
	'community',
	'communities',
	'hromada',
	'hromadas'
]);

/** Words that say which kind of district a district word names ("Y urban district"). */
export const DISTRICT_KIND_ADJECTIVES: ReadonlySet<string> = new Set([
	'urban',
	'municipal',
	'rural'
]);

/** A settlement's own kind word after its name ("Lypove village, Kherson region"). */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set([
	'village',
	'town',
	'city',
	'settlement',
	'hamlet'
]);

/**
 * Words that may stand between a country's or region's name and a settlement word ("the Russian
 * border village of X", "the Testov frontier town of X").
 */
export const SETTLEMENT_DESCRIBERS: ReadonlySet<string> = new Set([
	'border',
	'borderline',
	'frontier',
	'small',
	'tiny',
	'remote'
]);

/** Words after a name that put the claim around the place ("X area", "the X direction"). */
export const NEAR_AFTER: ReadonlySet<string> = new Set([
	'area',
	'direction',
	'directions',
	'outskirts',
	'axis',
	'sector',
	'front',
	'environs'
]);

/** Cue words that name a hromada (territorial community) rather than a raion. */
export const COMMUNITY_CUES: ReadonlySet<string> = new Set([
	'community',
	'communities',
	'hromada',
	'hromadas'
]);

/** Words after a name that make it a military axis ("the Dubky direction"): named after towns. */
export const AXIS_CUES: ReadonlySet<string> = new Set([
	'direction',
	'directions',
	'axis',
	'axes',
	'sector',
	'front'
]);

/** Cues after which only a town is read from weak evidence ("shelling of lviv"). */
export const TOWN_CUES: ReadonlySet<string> = new Set([
	'of',
	'on',
	'from',
	'to',
	'into',
	'towards',
	'toward'
]);

/** One-word cues that put a place right after them (besides settlement and "near" cues). */
export const SLIP_CUES: ReadonlySet<string> = new Set([
	'in',
	'at',
	'outside',
	'into',
	'towards',
	'toward'
]);
