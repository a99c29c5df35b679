import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { createFixtureGazetteer, createForeignRegionRow } from '../geocode/fixture';
import { createGeocoder } from '../geocode/geocoder';
import { roles } from '../geocode/roles';
import { createTestGeocoder, type FixturePlace } from './fixtures';
import { selectIncidentPlaces } from './places';

const PLACES: FixturePlace[] = [
	{ name: 'Zorivka', lat: 48.1, lon: 37.2 },
	{ name: 'Lisne', lat: 48.2, lon: 37.3 },
	{ name: 'Brodovo', lat: 48.3, lon: 37.4 },
	{ name: 'Vienna', lat: 48.2, lon: 16.37, countryCode: 'AT' },
	{ name: 'Chad', lat: 15, lon: 19, precision: 'country', countryCode: 'TD' },
	{ name: 'Peru', lat: -9, lon: -75, precision: 'country', countryCode: 'PE' },
	{ name: 'Moldova', lat: 47, lon: 28.5, precision: 'country', countryCode: 'MD' },
	{ name: 'Kalmar', lat: 48.5, lon: 35, precision: 'region' },
	{ name: 'Ostrava', lat: 48.6, lon: 35.1, precision: 'region' },
	{ name: 'Ukraine', lat: 49, lon: 32, precision: 'country' }
];

function incident(text: string): string[] {
	const geocoder = createTestGeocoder(PLACES);
	return selectIncidentPlaces(text, { start: 0, end: text.length }, geocoder.geocode(text))
		.filter((d) => d.kind === 'incident')
		.map((d) => d.mention.mention.mention);
}

describe('selectIncidentPlaces', () => {
	it('keeps every place of a list where the event happened', () => {
		expect(incident('Troops shelled Zorivka, Lisne and Brodovo overnight.')).toEqual([
			'Zorivka',
			'Lisne',
			'Brodovo'
		]);
	});

	it('leaves out meeting places, also for the whole list', () => {
		expect(
			incident(
				'The ministers met on Monday in Vienna and Lisne to discuss the shelling of Zorivka.'
			)
		).toEqual(['Zorivka']);
	});

	it('leaves out comparisons, aid destinations and stationing places', () => {
		expect(incident('Drones hit Zorivka, in an attack similar to the one in Moldova.')).toEqual([
			'Zorivka'
		]);
		expect(incident('Shelling stopped grain exports that reach buyers in Chad and Peru.')).toEqual(
			[]
		);
		expect(
			incident(
				'Missiles struck Lisne, near the border where allied troops are stationed in Moldova.'
			)
		).toEqual(['Lisne']);
	});

	it('leaves out where forces are supplied or sent to ("for the army in X")', () => {
		expect(
			incident('Missiles hit Zorivka, a hub that carries shells for the Ukrainian army in Lisne.')
		).toEqual(['Zorivka']);
		expect(incident('Reinforcements were sent to the troops in Lisne.')).toEqual([]);
		// Fighting the forces in a place keeps it.
		expect(incident('Artillery struck the troops in Lisne.')).toEqual(['Lisne']);
	});

	it('keeps a village that "will" follows as a place (a forecast, not a government)', () => {
		expect(incident('Taking Brodovo will reveal the next phase of the offensive.')).toEqual([
			'Brodovo'
		]);
	});

	it('leaves out what an event would bring about ("would threaten X", "will let troops reach Y")', () => {
		expect(
			incident('If confirmed, the capture of Zorivka would threaten Lisne and Brodovo.')
		).toEqual(['Zorivka']);
		expect(incident('Troops took Zorivka, which will let them reach Lisne.')).toEqual(['Zorivka']);
		expect(incident('Drones hit Zorivka and may have struck Lisne.')).toEqual(['Zorivka', 'Lisne']);
	});

	it('leaves out every launch site of a list after "from", with its descriptions', () => {
		expect(
			incident(
				'Troops fired missiles from Moldova’s Kalmar region and temporarily occupied Lisne, while drones were launched from Cape Testo (Zorivka) and the Russian city of Brodovo.'
			)
		).toEqual([]);
		// A verb after the sites ends them: what it hit is the event's place.
		expect(incident('Drones launched from Lisne and Zorivka hit Brodovo.')).toEqual(['Brodovo']);
	});

	it('leaves out a clock and the seat of a source', () => {
		expect(incident('The attack began at 08:00 Vienna time and troops shelled Brodovo.')).toEqual([
			'Brodovo'
		]);
		expect(incident('The Vienna think tank said troops took Brodovo.')).toEqual(['Brodovo']);
		expect(incident('A Vienna newspaper said troops took Brodovo.')).toEqual(['Brodovo']);
	});

	it('leaves out a country named as a border line and a launch site', () => {
		expect(incident('Rockets launched from Moldova hit Brodovo.')).toEqual(['Brodovo']);
		expect(
			incident('Russia launched 23 Shahed drones from Lisne and Zorivka at Brodovo overnight.')
		).toEqual(['Brodovo']);
		expect(incident('Strikes hit areas close to the Moldova border.')).toEqual([]);
		// The line between two regions, named by both ("the X-Y region border").
		expect(incident('Troops advanced near the Lisne-Zorivka region border.')).toEqual([]);
		// The border with a country's region, the country written in the possessive.
		expect(incident('A drone hit Zorivka, near the border with Moldova’s Kalmar region.')).toEqual([
			'Zorivka'
		]);
		expect(
			incident('Troops shelled Brodovo, near the border with the partially occupied Lisne region.')
		).toEqual(['Brodovo']);
		// The launch site's own area is no claim place either, nor a cape or an airfield before it.
		expect(
			incident('The enemy launched drones from Cape Brodovo in occupied Lisne at Zorivka.')
		).toEqual(['Zorivka']);
		// A second weapon from a second site, the site described as occupied; "attack drones" is a
		// weapon, not an attack between the launch and its site.
		expect(
			incident(
				'The enemy launched 12 Shahed attack drones from Cape Brodovo and one guided missile from temporarily occupied Lisne.'
			)
		).toEqual([]);
	});

	it('keeps both regions of "the A and B regions" and drops the country that contains them', () => {
		expect(
			incident('Tanks were destroyed in the Kalmar and Ostrava regions of eastern Ukraine.')
		).toEqual(['Kalmar', 'Ostrava']);
	});

	it('drops a region that only locates the village before it', () => {
		expect(incident('Drones were downed over Zorivka in the Kalmar region and Lisne.')).toEqual([
			'Zorivka',
			'Lisne'
		]);
		expect(
			incident('Drones were downed over Zorivka in the Kalmar region, Lisne, and Brodovo.')
		).toEqual(['Zorivka', 'Lisne', 'Brodovo']);
	});

	it('keeps a country only when the event is put in it', () => {
		expect(incident('Moldova and its allies shelled the port.')).toEqual([]);
		expect(incident('Drones were shot down over Moldova.')).toEqual(['Moldova']);
	});

	it('drops the region of an address ("Town, Region.") but not a region in a list', () => {
		expect(incident('Strikes hit Zorivka, Kalmar region.')).toEqual(['Zorivka']);
		expect(incident('Strikes hit Zorivka, Kalmar region, and Lisne.')).toEqual([
			'Zorivka',
			'Kalmar',
			'Lisne'
		]);
	});

	it('drops a place that only serves as a reference point ("X, south of Y")', () => {
		expect(
			incident('Assaults were repelled near Zorivka, 5 km south of Brodovo, and Lisne.')
		).toEqual(['Zorivka', 'Lisne']);
	});

	it('drops a place that only says the one before it is near it ("X near Y")', () => {
		expect(incident('Troops took the village of Zorivka near Lisne.')).toEqual(['Zorivka']);
		expect(incident('Drones were downed over Ukraine near Lisne.')).toEqual(['Lisne']);
	});

	it('keeps a meeting cue from reaching past an event verb', () => {
		expect(incident('After the talks, troops shelled Lisne.')).toEqual(['Lisne']);
	});

	/** The incident places of `text` when its claimant is the phrase `claimant` that opens it. */
	const incidentWithClaimant = (text: string, claimant: string) =>
		selectIncidentPlaces(
			text,
			{ start: 0, end: text.length },
			createTestGeocoder(PLACES).geocode(text),
			{ start: 0, end: claimant.length }
		)
			.filter((d) => d.kind === 'incident')
			.map((d) => d.mention.mention.mention);

	it('leaves out a place inside the claimant', () => {
		expect(
			incidentWithClaimant(
				'The Zorivka administration said drones hit Lisne.',
				'The Zorivka administration'
			)
		).toEqual(['Lisne']);
	});

	it('leaves out the place a claimant is of, right after it ("the head of the militia in X")', () => {
		expect(
			incidentWithClaimant(
				'The head of the militia in Zorivka reported that drones hit Lisne.',
				'The head of the militia'
			)
		).toEqual(['Lisne']);
	});
});

describe('selectIncidentPlaces: fronts, borders and governments', () => {
	it('leaves out a list of directions and a compass-named area', () => {
		expect(incident('In the Zorivka and Lisne directions, troops attacked near Brodovo.')).toEqual([
			'Brodovo'
		]);
		expect(incident('Units improved their positions in the south Zorivka area.')).toEqual([]);
	});

	it('leaves out the region a border is shared with', () => {
		expect(
			incident('The capture opened the way towards the border with the Kalmar region.')
		).toEqual([]);
	});

	it('leaves out a place that only qualifies a village, past "the partly occupied"', () => {
		expect(
			incident(
				'Troops retook the village of Zorivka in the partly occupied southern Kalmar region.'
			)
		).toEqual(['Zorivka']);
	});

	it('keeps the place of people killed there, but not "the people of" a place as a party', () => {
		expect(incident('Drones killed two people in Zorivka overnight.')).toEqual(['Zorivka']);
		expect(incident('Shelling wounded 14 citizens in Lisne.')).toEqual(['Lisne']);
		expect(incident('The shelling of Brodovo angered the people of Lisne.')).toEqual(['Brodovo']);
	});

	it('leaves out a capital used as an adjective of control', () => {
		expect(incident('Shells hit the Lisne-controlled bank near Zorivka.')).toEqual(['Zorivka']);
	});
});

describe('selectIncidentPlaces: the roles the geocoder gives', () => {
	const geocoder = createGeocoder(createFixtureGazetteer());

	/** The decisions on `text` as "mention: incident" or "mention: reason". */
	function decide(text: string): string[] {
		return selectIncidentPlaces(text, { start: 0, end: text.length }, geocoder.geocode(text)).map(
			(d) => `${d.mention.mention.mention}: ${d.kind === 'incident' ? 'incident' : d.reason}`
		);
	}

	it('leaves out a qualifier in brackets, as the geocoder links it', () => {
		expect(decide('Units shelled Sadova (Donetsk region) and Zelenivka.')).toEqual([
			'Sadova: incident',
			'Donetsk region: qualifier',
			'Zelenivka: incident'
		]);
	});

	it('leaves out a region that only contains another place of the sentence', () => {
		expect(decide('Shelling hit Lypky and other villages of the Kharkiv region.')).toEqual([
			'Lypky: incident',
			'Kharkiv region: container'
		]);
	});

	it('makes no placeless claim of a name the gazetteer lacks in an address', () => {
		const row = (
			id: string,
			name: string,
			lat: number,
			lon: number,
			country = 'RU',
			population = 900
		) =>
			createGazetteerRow({
				id,
				name,
				lat,
				lon,
				countryCode: country,
				admin1Code: country === 'RU' ? 'RU.09' : 'UA.05',
				population
			});
		const abroad = createGeocoder(
			createFixtureGazetteer([
				createForeignRegionRow('x:oblast'),
				row('x:probino', 'Probino', 50.6, 37.2, 'RU', 40000),
				row('x:kamyshka', 'Kamyshka', 50.65, 37.3),
				// Namesakes at home only.
				row('x:dronka', 'Dronka', 48.2, 37.6, 'UA'),
				row('x:valino', 'Valino', 48.3, 37.7, 'UA')
			])
		);
		const decideAbroad = (text: string) =>
			selectIncidentPlaces(text, { start: 0, end: text.length }, abroad.geocode(text)).map(
				(d) => `${d.mention.mention.mention}: ${d.kind === 'incident' ? 'incident' : d.reason}`
			);
		// The village is not in the gazetteer: its district stands for it.
		expect(
			decideAbroad('A drone hit a car near Dronka, Probinsky district, Testov region.')
		).toEqual([
			'Dronka: located by its district',
			'Probinsky: incident',
			'Testov region: qualifier'
		]);
		// The district is not: it still only says where the village is.
		expect(decideAbroad('Shells hit Kamyshka, Valinsky district, Testov region.')).toEqual([
			'Kamyshka: incident',
			'Valinsky: qualifier',
			'Testov region: qualifier'
		]);
	});

	it('excludes exactly the mentions whose role is context or reference', () => {
		const text = 'Troops took Lypky, north of Kharkiv, and Zelenivka, Kherson region.';
		const mentions = geocoder.geocode(text);
		const verdicts = roles(text, mentions);
		const decisions = selectIncidentPlaces(text, { start: 0, end: text.length }, mentions);
		expect(decisions.map((d) => d.kind === 'excluded')).toEqual(
			verdicts.map((v) => v.role === 'context' || v.role === 'reference')
		);
		expect(verdicts.map((v) => v.role)).toEqual(['point', 'reference', 'point', 'context']);
	});
});
