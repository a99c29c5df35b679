import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGazetteerRow, type GazetteerRow } from '../gazetteer';
import { createFixtureGazetteer, createForeignRegionRow } from './fixture';
import { createGeocoder } from './geocoder';
import { findMentions } from './mentions';
import { pointMentions } from './roles';
import type { ResolvedMention } from './types';

function geocode(text: string, extra: GazetteerRow[] = []): ResolvedMention[] {
	return createGeocoder(createFixtureGazetteer(extra)).geocode(text);
}

function placeOf(m: ResolvedMention | undefined): string | null {
	if (!m || m.resolution.kind === 'unresolved') return null;
	return m.resolution.place.id;
}

/** An invented village at home (Donetsk oblast) whose name a foreign region may hold too. */
function homeDronka(): GazetteerRow {
	return createGazetteerRow({
		id: 'geonames:61',
		name: 'Dronka',
		lat: 48.2,
		lon: 37.6,
		admin1Code: 'UA.05',
		population: 500
	});
}

function byMention(list: ResolvedMention[], mention: string): ResolvedMention | undefined {
	return list.find((m) => m.mention.mention === mention);
}

describe('finding mentions', () => {
	it('reports offsets that slice back to the mention', () => {
		const text = 'Shelling hit Zelenivka and the Kharkov region overnight.';
		const found = geocode(text);
		expect(found.map((m) => m.mention.mention)).toEqual(['Zelenivka', 'Kharkov region']);
		for (const m of found)
			expect(text.slice(m.mention.start, m.mention.end)).toBe(m.mention.mention);
	});

	it('reads a place named after a possessive place, not a facility of it', () => {
		const found = geocode(
			'Shelling killed two in Poland’s Sadova and in Kharkiv’s Lypky on Monday.'
		);
		expect(found.map((m) => m.mention.mention)).toEqual(['Poland', 'Sadova', 'Kharkiv', 'Lypky']);
	});

	it('does not turn months and people into places', () => {
		const found = geocode(
			'On May 3 Defense Secretary Ray Austin met officials. Austin said the talks went well.'
		);
		expect(found).toEqual([]);
	});

	it('does not read a holiday as the village it sounds like', () => {
		const village = (id: string, name: string) =>
			createGazetteerRow({ id, name, featureCode: 'PPL', lat: 50.9, lon: 30.9, population: 6000 });
		const found = geocode(
			'Shelling went on as believers marked Easter, and again when Ramadan began.',
			[village('x:oster', 'Oster'), village('x:romodan', 'Romodan')]
		);
		expect(found.map((m) => m.mention.mention)).toEqual([]);
	});

	it('does not read a name as a place when the text uses it as an ordinary word', () => {
		const withWord = geocode('Sadova was quiet. The sadova gardens bloomed.');
		expect(withWord.map((m) => m.mention.mention)).toEqual([]);
	});

	it('finds Cyrillic mentions', () => {
		const found = geocode('Обстріл Харків та Херсон');
		expect(found.map(placeOf)).toEqual(['geonames:10', 'geonames:12']);
	});

	it('reads cues: near, village of, region words', () => {
		const found = geocode('Fighting near the village of Sadova and in the Donetsk region.');
		expect(found[0].mention).toMatchObject({
			mention: 'Sadova',
			near: true,
			cue: 'near the village of'
		});
		expect(found[1].mention.cue).toBe('region');
		expect(geocode('Clashes went on not far from Sadova.')[0].mention).toMatchObject({
			mention: 'Sadova',
			near: true,
			cue: 'not far from'
		});
	});
	it('reads a lower-case "canal" or "reservoir" as the end of a landmark name', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:95',
				name: 'Zorianyi Kanal',
				lat: 47.1,
				lon: 34.2,
				featureClass: 'H',
				featureCode: 'CNL'
			}),
			createGazetteerRow({
				id: 'geonames:96',
				name: 'Lisove Vodoskhovyshche',
				lat: 48.2,
				lon: 36.9,
				featureClass: 'H',
				featureCode: 'RSV'
			})
		];
		const found = geocode('Water fell in the Zorianyi canal and at the Lisove reservoir.', extra);
		expect(found.map((m) => m.mention.mention)).toEqual(['Zorianyi canal', 'Lisove reservoir']);
		expect(found.map(placeOf)).toEqual(['geonames:95', 'geonames:96']);
		const first = found[0].resolution;
		expect(first.kind !== 'unresolved' && first.precision).toBe('landmark');
		expect(geocode('The canal near the reservoir was dry.', extra)).toEqual([]);
	});
});

describe('words inside longer names', () => {
	it('a faraway namesake of the last word of a longer name is not a place ("Black Sea Fleet")', () => {
		const fleet = createGazetteerRow({
			id: 'x:fleet',
			name: 'Fleet',
			lat: 51.28,
			lon: -0.83,
			countryCode: 'GB',
			population: 30_000
		});
		const found = geocode('The Black Sea Fleet lost a ship off Kherson.', [fleet]);
		expect(found.map((m) => m.mention.mention)).toEqual(['Kherson']);
		expect(placeOf(geocode('Drills were held at Fleet.', [fleet])[0])).toBe('x:fleet');
	});
});

describe('regions listed together', () => {
	it('a region named beside another is not read as a unit inside it ("Kharkiv and Donetsk oblasts")', () => {
		const namesake = createGazetteerRow({
			id: 'x:hromada',
			name: 'Kharkiv',
			featureClass: 'A',
			featureCode: 'ADM3',
			lat: 48.2,
			lon: 37.6,
			admin1Code: 'UA.05',
			names: ['Kharkiv']
		});
		const found = geocode('Drones were downed over Kharkiv, Kherson and Donetsk oblasts.', [
			namesake
		]);
		expect(placeOf(byMention(found, 'Kharkiv'))).toBe('geonames:1');
	});
});

describe('noun forms of adjectives', () => {
	it('are read back only to places named in Slavic languages', () => {
		const airport = createGazetteerRow({
			id: 'x:syr',
			name: 'Syracuse',
			lat: 43.05,
			lon: -76.15,
			countryCode: 'US',
			names: ['SYR']
		});
		expect(geocode('Shelling near Syrskyi was reported.', [airport])).toEqual([]);
	});
});

describe('abbreviations', () => {
	it('a short word with a capital inside ("MoD") is no place', () => {
		const mod = createGazetteerRow({
			id: 'x:mod',
			name: 'Modesto',
			lat: 37.64,
			lon: -121,
			countryCode: 'US',
			names: ['Mod']
		});
		const found = geocode('The Ministry of Defence (MoD) reported shelling in Sadova.', [mod]);
		expect(found.map((m) => m.mention.mention)).toEqual(['Sadova']);
	});
});

describe('military units', () => {
	it('a name before "group", "brigade", "battalion" or "regiment" is a unit, not a place', () => {
		const found = geocode(
			'Units of the Lypky group of forces and the Zelenivka battalion attacked Sadova.'
		);
		expect(found.map((m) => m.mention.mention)).toEqual(['Sadova']);
	});
});

describe('colloquial region names', () => {
	it('"Kharkivshchyna" is the Kharkiv oblast, not a village of that name', () => {
		const village = createGazetteerRow({
			id: 'x:village',
			name: 'Kharkivshchyna',
			lat: 50.8,
			lon: 34.7,
			admin1Code: 'UA.07'
		});
		const found = geocode('Shelling continued across Kharkivshchyna overnight.', [village]);
		expect(placeOf(found[0])).toBe('geonames:1');
		expect(found[0].resolution.kind !== 'unresolved' && found[0].resolution.precision).toBe(
			'region'
		);
	});
});

describe('appositions', () => {
	it('read a name whose apposition is headed by a region word as the region', () => {
		const precision = (text: string) => {
			const r = geocode(text)[0].resolution;
			return r.kind === 'unresolved' ? null : r.precision;
		};
		expect(precision('Shelling hit Kharkiv, another northern region, overnight.')).toBe('region');
		expect(precision('Troops advanced in Kharkiv – the only region they entered.')).toBe('region');
		expect(precision('Shelling hit Kharkiv, a city in the Kharkiv region.')).toBe('settlement');
		expect(precision('Shelling hit Kharkiv, Dubky and the region.')).toBe('settlement');
		expect(precision("Troops held Kharkiv, south of the region's capital.")).toBe('settlement');
	});
});

describe('colloquial town areas', () => {
	it('"Bakhmutshchyna" is the area around the district seat it is made from', () => {
		const found = geocode('Shelling continued across Bakhmutshchyna overnight.');
		expect(placeOf(found[0])).toBe('geonames:52');
		expect(found[0].resolution.kind !== 'unresolved' && found[0].resolution.precision).toBe(
			'near_settlement'
		);
		// A village that bears the word itself is that village; a mere village makes no area.
		const village = createGazetteerRow({ id: 'x:v', name: 'Bakhmutshchyna', lat: 50.1, lon: 32.4 });
		expect(placeOf(geocode('Shelling hit Bakhmutshchyna.', [village])[0])).toBe('x:v');
		expect(geocode('Shelling hit Lypkyshchyna.')).toEqual([]);
	});
});

describe('roads between towns', () => {
	it('keeps both towns of "the X-Y highway", but not a street named after a town', () => {
		const names = (text: string) => geocode(text).map((m) => m.mention.mention);
		expect(names('Shelling hit cars on the Lypky-Kharkiv highway.')).toEqual(['Lypky', 'Kharkiv']);
		expect(names('Shelling hit Lypky Street in Kharkiv.')).toEqual(['Kharkiv']);
	});
});

describe('abandoned places', () => {
	it('rank below a living namesake of the same size', () => {
		const row = (id: string, featureCode: string, lat: number, lon: number) =>
			createGazetteerRow({ id, name: 'Pustelnia', featureCode, lat, lon, population: 500 });
		// The abandoned one lies nearer the fighting of 2022; being abandoned still weighs more.
		const found = geocode('Shelling hit Pustelnia.', [
			row('x:abandoned', 'PPLQ', 51.0, 30.2),
			row('x:living', 'PPL', 50.2, 28.0)
		]);
		expect(placeOf(found[0])).toBe('x:living');
	});
});

describe('governors', () => {
	it('a place before "governor" is the oblast the governor speaks for, not a point', () => {
		const text = 'Two were killed in Lypky, Kharkiv governor Oleh Petrenko said.';
		const found = geocode(text);
		expect(placeOf(byMention(found, 'Kharkiv'))).toBe('geonames:1');
		expect(pointMentions(text, found).map((m) => m.mention.mention)).toEqual(['Lypky']);
	});
});

describe('plural region words', () => {
	it('a plural region word before a list makes every name listed a region', () => {
		const found = geocode('Shelling hit the regions of Kherson, Donetsk and Kharkiv overnight.');
		expect(found.map(placeOf)).toEqual(['geonames:3', 'geonames:2', 'geonames:1']);
	});

	it('takes a region named across a border as no region of the place beside it', () => {
		// Two Lypkas: one in the Donetsk oblast, one in the Kherson oblast.
		const extra = [
			createGazetteerRow({
				id: 'x:lypka-d',
				name: 'Lypka',
				lat: 48.0,
				lon: 37.6,
				admin1Code: 'UA.05'
			}),
			createGazetteerRow({
				id: 'x:lypka-k',
				name: 'Lypka',
				lat: 46.8,
				lon: 33.0,
				admin1Code: 'UA.08'
			})
		];
		const across = geocode(
			'Troops pushed into the Kherson region. They seized Lypka near the border with the Donetsk region.',
			extra
		);
		expect(placeOf(byMention(across, 'Lypka'))).toBe('x:lypka-k');
		// Named as the place's own region, it still says where the place is.
		const within = geocode(
			'Troops pushed into the Kherson region. They seized Lypka in the Donetsk region.',
			extra
		);
		expect(placeOf(byMention(within, 'Lypka'))).toBe('x:lypka-d');
	});

	it('reads a capital in a list of regions as its oblast though its city region is named too', () => {
		// Testograd: a capital whose city is a first-level region of its own, inside its oblast.
		const extra = [
			createGazetteerRow({
				id: 'x:oblast',
				name: 'Testograd Oblast',
				featureClass: 'A',
				featureCode: 'ADM1',
				lat: 50.5,
				lon: 30.5,
				admin1Code: 'UA.13',
				names: ['Testograd']
			}),
			createGazetteerRow({
				id: 'x:city-region',
				name: 'Testograd City',
				featureClass: 'A',
				featureCode: 'ADM1',
				lat: 50.45,
				lon: 30.52,
				admin1Code: 'UA.12'
			}),
			createGazetteerRow({
				id: 'x:city',
				name: 'Testograd',
				featureCode: 'PPLC',
				lat: 50.45,
				lon: 30.52,
				admin1Code: 'UA.12',
				population: 2_900_000
			})
		];
		const found = geocode(
			'Drones were downed over the Kherson and Testograd regions. The head of the Testograd City administration said debris fell.',
			extra
		);
		expect(found.slice(0, 2).map(placeOf)).toEqual(['geonames:3', 'x:oblast']);
	});

	it('a plural of a word for places is no place at the start of a sentence', () => {
		const villages = createGazetteerRow({
			id: 'x:villages',
			name: 'Villages',
			featureCode: 'PPL',
			lat: 28.9,
			lon: -82.0,
			countryCode: 'US',
			population: 80_000
		});
		const found = geocode('Villages near the front were shelled.', [villages]);
		expect(found.map((m) => m.mention.mention)).toEqual([]);
	});
});

describe('districts of cities', () => {
	const elsewhere = createGazetteerRow({
		id: 'x:shev',
		name: 'Shevchenkivskyi Raion',
		featureClass: 'A',
		featureCode: 'ADM2',
		lat: 49.84,
		lon: 24.03,
		admin1Code: 'UA.15'
	});
	const raion = createGazetteerRow({
		id: 'x:izium',
		name: 'Iziumskyi Raion',
		featureClass: 'A',
		featureCode: 'ADM2',
		lat: 49.25,
		lon: 37.1,
		admin1Code: 'UA.07'
	});

	it('a district of a city the gazetteer holds no district for is placed in that city', () => {
		for (const text of [
			'Shelling hit the Shevchenkivskyi district of Kharkiv.',
			"A drone hit Kharkiv's Shevchenkivskyi district."
		]) {
			const found = geocode(text, [elsewhere]);
			const district = byMention(found, 'Shevchenkivskyi district');
			expect(placeOf(district), text).toBe('geonames:10');
			expect(district?.resolution.kind !== 'unresolved' && district?.resolution.precision).toBe(
				'district'
			);
			expect(pointMentions(text, found).map((m) => m.mention.mention)).toEqual([
				'Shevchenkivskyi district'
			]);
		}
	});

	it('a district of that name in the oblast still wins', () => {
		const found = geocode('Shelling hit the Izium district of Kharkiv.', [raion]);
		expect(placeOf(byMention(found, 'Izium district'))).toBe('x:izium');
	});

	const cityDistrict = createGazetteerRow({
		id: 'x:moroz-district',
		name: 'Morozivskyi District',
		featureClass: 'A',
		featureCode: 'ADM3',
		lat: 50.01,
		lon: 36.31,
		admin1Code: 'UA.07'
	});
	const raionElsewhere = createGazetteerRow({
		id: 'x:moroz-raion',
		name: 'Morozivskyi Raion',
		featureClass: 'A',
		featureCode: 'ADM2',
		lat: 49.84,
		lon: 24.03,
		admin1Code: 'UA.15'
	});
	const villageInOblast = createGazetteerRow({
		id: 'x:moroz-village',
		name: 'Morozivskyi',
		featureCode: 'PPL',
		lat: 49.3,
		lon: 37.0,
		admin1Code: 'UA.07',
		population: 3000
	});

	it('the district of the named city beats a raion of that name elsewhere', () => {
		for (const text of [
			'Shelling hit the Morozivskyi district of Kharkiv.',
			'Shelling hit the Morozivsky district of Kharkiv.',
			"Shelling hit Kharkiv's Morozivskyi district."
		]) {
			const found = geocode(text, [cityDistrict, raionElsewhere]);
			const district = found.find((m) => m.mention.mention.startsWith('Morozivsk'));
			expect(placeOf(district), text).toBe('x:moroz-district');
		}
	});

	it('a namesake in the oblast far from the city is not the district of the city', () => {
		const text = 'Shelling hit the Morozivskyi district of Kharkiv.';
		const found = geocode(text, [villageInOblast]);
		const district = found.find((m) => m.mention.mention.startsWith('Morozivsk'));
		expect(placeOf(district)).toBe('geonames:10');
		expect(pointMentions(text, found).map((m) => m.mention.mention)).toEqual([
			district?.mention.mention
		]);
	});
});

describe('landmarks', () => {
	const plant = createGazetteerRow({
		id: 'x:plant',
		name: 'Zelenivka Thermal Power Plant',
		featureClass: 'S',
		featureCode: 'PS',
		lat: 46.7,
		lon: 32.6,
		admin1Code: 'UA.08'
	});

	it('a town’s name followed by a landmark’s lower-case words is that landmark', () => {
		const found = geocode('Drones struck the Zelenivka thermal power plant overnight.', [plant]);
		expect(found.map((m) => m.mention.mention)).toEqual(['Zelenivka thermal power plant']);
		expect(placeOf(found[0])).toBe('x:plant');
		expect(found[0].resolution.kind === 'resolved' && found[0].resolution.precision).toBe(
			'landmark'
		);
		expect(placeOf(geocode('Drones struck the Zelenivka TPP.', [plant])[0])).toBe('x:plant');
	});

	it('a nuclear plant named the short way is the plant, not its town', () => {
		const npp = createGazetteerRow({
			id: 'x:npp',
			name: 'Zelenivka Nuclear Power Plant',
			featureClass: 'S',
			featureCode: 'PS',
			lat: 47.5,
			lon: 34.6,
			admin1Code: 'UA.26'
		});
		const town = createGazetteerRow({ id: 'x:town', name: 'Zelenivka', population: 700000 });
		for (const text of [
			'Shells fell near the Zelenivka nuclear plant.',
			'Drones circled the Zelenivka nuclear facility.',
			'The Zelenivka atomic power station lost power.'
		]) {
			const found = geocode(text, [npp, town]);
			expect(placeOf(found[0]), text).toBe('x:npp');
		}
	});

	it('lower-case words that lead to no landmark leave the town alone', () => {
		const found = geocode('Zelenivka residents left; Zelenivka thermal baths closed.', [plant]);
		expect(found.map((m) => m.mention.mention)).toEqual(['Zelenivka', 'Zelenivka']);
	});
});

describe('ranking', () => {
	it('lets a named oblast beat population', () => {
		const found = geocode('Shelling of Zelenivka, Kherson region.');
		expect(placeOf(byMention(found, 'Zelenivka'))).toBe('geonames:21');
		expect(byMention(found, 'Zelenivka')?.resolution).toMatchObject({ kind: 'resolved' });
	});

	it('prefers the bigger place when nothing else decides', () => {
		expect(placeOf(geocode('Shelling of Zelenivka.')[0])).toBe('geonames:20');
	});

	it('pulls co-mentioned places together', () => {
		const found = geocode('Strikes on Lypky, Dubky and Sadova.');
		expect(placeOf(byMention(found, 'Sadova'))).toBe('geonames:30');
		const r = byMention(found, 'Sadova')?.resolution;
		expect(
			r?.kind !== 'unresolved' && r?.evidence.some((e) => e.startsWith('near other places'))
		).toBe(true);
	});

	it('resolves a foreign capital to itself, not to a Ukrainian village of that old name', () => {
		expect(placeOf(geocode('Ministers met in Berlin on Sunday.')[0])).toBe('geonames:60');
	});

	it('prefers a village over a stream of the same name', () => {
		expect(placeOf(geocode('Troops entered Vovcha.')[0])).toBe('geonames:41');
	});

	it('resolves old names to the renamed place', () => {
		expect(placeOf(geocode('Fighting in Artemovsk (DPR).')[0])).toBe('geonames:52');
	});

	it('makes one region mention per oblast in "X and Y regions"', () => {
		const found = geocode('Tanks were destroyed in the Donetsk and Kharkiv regions.');
		expect(found.map(placeOf)).toEqual(['geonames:2', 'geonames:1']);
		for (const m of found) expect(m.resolution).toMatchObject({ precision: 'region' });
	});

	it('marks "near X" as near_settlement with a wider radius', () => {
		const [near] = geocode('A jet was downed near Bakhmut.');
		const [inside] = geocode('A jet was downed in Bakhmut.');
		expect(near.resolution).toMatchObject({ precision: 'near_settlement' });
		expect(inside.resolution).toMatchObject({ precision: 'settlement' });
		if (near.resolution.kind !== 'unresolved' && inside.resolution.kind !== 'unresolved')
			expect(near.resolution.uncertaintyKm).toBeGreaterThan(inside.resolution.uncertaintyKm);
	});

	it('reports ambiguity with alternatives when the text cannot decide', () => {
		const [m] = geocode('Shelling hit Sadova.');
		expect(m.resolution.kind).toBe('ambiguous');
		expect(m.resolution.alternatives.length).toBe(2);
	});

	it('leaves a weak loose match unresolved instead of guessing', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:90',
				name: 'Prokhody',
				lat: 50.3,
				lon: 26.1,
				admin1Code: 'UA.15'
			})
		];
		const [m] = createGeocoder(createFixtureGazetteer(extra)).geocode(
			'Somewhere called Prokhidy was mentioned.'
		);
		expect(m?.resolution.kind).toBe('unresolved');
	});

	it('gives confidences in 0..1 and at most five alternatives', () => {
		for (const m of geocode('Kharkiv, Donetsk, Sadova, Zelenivka, Lypky, Berlin, Poland.')) {
			if (m.resolution.kind !== 'unresolved') {
				expect(m.resolution.confidence).toBeGreaterThanOrEqual(0);
				expect(m.resolution.confidence).toBeLessThanOrEqual(1);
			}
			expect(m.resolution.alternatives.length).toBeLessThanOrEqual(5);
		}
	});
	it('does not let a bare qualifier pull the place it qualifies towards its namesake city', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:97',
				name: 'Yasenove',
				lat: 48.05,
				lon: 37.86,
				admin1Code: 'UA.05',
				population: 900
			}),
			createGazetteerRow({
				id: 'geonames:98',
				name: 'Yasenove',
				lat: 48.66,
				lon: 38.12,
				admin1Code: 'UA.05',
				population: 300
			})
		];
		const found = geocode('Two hurt in Bakhmut and one in Yasenove, Donetsk.', extra);
		expect(placeOf(byMention(found, 'Yasenove'))).toBe('geonames:98');
		// Named on its own as a point, the city still pulls its neighbour.
		const alone = geocode('Shells fell on Donetsk and Yasenove.', extra);
		expect(placeOf(byMention(alone, 'Yasenove'))).toBe('geonames:97');
	});
	it('reads a bare capital after a place as the oblast around the capital too', () => {
		// An invented capital that is an oblast-level unit of its own (UA.12) inside its oblast (UA.13).
		const extra = [
			createGazetteerRow({
				id: 'geonames:80',
				name: 'Vyshnia Oblast',
				featureClass: 'A',
				featureCode: 'ADM1',
				lat: 50.05,
				lon: 30.77,
				admin1Code: 'UA.13',
				names: ['Vyshnia']
			}),
			createGazetteerRow({
				id: 'geonames:81',
				name: 'Vyshnia',
				featureCode: 'PPLC',
				lat: 50.45,
				lon: 30.52,
				admin1Code: 'UA.12',
				population: 2_900_000
			}),
			// Two villages of one name: a small one in the capital's oblast, 90 km from the capital,
			// and a bigger one near the lines of fighting.
			createGazetteerRow({
				id: 'geonames:82',
				name: 'Hlibivka',
				lat: 49.7,
				lon: 31.0,
				admin1Code: 'UA.13',
				population: 300
			}),
			createGazetteerRow({
				id: 'geonames:83',
				name: 'Hlibivka',
				lat: 48.3,
				lon: 37.9,
				admin1Code: 'UA.05',
				population: 900
			})
		];
		const found = geocode('On 3 May, drones hit Hlibivka, Vyshnia. Two were hurt.', extra);
		expect(placeOf(byMention(found, 'Hlibivka'))).toBe('geonames:82');
		expect(placeOf(byMention(found, 'Vyshnia'))).toBe('geonames:80');
	});
	it('reads only the oblast and the city of a bare qualifier, not its namesake villages', () => {
		const extra = [
			// Villages named like the oblast, near the lines of fighting in another oblast.
			...[0, 1, 2].map((k) =>
				createGazetteerRow({
					id: `geonames:7${k}`,
					name: 'Kherson',
					lat: 48.2 + k * 0.1,
					lon: 37.7,
					admin1Code: 'UA.05',
					population: 400
				})
			),
			createGazetteerRow({
				id: 'geonames:76',
				name: 'Tykhe',
				lat: 47.3,
				lon: 33.9,
				admin1Code: 'UA.08',
				population: 300
			}),
			createGazetteerRow({
				id: 'geonames:77',
				name: 'Tykhe',
				lat: 48.25,
				lon: 37.75,
				admin1Code: 'UA.05',
				population: 600
			})
		];
		const found = geocode('On 3 May, shells hit Tykhe, Kherson. No one was hurt.', extra);
		expect(placeOf(byMention(found, 'Tykhe'))).toBe('geonames:76');
	});
	it('reads oblasts that share one plural region word as peers, none qualifying another', () => {
		const found = geocode('All drones were shot down over Kharkiv, Donetsk and Kherson oblasts.');
		expect(byMention(found, 'Donetsk')?.mention.qualifier).toBeUndefined();
		expect(found.map(placeOf)).toEqual(['geonames:1', 'geonames:2', 'geonames:3']);
	});
	it('leaves unresolved a place qualified by another country’s region that holds none of its name', () => {
		const extra = [createForeignRegionRow(), homeDronka()];
		const abroad = geocode('Shells hit the village of Dronka in the Testov region.', extra);
		const dronka = byMention(abroad, 'Dronka');
		expect(dronka?.resolution.kind).toBe('unresolved');
		expect(dronka?.resolution.alternatives[0]?.gazetteerId).toBe('geonames:61');
		// Qualified by a region of its own country, the village stands.
		const home = geocode('Shells hit the village of Dronka in the Donetsk region.', extra);
		expect(placeOf(byMention(home, 'Dronka'))).toBe('geonames:61');
	});
	it('leaves unresolved a place called another country’s that the gazetteer holds only at home', () => {
		const extra = [homeDronka()];
		for (const text of [
			'Shells hit the Russian border village of Dronka.',
			"A drone hit a car in Russia's frontier town of Dronka."
		]) {
			const dronka = byMention(geocode(text, extra), 'Dronka');
			expect(dronka?.resolution.kind).toBe('unresolved');
			expect(dronka?.resolution.alternatives[0]?.gazetteerId).toBe('geonames:61');
		}
		// Held by Russia, or called Ukraine's: the village at home stands.
		for (const text of [
			'Troops held the Russian-held village of Dronka.',
			"Shells hit Ukraine's border village of Dronka."
		])
			expect(placeOf(byMention(geocode(text, extra), 'Dronka'))).toBe('geonames:61');
	});
	describe('an address of a place, its district and its region', () => {
		const abroad = [
			createForeignRegionRow(),
			// The seat of the Probinsky district; the gazetteer has no district of that name.
			createGazetteerRow({
				id: 'geonames:62',
				name: 'Probino',
				lat: 50.6,
				lon: 37.2,
				countryCode: 'RU',
				admin1Code: 'RU.09',
				population: 40000
			}),
			// A namesake far from that district, in the same region, and one at home.
			createGazetteerRow({
				id: 'geonames:63',
				name: 'Dronka',
				lat: 51.4,
				lon: 38.6,
				countryCode: 'RU',
				admin1Code: 'RU.09',
				population: 900
			}),
			homeDronka(),
			createGazetteerRow({
				id: 'geonames:65',
				name: 'Kamyshka',
				lat: 50.65,
				lon: 37.3,
				countryCode: 'RU',
				admin1Code: 'RU.09',
				population: 700
			}),
			createGazetteerRow({
				id: 'geonames:64',
				name: 'Lypka',
				lat: 48.3,
				lon: 37.7,
				admin1Code: 'UA.05',
				population: 300
			})
		];
		const verdicts = (text: string) => {
			const found = geocode(text, abroad);
			return { found, roles: pointMentions(text, found).map((m) => m.mention.mention) };
		};

		it('reads the region after "Y district," as the qualifier of the district and the place', () => {
			const { found } = verdicts(
				'Shells hit the village of Lypka, Probinsky district, Testov region.'
			);
			expect(byMention(found, 'Testov region')?.mention.qualifier).toBe(true);
			// Lypka is known only at home, so the region of another country leaves it unresolved.
			expect(byMention(found, 'Lypka')?.resolution.kind).toBe('unresolved');
		});

		it('reads "Y urban district" and "Y municipal district" as districts', () => {
			for (const kind of ['urban', 'municipal']) {
				const { found } = verdicts(`Shells hit Lypka, Probinsky ${kind} district, Testov region.`);
				expect(byMention(found, 'Probinsky')?.mention.cue).toBe('district');
				expect(byMention(found, 'Testov region')?.mention.qualifier).toBe(true);
			}
		});

		it('leaves unresolved a place none of whose namesakes lies in the district named', () => {
			const { found } = verdicts(
				'A drone hit the village of Dronka, Probinsky district, on Monday.'
			);
			expect(byMention(found, 'Dronka')?.resolution.kind).toBe('unresolved');
			// Without the district the namesake in the same region stands.
			const plain = geocode('A drone hit the village of Dronka in the Testov region.', abroad);
			expect(placeOf(byMention(plain, 'Dronka'))).toBe('geonames:63');
		});

		it("leaves a place unresolved in none of its district's readings, however sure the district", () => {
			// A second Probino at home makes the district's reading a doubt between two seats.
			const seat = createGazetteerRow({
				id: 'geonames:66',
				name: 'Probino',
				lat: 47.9,
				lon: 35.1,
				admin1Code: 'UA.26',
				population: 40000
			});
			const found = geocode('A drone hit the village of Dronka, Probinsky district, on Monday.', [
				...abroad,
				seat
			]);
			const district = byMention(found, 'Probinsky')?.resolution;
			expect(district && district.kind !== 'unresolved' ? district.confidence : 1).toBeLessThan(
				0.8
			);
			expect(byMention(found, 'Dronka')?.resolution.kind).toBe('unresolved');
			// A namesake in one of the district's readings stands.
			const near = createGazetteerRow({
				id: 'geonames:67',
				name: 'Dronka',
				lat: 47.95,
				lon: 35.2,
				admin1Code: 'UA.26',
				population: 300
			});
			const home = geocode('A drone hit the village of Dronka, Probinsky district, on Monday.', [
				...abroad,
				seat,
				near
			]);
			expect(placeOf(byMention(home, 'Dronka'))).toBe('geonames:67');
		});

		it('lets the district stand for a place of it the gazetteer lacks, at its precision', () => {
			const { found, roles } = verdicts(
				'A drone hit a car near Lypka, Probinsky district, Testov region.'
			);
			const district = byMention(found, 'Probinsky');
			expect(placeOf(district)).toBe('geonames:62');
			expect(district?.resolution.kind !== 'unresolved' && district?.resolution.precision).toBe(
				'district'
			);
			expect(roles).toEqual(['Probinsky']);
			// A district after a place the gazetteer has only says where that place is.
			const known = verdicts('Shells hit the village of Kamyshka, Probinsky district.');
			expect(known.roles).toEqual(['Kamyshka']);
		});
	});
	it('reads a region after a place’s own kind word and a comma as its qualifier', () => {
		for (const text of [
			'Shelling hit Zelenivka village, Kherson region, on Monday.',
			'A drone hit a house in Zelenivka village (Kherson region).'
		]) {
			const found = geocode(text);
			expect(byMention(found, 'Kherson region')?.mention.qualifier).toBe(true);
			expect(placeOf(byMention(found, 'Zelenivka'))).toBe('geonames:21');
		}
		// Without a comma a district after "city" is no qualifier of the city ("X city Y district").
		const runOn = geocode('Shells fell on Kharkiv city Kherson region overnight.');
		expect(byMention(runOn, 'Kherson region')?.mention.qualifier).toBeUndefined();
	});
	it('looks for sound-alikes in the oblast a qualifier names when no candidate lies there', () => {
		const extra = [
			// A Russian spelling held as another oblast's village's own name …
			createGazetteerRow({
				id: 'geonames:50',
				name: 'Serednie',
				lat: 46.9,
				lon: 33.2,
				admin1Code: 'UA.08',
				population: 400,
				names: ['Sredneye']
			}),
			// … and the village meant, held only under its Ukrainian form.
			createGazetteerRow({
				id: 'geonames:51',
				name: 'Serednie',
				lat: 48.6,
				lon: 37.9,
				admin1Code: 'UA.05',
				population: 300
			})
		];
		// A village of that very spelling elsewhere: the name is no near miss, so no sound-alikes
		// are looked for unless the qualifier asks.
		extra.push(
			createGazetteerRow({
				id: 'geonames:52',
				name: 'Sredneye',
				lat: 50.1,
				lon: 36.9,
				admin1Code: 'UA.07',
				population: 200
			})
		);
		const found = geocode('Troops took Sadova and Sredneye in the Donetsk region.', extra);
		expect(placeOf(byMention(found, 'Sredneye'))).toBe('geonames:51');
	});
	it('lets a qualifier after a list qualify a village named with a "settlements of" cue', () => {
		const found = findMentions(
			'Troops took the settlements of Sadova and Zelenivka in the Kherson region.',
			createFixtureGazetteer()
		);
		const sadova = found.find((f) => f.mention.mention === 'Sadova');
		expect(sadova?.qualifiers.map((q) => q.mention.mention)).toEqual(['Kherson region']);
	});
	it('reads a bare name after a comma as a qualifier when a lower-case word follows it', () => {
		const found = geocode('Shelling of Zelenivka, Kherson on Monday hurt two.');
		expect(byMention(found, 'Kherson')?.mention.qualifier).toBe(true);
		expect(placeOf(byMention(found, 'Zelenivka'))).toBe('geonames:21');
		// A list goes on after "and": there the name is a place of its own.
		const listed = geocode('Shelling of Zelenivka, Kherson and Lypky.');
		expect(byMention(listed, 'Kherson')?.mention.qualifier).toBeUndefined();
	});
	it('reads a bare name in brackets after a place as its qualifier, which makes no point', () => {
		const text = 'Units pushed from Sadova (Donetsk) toward Zelenivka.';
		const found = geocode(text);
		const qualifier = byMention(found, 'Donetsk');
		expect(qualifier?.mention.qualifier).toBe(true);
		expect(pointMentions(text, found).map((m) => m.mention.mention)).toEqual([
			'Sadova',
			'Zelenivka'
		]);
	});
	it('reads "the X direction" as the town X, not a namesake hamlet near the other places', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:93',
				name: 'Stepohirsk',
				lat: 47.5,
				lon: 35.5,
				admin1Code: 'UA.05',
				population: 5000
			}),
			createGazetteerRow({
				id: 'geonames:94',
				name: 'Stepohirsk',
				lat: 48.42,
				lon: 37.15,
				admin1Code: 'UA.05'
			})
		];
		const axis = geocode('Attacks near Maiske and on the Stepohirsk direction.', extra);
		expect(placeOf(byMention(axis, 'Stepohirsk'))).toBe('geonames:93');
		const village = geocode('Attacks near Maiske and in Stepohirsk.', extra);
		expect(placeOf(byMention(village, 'Stepohirsk'))).toBe('geonames:94');
	});
});

describe('references', () => {
	it.each([
		'Troops shelled Lypky, which lies near Donetsk.',
		'Troops shelled Lypky, which is located 10 km north of Donetsk.',
		'Troops shelled Lypky, which lies north of Donetsk.'
	])('reads a relative clause that says where a place lies as its reference: "%s"', (text) => {
		const found = geocode(text);
		expect(byMention(found, 'Donetsk')?.mention.reference).toBe(true);
		expect(byMention(found, 'Lypky')?.mention.reference).toBeFalsy();
	});

	// Fixture: Sadova 32 lies some 30 km north of Donetsk; Sadova 30 beside Lypky and Dubky.
	it.each([
		'Fighting went on near Sadova, north of Donetsk, and near Lypky.',
		'Fighting went on near Dubky and near Sadova, north of Donetsk.'
	])('puts a place by its reference before another place of the sentence: "%s"', (text) => {
		const found = geocode(text);
		expect(placeOf(byMention(found, 'Sadova'))).toBe('geonames:32');
		expect(byMention(found, 'Donetsk')?.mention.reference).toBe(true);
	});
});

describe('robustness', () => {
	it('never throws and always reports offsets that slice back, on any text', () => {
		const geocoder = createGeocoder(createFixtureGazetteer());
		const word = fc.oneof(
			fc.constantFrom(
				'Kharkiv',
				'Sadova',
				'near',
				'the',
				'region',
				'Oblast',
				'(DPR)',
				'village of',
				'May',
				'-',
				',',
				'.',
				'\n\n',
				'Харків',
				'Austin said'
			),
			fc.string({ maxLength: 8 })
		);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 30 }), (words) => {
				const text = words.join(' ');
				for (const m of geocoder.geocode(text)) {
					expect(text.slice(m.mention.start, m.mention.end)).toBe(m.mention.mention);
					expect(m.resolution.alternatives.length).toBeLessThanOrEqual(5);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('pointMentions of any radius', () => {
	it('drops a region that only qualifies a place inside it', () => {
		const text = 'Shelling of Zelenivka, Kherson region.';
		const kept = pointMentions(text, geocode(text), Infinity);
		expect(kept.map((m) => m.mention.mention)).toEqual(['Zelenivka']);
	});
});

describe('war-zone prior', () => {
	// Two invented namesakes: one in Kharkiv Oblast far from the fighting (listed first, so it wins
	// ties), one on the line of contact in Kherson Oblast.
	const namesakes = [
		createGazetteerRow({
			id: 'geonames:91',
			name: 'Hlyboka Balka',
			lat: 48.9,
			lon: 36.0,
			admin1Code: 'UA.07'
		}),
		createGazetteerRow({
			id: 'geonames:90',
			name: 'Hlyboka Balka',
			lat: 46.7,
			lon: 32.7,
			admin1Code: 'UA.08'
		})
	];

	it('prefers the namesake near the fighting when the text says nothing else', () => {
		expect(placeOf(geocode('Shelling of Hlyboka Balka.', namesakes)[0])).toBe('geonames:90');
	});

	it('gives way to a region the text names', () => {
		const found = geocode('Shelling of Hlyboka Balka, Kharkiv region.', namesakes);
		expect(placeOf(byMention(found, 'Hlyboka Balka'))).toBe('geonames:91');
	});
});

describe('candidate generation', () => {
	it('reads an adjective made from a name back to the name ("Khmelivska school")', () => {
		expect(placeOf(byMention(geocode('Damage to the Khmelivska school.'), 'Khmelivska'))).toBe(
			'geonames:50'
		);
	});

	it('reads a lower-case name after a place cue', () => {
		const found = geocode('Shelling in the village of zelenivka overnight.');
		expect(found.map((m) => m.mention.mention)).toEqual(['zelenivka']);
	});

	it('does not read a lower-case English word as a place after "in"', () => {
		const abroad = createGazetteerRow({
			id: 'geonames:95',
			name: 'Financial District',
			countryCode: 'US',
			lat: 40.7,
			lon: -74.0
		});
		expect(geocode('Losses in financial terms grew.', [abroad])).toEqual([]);
	});

	it('reads a town\'s own name in lower case after "of" ("shelling of donetsk")', () => {
		expect(geocode('Shelling of donetsk went on all night.').map(placeOf)).toEqual(['geonames:11']);
	});

	it('reads a lower-case town of any shape after a place cue, but not a small village', () => {
		const town = (id: string, name: string, population: number) =>
			createGazetteerRow({ id, name, lat: 48.3, lon: 37.2, admin1Code: 'UA.05', population });
		const extra = [town('geonames:97', 'Sarnol', 25_000), town('geonames:98', 'Varol', 400)];
		expect(geocode('Sirens sounded in sarnol.', extra).map(placeOf)).toEqual(['geonames:97']);
		expect(geocode('A strike on sarnol.', extra).map(placeOf)).toEqual(['geonames:97']);
		expect(geocode('Sirens sounded in varol.', extra)).toEqual([]);
	});

	it('reads a lower-case town by another spelling of its name ("of kharkov")', () => {
		expect(geocode('The fate of kharkov was discussed.').map(placeOf)).toEqual(['geonames:10']);
	});

	it('does not read a lower-case foreign-language name of a town ("of harbor")', () => {
		const town = createGazetteerRow({
			id: 'geonames:97',
			name: 'Sarnol',
			lat: 48.3,
			lon: 37.2,
			admin1Code: 'UA.05',
			population: 25_000,
			names: ['Harbor']
		});
		expect(geocode('The lights of harbor went out.', [town])).toEqual([]);
	});

	it('reads a lower-case village name in a neuter adjective ending after a place cue', () => {
		const village = createGazetteerRow({
			id: 'geonames:97',
			name: 'Solodke',
			lat: 47.9,
			lon: 37.3,
			admin1Code: 'UA.05',
			population: 300
		});
		expect(geocode('Mortars hit positions in solodke.', [village]).map(placeOf)).toEqual([
			'geonames:97'
		]);
	});

	it('reads a lower-case name of several words after a place cue ("near nova sadova")', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:97',
				name: 'Nova Sadova',
				lat: 47.1,
				lon: 33.4,
				admin1Code: 'UA.08',
				population: 900
			})
		];
		const found = geocode('Water rose near nova sadova overnight.', extra);
		expect(found.map((m) => m.mention.mention)).toEqual(['nova sadova']);
		expect(found.map(placeOf)).toEqual(['geonames:97']);
	});

	it('reads no lower-case run whose other words are not part of a name ("in sadova the")', () => {
		expect(geocode('Crowds gathered in sadova the day before.')).toEqual([]);
	});

	it('does not read a name followed by "River" as the village', () => {
		expect(geocode('Boats crossed the Dubky River at dawn.')).toEqual([]);
	});
});

describe('offsets', () => {
	it('moves the point by "N km <direction> of X"', () => {
		const [m] = geocode('Artillery positions 11 km north of Lypky were hit.');
		expect(m.mention.offset).toEqual({ km: 11, bearingDeg: 0 });
		if (m.resolution.kind === 'unresolved') throw new Error('unresolved');
		expect(m.resolution.offsetPoint?.lat).toBeCloseTo(50.25 + 11 / 111.2, 2);
		expect(m.resolution.offsetPoint?.lon).toBeCloseTo(36.55, 3);
		expect(m.resolution.precision).toBe('near_settlement');
	});

	it('reads the distance given in both units or in words, as wire copy writes it', () => {
		for (const text of [
			'Artillery positions 11 km (7 miles) north of Lypky were hit.',
			'Artillery positions 11 kilometres ( about 7 mi. ) north of the village of Lypky were hit.'
		])
			expect(geocode(text)[0].mention.offset).toEqual({ km: 11, bearingDeg: 0 });
		// Small numbers in words, as wire copy writes them.
		expect(
			geocode('Positions some five kms (three miles) southwest of the city of Lypky were hit.')[0]
				.mention.offset
		).toEqual({ km: 5, bearingDeg: 225 });
		// The converted figure is not the distance.
		expect(
			geocode('Positions 7 miles (11 km) north of Lypky were hit.')[0].mention.offset?.km
		).toBeCloseTo(7 * 1.609344, 6);
	});

	it('leaves mentions without an offset alone', () => {
		const [m] = geocode('Artillery positions near Lypky were hit.');
		expect(m.mention.offset).toBeUndefined();
		expect(m.resolution.kind !== 'unresolved' && m.resolution.offsetPoint).toBeFalsy();
	});
});

describe('pointMentions', () => {
	it('keeps places and drops an oblast named on its own', () => {
		const region = 'Strikes in the Kherson region.';
		expect(pointMentions(region, geocode(region))).toEqual([]);
		const lypky = 'Strikes on Lypky.';
		expect(pointMentions(lypky, geocode(lypky)).map((m) => m.mention.mention)).toEqual(['Lypky']);
	});
});

describe('the war-zone prior between namesakes', () => {
	/** Two villages of one invented name, alike but for where they lie. */
	function namesakes(a: [number, number, string], b: [number, number, string]): GazetteerRow[] {
		return [a, b].map(([lat, lon, admin1Code], i) =>
			createGazetteerRow({ id: `test:${i}`, name: 'Tykha Dolyna', lat, lon, admin1Code })
		);
	}

	it('prefers the line of contact to the spring-2022 Sumy front and the border', () => {
		// One on the 2022 Sumy front (and 40 km from the border), one 5 km from the line of contact.
		const extra = namesakes([50.6, 34.86, 'UA.21'], [47.94, 37.4, 'UA.05']);
		const found = createGeocoder(createFixtureGazetteer(extra)).geocode(
			'Shelling reported in Tykha Dolyna.'
		);
		expect(placeOf(byMention(found, 'Tykha Dolyna'))).toBe('test:1');
	});

	it('lets the date say which front was active', () => {
		// One on the spring-2022 front west of Kyiv, one 10 km from the line of contact.
		const geocoder = createGeocoder(
			createFixtureGazetteer(namesakes([50.55, 30.23, 'UA.13'], [47.94, 37.3, 'UA.05']))
		);
		const text = 'A bridge destroyed in Tykha Dolyna.';
		const on = (date?: string) =>
			placeOf(byMention(geocoder.geocode(text, { date }), 'Tykha Dolyna'));
		expect(on('2022-03-15')).toBe('test:0');
		expect(on('2023-05-01')).toBe('test:1');
		expect(on()).toBe('test:1');
	});
});

describe('sentences written in capitals', () => {
	it('reads a short name as a place, not an acronym', () => {
		const found = geocode('HEAVY SHELLING IN LYPKY OVERNIGHT');
		expect(found.map(placeOf)).toEqual(['geonames:33']);
	});

	it('still reads a region abbreviation as the region', () => {
		const found = geocode('DPR SHELLING OF BAKHMUT');
		expect(found.map((m) => m.mention.mention)).toEqual(['DPR', 'BAKHMUT']);
	});

	it('takes no place abroad for an English word', () => {
		const extra = [
			createGazetteerRow({
				id: 'geonames:97',
				name: 'Harbour',
				lat: 51.5,
				lon: -0.1,
				countryCode: 'GB',
				featureClass: 'P',
				featureCode: 'PPL'
			})
		];
		const found = geocode('BOATS BURNING IN THE HARBOUR OF BAKHMUT', extra);
		expect(found.map((m) => m.mention.mention)).toEqual(['BAKHMUT']);
		expect(geocode('Boats burning in Harbour.', extra).map((m) => m.mention.mention)).toEqual([
			'Harbour'
		]);
	});

	it('ends a title before an ordinary word, so a name after it is no person', () => {
		expect(geocode('JOURNALIST SEEN IN LYPKY').map(placeOf)).toEqual(['geonames:33']);
		expect(geocode('JOURNALIST IN LYPKY').map(placeOf)).toEqual(['geonames:33']);
	});
});

describe('prior lists kept from text to text', () => {
	const texts = [
		'Shelling hit Zelenivka, Lypky and Dubky near Kharkiv.',
		'Drones struck Sadova and Zelenivka in the Kherson region.',
		'Fighting continued near Lypky, Vovcha and Sadova, officials said.'
	];

	it('a geocoder that has read other texts ranks a text as a fresh one does', () => {
		const gazetteer = createFixtureGazetteer();
		const used = createGeocoder(gazetteer);
		used.geocode(texts[0]);
		used.geocode(texts[1], { date: '2023-06-01' });
		used.geocode(texts[1]);
		for (const text of texts) {
			expect(used.geocode(text)).toEqual(createGeocoder(gazetteer).geocode(text));
			expect(used.geocode(text, { date: '2024-02-01' })).toEqual(
				createGeocoder(gazetteer).geocode(text, { date: '2024-02-01' })
			);
		}
	});
});
