/**
 * A small invented gazetteer for unit tests of the geocoder and of code built on it: a handful of
 * oblasts, towns and same-named villages at made-up but consistent positions, plus two foreign
 * cities and a country. Used by this project's tests; not real data.
 */
import {
	createGazetteer,
	createGazetteerRow,
	type Gazetteer,
	type GazetteerRow
} from '../gazetteer';

/** Display names of the fixture's first-level regions. */
export const FIXTURE_ADMIN1: Record<string, string> = {
	'UA.05': 'Donetsk Oblast',
	'UA.07': 'Kharkiv Oblast',
	'UA.08': 'Kherson Oblast',
	'UA.15': 'Lviv Oblast',
	'DE.16': 'Berlin',
	'PL.78': 'Masovian Voivodeship'
};

/** The fixture's rows; extend with `extra` for a test's own places. */
export function createFixtureRows(extra: GazetteerRow[] = []): GazetteerRow[] {
	const row = createGazetteerRow;
	return [
		row({
			id: 'geonames:1',
			name: 'Kharkiv Oblast',
			featureClass: 'A',
			featureCode: 'ADM1',
			lat: 49.6,
			lon: 36.5,
			admin1Code: 'UA.07',
			names: ['Kharkiv', 'Харківська область', 'Kharkovskaya Oblast']
		}),
		row({
			id: 'geonames:2',
			name: 'Donetsk Oblast',
			featureClass: 'A',
			featureCode: 'ADM1',
			lat: 48.05,
			lon: 37.67,
			admin1Code: 'UA.05',
			names: ['Donetsk', 'Донецька область']
		}),
		row({
			id: 'geonames:3',
			name: 'Kherson Oblast',
			featureClass: 'A',
			featureCode: 'ADM1',
			lat: 46.64,
			lon: 32.62,
			admin1Code: 'UA.08',
			names: ['Kherson']
		}),
		row({
			id: 'geonames:10',
			name: 'Kharkiv',
			featureCode: 'PPLA',
			lat: 49.98,
			lon: 36.25,
			admin1Code: 'UA.07',
			population: 1_400_000,
			names: ['Kharkov', 'Харків', 'Харьков']
		}),
		row({
			id: 'geonames:11',
			name: 'Donetsk',
			featureCode: 'PPLA',
			lat: 48.02,
			lon: 37.8,
			admin1Code: 'UA.05',
			population: 900_000,
			names: ['Донецьк']
		}),
		row({
			id: 'geonames:12',
			name: 'Kherson',
			featureCode: 'PPLA',
			lat: 46.64,
			lon: 32.61,
			admin1Code: 'UA.08',
			population: 280_000,
			names: ['Херсон']
		}),
		// Two villages named Zelenivka: a bigger one in Donetsk Oblast, a small one in Kherson Oblast.
		row({
			id: 'geonames:20',
			name: 'Zelenivka',
			lat: 47.9,
			lon: 37.5,
			admin1Code: 'UA.05',
			population: 3000,
			names: ['Зеленівка', 'Зеленовка']
		}),
		row({
			id: 'geonames:21',
			name: 'Zelenivka',
			lat: 46.7,
			lon: 32.7,
			admin1Code: 'UA.08',
			population: 200,
			names: ['Зеленівка']
		}),
		// Three Sadovas, each some 20 km from the lines of fighting: one beside Lypky and Dubky in
		// Kharkiv Oblast, two far away.
		row({
			id: 'geonames:30',
			name: 'Sadova',
			lat: 50.2,
			lon: 36.6,
			admin1Code: 'UA.07',
			names: ['Садова']
		}),
		row({
			id: 'geonames:31',
			name: 'Sadova',
			lat: 46.85,
			lon: 33.1,
			admin1Code: 'UA.08',
			population: 900,
			names: ['Садова']
		}),
		row({
			id: 'geonames:32',
			name: 'Sadova',
			lat: 48.3,
			lon: 37.6,
			admin1Code: 'UA.05',
			population: 700,
			names: ['Садова']
		}),
		row({
			id: 'geonames:33',
			name: 'Lypky',
			lat: 50.25,
			lon: 36.55,
			admin1Code: 'UA.07',
			names: ['Липки']
		}),
		row({
			id: 'geonames:34',
			name: 'Dubky',
			lat: 50.15,
			lon: 36.7,
			admin1Code: 'UA.07',
			names: ['Дубки']
		}),
		// A stream with the same name as a village.
		row({
			id: 'geonames:40',
			name: 'Vovcha',
			featureClass: 'H',
			featureCode: 'STM',
			lat: 48.5,
			lon: 36.0,
			admin1Code: 'UA.07',
			names: []
		}),
		row({
			id: 'geonames:41',
			name: 'Vovcha',
			lat: 49.9,
			lon: 37.0,
			admin1Code: 'UA.07',
			names: ['Вовча']
		}),
		// A village whose old name is that of a foreign capital, and people's names.
		row({
			id: 'geonames:50',
			name: 'Khmelivka',
			lat: 50.1,
			lon: 25.1,
			admin1Code: 'UA.15',
			names: ['Berlin']
		}),
		row({
			id: 'geonames:51',
			name: 'Maiske',
			lat: 48.4,
			lon: 37.1,
			admin1Code: 'UA.05',
			names: ['May', 'Austin']
		}),
		row({
			id: 'geonames:52',
			name: 'Bakhmut',
			featureCode: 'PPLA2',
			lat: 48.6,
			lon: 38.0,
			admin1Code: 'UA.05',
			population: 70_000,
			names: ['Artemivsk', 'Artemovsk', 'Артемівськ', 'Бахмут']
		}),
		row({
			id: 'geonames:60',
			name: 'Berlin',
			featureCode: 'PPLC',
			countryCode: 'DE',
			lat: 52.52,
			lon: 13.41,
			admin1Code: 'DE.16',
			population: 3_400_000
		}),
		row({
			id: 'geonames:61',
			name: 'Warsaw',
			featureCode: 'PPLC',
			countryCode: 'PL',
			lat: 52.23,
			lon: 21.01,
			admin1Code: 'PL.78',
			population: 1_700_000
		}),
		row({
			id: 'naturalearth:616',
			name: 'Poland',
			featureClass: 'A',
			featureCode: 'PCLI',
			countryCode: 'PL',
			lat: 52,
			lon: 19.4
		}),
		row({
			id: 'curated:steelworks',
			name: 'Zaliznyi Steelworks',
			featureClass: 'S',
			featureCode: 'MFG',
			lat: 48.0,
			lon: 37.9,
			admin1Code: 'UA.05',
			names: ['Zalizna plant']
		}),
		...extra
	];
}

/**
 * An invented region of another country (Russia's admin1 code), for tests of places qualified by a
 * foreign region: "X in the Testov region".
 */
export function createForeignRegionRow(id = 'x:testov'): GazetteerRow {
	return createGazetteerRow({
		id,
		name: 'Testov Oblast',
		featureClass: 'A',
		featureCode: 'ADM1',
		lat: 50.7,
		lon: 37.4,
		countryCode: 'RU',
		admin1Code: 'RU.09',
		names: ['Testov']
	});
}

/** The fixture gazetteer. */
export function createFixtureGazetteer(extra: GazetteerRow[] = []): Gazetteer {
	return createGazetteer(createFixtureRows(extra), {
		admin1Names: FIXTURE_ADMIN1,
		label: 'fixture'
	});
}
