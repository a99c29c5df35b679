/** Country and region codes that the geocoder treats alike: Ukraine's neighbours, Cyrillic-script countries. */

/** Countries whose place names come romanised from Cyrillic. */
export const CYRILLIC_COUNTRIES: ReadonlySet<string> = new Set(['UA', 'RU', 'BY']);

/** The war's two countries: a big place there keeps its name even before a weapon noun ("Kyiv drones"). */
export const WAR_COUNTRIES: ReadonlySet<string> = new Set(['UA', 'RU']);

/** Ukraine, the countries it borders and the Black Sea's: where a war report's places mostly lie. */
export const NEAR_COUNTRIES: ReadonlySet<string> = new Set([
	'UA',
	'RU',
	'BY',
	'MD',
	'PL',
	'SK',
	'HU',
	'RO',
	'TR',
	'GE',
	'BG'
]);

/** Russian regions on Ukraine's border (GeoNames admin1 codes: Belgorod, Bryansk, Kursk, Rostov, Voronezh). */
export const BORDER_REGIONS: ReadonlySet<string> = new Set([
	'RU.09',
	'RU.10',
	'RU.41',
	'RU.61',
	'RU.86'
]);

/** Ukraine's neighbours but Russia: Belarus, Moldova, Poland, Slovakia, Hungary, Romania. */
export const NEIGHBOURS: ReadonlySet<string> = new Set(['BY', 'MD', 'PL', 'SK', 'HU', 'RO']);

/**
 * A country's adjective or possessive before a settlement word ("the Russian border village of X",
 * "Ukraine's frontline town of X"): the country the place lies in, by GeoNames country code.
 */
export const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map([
	['russian', 'RU'],
	['russia', 'RU'],
	['ukrainian', 'UA'],
	['ukraine', 'UA'],
	['belarusian', 'BY'],
	['belarus', 'BY']
]);
