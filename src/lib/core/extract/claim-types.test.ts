import { describe, expect, it } from 'vitest';
import { createTestGeocoder, type FixturePlace } from './fixtures';
import { findEvents } from './events';
import { extractClaims } from './pipeline';

const PLACES: FixturePlace[] = [
	{ name: 'Ivanopil', lat: 48.1, lon: 37.1 },
	{ name: 'Sadove', lat: 48.2, lon: 37.2 },
	{ name: 'Dubove', lat: 48.3, lon: 37.3 },
	{ name: 'Kamianka', lat: 48.4, lon: 37.4 },
	{ name: 'Poltava', lat: 49.6, lon: 34.5, precision: 'region' },
	{ name: 'Sumy', lat: 50.9, lon: 34.8, precision: 'region' },
	{ name: 'Kharkiv', lat: 49.99, lon: 36.23, precision: 'region' },
	{
		name: 'Testbas',
		lat: 48.5,
		lon: 38.5,
		precision: 'region',
		featureCode: 'RGN',
		admin1Code: 'UA.00'
	}
];

/** Event type and place of every feature extracted from `text`. */
function claims(text: string): [string, string | null][] {
	const result = extractClaims(
		{ text, published: '2024-05-02', title: null },
		createTestGeocoder(PLACES)
	);
	if (result.kind !== 'extracted') throw new Error(result.reason);
	return result.collection.features.map((f) => [f.properties.eventType, f.properties.placeMention]);
}

describe('claim types over whole sentences', () => {
	it('downs what the sentence before downed when a downing names nothing downed', () => {
		expect(
			claims(
				'Air defence destroyed 40 of 50 drones, the air force said.\n\nIntercepts were recorded over the Poltava and Sumy regions.'
			)
		).toEqual([
			['drone_downed', null],
			['drone_downed', 'Poltava'],
			['drone_downed', 'Sumy']
		]);
		// Nothing downed before it: the verb's own default.
		expect(claims('Intercepts were recorded over the Poltava and Sumy regions.')).toEqual([
			['missile_downed', 'Poltava'],
			['missile_downed', 'Sumy']
		]);
		// A sentence that names what it downed keeps it.
		expect(
			claims('Air defence destroyed 40 drones. Two missiles were intercepted over Sumy.')
		).toEqual([
			['drone_downed', null],
			['missile_downed', 'Sumy']
		]);
	});

	it('takes no place from the armies of two capitals named in the possessive', () => {
		expect(
			claims("Shelling went on along the line between Ivanopil's and Sadove's armies near Dubove.")
		).toEqual([['strike', 'Dubove']]);
	});

	it('reads a place that "has been taken" as taken, not people taken to hospital', () => {
		expect(claims('The official said the village of Sadove had been taken.')).toEqual([
			['territorial_control', 'Sadove']
		]);
		expect(claims('Sadove was taken by Russian forces, the ministry said.')).toEqual([
			['territorial_control', 'Sadove']
		]);
		expect(claims('Two soldiers were taken to hospital in Sadove.')).toEqual([]);
		expect(claims('Two soldiers have been taken to hospital in Sadove.')).toEqual([]);
	});

	it('reads shells that fell on places and manpower "defeated" in a briefing as strikes', () => {
		expect(claims('Over the day, 40 artillery shells fell on Ivanopil and Sadove.')).toEqual([
			['strike', 'Ivanopil'],
			['strike', 'Sadove']
		]);
		expect(claims('The plane landed in Sadove.')).toEqual([]);
		expect(
			claims('Enemy manpower and hardware in the areas of Ivanopil and Dubove were defeated.')
		).toEqual([
			['strike', 'Ivanopil'],
			['strike', 'Dubove']
		]);
		expect(claims('Gunners engaged enemy manpower near Sadove.')).toEqual([['strike', 'Sadove']]);
		expect(claims('The team was defeated in Sadove.')).toEqual([]);
	});

	it('takes no place from a goal ("in order to", "with the aim of")', () => {
		expect(
			claims('Troops attacked near Ivanopil in order to take full control of Sadove and Dubove.')
		).toEqual([['territorial_control', 'Ivanopil']]);
		expect(claims('Troops attacked near Ivanopil with the aim of reaching Sadove.')).toEqual([
			['territorial_control', 'Ivanopil']
		]);
		// A goal that opens the sentence ends at its comma: what follows is where it happened.
		expect(claims('In order to advance, the enemy shelled Sadove and Dubove.')).toEqual([
			['strike', 'Sadove'],
			['strike', 'Dubove']
		]);
		expect(claims('In order to reach Ivanopil, the enemy shelled Sadove.')).toEqual([
			['strike', 'Sadove']
		]);
		// One later in the sentence runs to the clause's end, a long way past its verb.
		expect(
			claims(
				'The enemy keeps up its offensive in the east in order to set up complete control over the lands of two provinces and hold the supply route between those lands and the occupied Sadove.'
			)
		).toEqual([['territorial_control', null]]);
	});

	it('takes no place from a historical region over several oblasts ("Donbas")', () => {
		expect(claims('The enemy shelled Testbas overnight.')).toEqual([['strike', null]]);
		expect(claims('Troops moved deeper into the Testbas city of Sadove.')).toEqual([
			['territorial_control', 'Sadove']
		]);
	});

	it('takes no place from the two ends of an axis ("in the direction of X - Y")', () => {
		expect(
			claims(
				'In the direction of Ivanopil - Sadove, the enemy attempted an offensive in the area of Dubove.'
			)
		).toEqual([['territorial_control', 'Dubove']]);
		expect(claims('The enemy tried to advance in the direction of Ivanopil–Sadove.')).toEqual([
			['territorial_control', null]
		]);
		// One place after "in the direction of" is where the attack went.
		expect(claims('The enemy tried to advance in the direction of Sadove.')).toEqual([
			['territorial_control', 'Sadove']
		]);
	});

	it('reads a list of "affected" villages as the places an attack hit', () => {
		expect(
			claims(
				'The enemy shelled the district overnight. Other affected villages include: Ivanopil and Sadove.'
			)
		).toEqual([
			['strike', null],
			['strike', 'Ivanopil'],
			['strike', 'Sadove']
		]);
		expect(claims('Among the affected localities are Ivanopil and Dubove.')).toEqual([
			['strike', 'Ivanopil'],
			['strike', 'Dubove']
		]);
		expect(claims('Villages affected by the shelling were Sadove and Dubove.')).toEqual([
			['strike', 'Sadove'],
			['strike', 'Dubove']
		]);
		// Affected by something that is no attack: no claim.
		expect(claims('Villages affected by the floods include Sadove and Dubove.')).toEqual([]);
		expect(claims('Towns affected by power cuts were Sadove and Dubove.')).toEqual([]);
	});

	it('places the claim before at the places a sentence then names', () => {
		expect(
			claims(
				'The General Staff said the enemy launched nine assaults. Among the villages listed were Ivanopil and Dubove.'
			)
		).toEqual([
			['territorial_control', null],
			['territorial_control', 'Ivanopil'],
			['territorial_control', 'Dubove']
		]);
	});

	it("reads a briefing's defeated formations and units as strikes where they were", () => {
		expect(
			claims('Gunners defeated formations of a rifle brigade in the areas of Ivanopil and Dubove.')
		).toEqual([
			['strike', 'Ivanopil'],
			['strike', 'Dubove']
		]);
		expect(claims('Units of a rifle brigade were defeated near Sadove.')).toEqual([
			['strike', 'Sadove']
		]);
		// A defeat that is no fire on anyone: no claim.
		expect(claims('The bill was defeated in Sadove.')).toEqual([]);
		expect(claims('The units defeated the home team in Sadove.')).toEqual([]);
	});

	it('reads attempts by forces to break through and fighting still going on as fighting', () => {
		expect(
			claims('The report counted 30 attempts by enemy forces to break through near Ivanopil.')
		).toEqual([['territorial_control', 'Ivanopil']]);
		expect(claims('Fighting is still ongoing near Sadove and Dubove.')).toEqual([
			['territorial_control', 'Sadove'],
			['territorial_control', 'Dubove']
		]);
		expect(claims('Battles still continue near Kamianka.')).toEqual([
			['territorial_control', 'Kamianka']
		]);
		expect(claims('One armed clash continued near Kamianka.')).toEqual([
			['territorial_control', 'Kamianka']
		]);
		expect(claims('Attempts by the council to break the deadlock in Sadove failed.')).toEqual([]);
		// A report's "hottest" or "most tense" place, and a tactical situation tried for.
		expect(claims('The situation was the hottest near Sadove.')).toEqual([
			['territorial_control', 'Sadove']
		]);
		expect(claims('The enemy twice tried to improve the tactical situation near Dubove.')).toEqual([
			['territorial_control', 'Dubove']
		]);
		expect(claims('The economic situation is tense in Sadove.')).toEqual([]);
		// Troops mopped up in a place are the last of its taking; water mopped up is not.
		expect(claims('The units are mopping up enemy remnants in Sadove.')).toEqual([
			['territorial_control', 'Sadove']
		]);
		expect(claims('Volunteers were mopping up water in Sadove.')).toEqual([]);
	});

	it('reads reported damage and falling drone debris as a strike', () => {
		expect(claims('The governor reported damage to six buildings in Sadove.')).toEqual([
			['strike', 'Sadove']
		]);
		expect(claims('Falling drone debris set a barn on fire in Sadove.')).toEqual([
			['strike', 'Sadove']
		]);
		expect(claims('In Sadove, the strike resulted in damage to a barn.')).toEqual([
			['strike', 'Sadove']
		]);
		expect(claims('The attack caused damage to two houses in Dubove.')).toEqual([
			['strike', 'Dubove']
		]);
	});

	it('reads "under enemy fire" without a verb as shelling, and "attacking" as a verb only', () => {
		expect(claims('The governor said that under enemy fire were Ivanopil and Sadove.')).toEqual([
			['strike', 'Ivanopil'],
			['strike', 'Sadove']
		]);
		expect(claims('Russian troops are attacking near Ivanopil, the General Staff said.')).toEqual([
			['territorial_control', 'Ivanopil']
		]);
		expect(claims('The attacking units were stopped, the general said.')).toEqual([]);
	});

	it('gives repelled attacks one territorial-control claim at each place', () => {
		expect(
			claims('Defenders beat off assaults on Ivanopil, Sadove and Dubove, the General Staff said.')
		).toEqual([
			['territorial_control', 'Ivanopil'],
			['territorial_control', 'Sadove'],
			['territorial_control', 'Dubove']
		]);
	});

	it('reads attacks placed by a bearing ("north of X", "west of the city near Y") as ground attacks', () => {
		expect(claims('The General Staff reported five Russian attacks north of Ivanopil.')).toEqual([
			['territorial_control', 'Ivanopil']
		]);
		expect(
			claims(
				'The institute reported Russian attacks on Ivanopil itself, west of the city near Sadove.'
			)
		).toEqual([
			['territorial_control', 'Ivanopil'],
			['territorial_control', 'Sadove']
		]);
		// A weapon still makes it a strike.
		expect(claims('Russian missile attacks north of Ivanopil damaged a school.')[0][0]).toBe(
			'strike'
		);
	});

	it('counts people an armed force lost as casualties, and a town’s lost residents as none', () => {
		expect(claims('The official claims the enemy lost up to 89 people near Ivanopil.')).toEqual([
			['casualties', 'Ivanopil']
		]);
		expect(claims('Sadove lost 300 residents to the evacuation.')).toEqual([]);
	});

	it('reads a destroyed arsenal as equipment and "battles taking place" as fighting', () => {
		expect(claims('Missiles destroyed a large arsenal of the enemy in Ivanopil.')).toEqual([
			['equipment_destroyed', 'Ivanopil']
		]);
		expect(
			claims('There are battles taking place from the village of Sadove towards Dubove.')
		).toEqual([
			['territorial_control', 'Sadove'],
			['territorial_control', 'Dubove']
		]);
	});

	it('reads troops moving deeper into a place as an advance, a family moving in as none', () => {
		expect(claims('Russian troops are moving deeper into Ivanopil from the outskirts.')).toEqual([
			['territorial_control', 'Ivanopil']
		]);
		expect(claims('The family moved into Ivanopil last year.')).toEqual([]);
	});

	it('gives drones shot down over a list of regions one drone claim at each, nothing else', () => {
		expect(
			claims(
				'Anti-aircraft missile units and air defence systems shot down 14 drones over the Poltava, Sumy and Kharkiv regions.'
			)
		).toEqual([
			['drone_downed', 'Poltava'],
			['drone_downed', 'Sumy'],
			['drone_downed', 'Kharkiv']
		]);
	});

	it('puts no strike at the places where the weapons it launched were shot down', () => {
		expect(
			claims(
				'Overnight the enemy launched 30 drones, and air defence shot down 25 of them over the Poltava and Sumy regions.'
			)
		).toEqual([
			['strike', null],
			['drone_downed', 'Poltava'],
			['drone_downed', 'Sumy']
		]);
	});

	// Invented sentences in the styles of the reports the extractor reads, one expected type list each.
	const STYLES: [string, string, string[]][] = [
		[
			'Russian MoD briefing',
			'Units of the Dnepr battlegroup repelled four counterattacks by Ukrainian assault detachments near Zelenopillia and Krasnoyarivka.',
			['territorial_control']
		],
		[
			'Russian MoD briefing',
			'Within a day, Russian air defence systems shot down 31 fixed-wing drones and three JDAM guided aerial bombs.',
			['drone_downed']
		],
		[
			'Russian MoD briefing',
			'Operational-tactical aviation, drones and missile troops struck a Ukrainian ammunition depot near Lisne.',
			['strike']
		],
		[
			'Russian MoD briefing',
			'The Tsentr battlegroup improved the tactical situation and took the village of Stepove.',
			['territorial_control']
		],
		[
			'Russian MoD briefing',
			'Enemy losses amounted to up to 240 servicemen, two tanks and four field artillery guns.',
			['casualties', 'equipment_destroyed']
		],
		[
			'General Staff update',
			'Since the beginning of the day, 94 combat engagements have taken place along the whole line of contact.',
			['territorial_control']
		],
		[
			'General Staff update',
			'In the Pokrovsk direction, the occupiers attacked 19 times near Kalynove, Dubrivka and Lisne.',
			['territorial_control']
		],
		[
			'General Staff update',
			'The enemy carried out airstrikes with guided aerial bombs on Zelenopillia and Krasnoyarivka.',
			['strike']
		],
		[
			'General Staff update',
			'Our defenders are holding back the onslaught of the invaders near Stepove.',
			['territorial_control']
		],
		[
			'Air Force update',
			'On the night of 3 May, the enemy attacked with 47 Shahed attack drones and two Iskander-M ballistic missiles launched from the Kursk region.',
			['strike']
		],
		[
			'Air Force update',
			'Air defence neutralised 38 drones; hits were recorded in four locations.',
			['drone_downed', 'strike']
		],
		[
			'Air Force update',
			'Mobile fire groups and electronic warfare units of the Defence Forces shot down 12 drones over Kalynove.',
			['drone_downed']
		],
		[
			'governor post',
			'Russian troops shelled Dubrivka with artillery overnight, damaging three private houses and a power line.',
			['strike']
		],
		[
			'governor post',
			'A 54-year-old man was wounded when a drone dropped an explosive on his car in Lisne.',
			['casualties', 'strike']
		],
		['governor post', 'The enemy fired at Stepove 14 times over the past day.', ['strike']],
		[
			'ISW assessment',
			'Russian forces recently advanced in northern Krasnoyarivka, according to geolocated footage.',
			['territorial_control']
		],
		[
			'ISW assessment',
			'Russian forces continued offensive operations near Kalynove but did not make confirmed gains.',
			['territorial_control']
		],
		[
			'ISW assessment',
			'Ukrainian forces counterattacked southeast of Zelenopillia.',
			['territorial_control']
		],
		[
			'wire copy',
			'Fighting raged around the town of Lisne on Tuesday as Russian forces pressed their assault.',
			['territorial_control']
		],
		[
			'wire copy',
			'A Russian drone strike on Dubrivka killed two people and wounded five, officials said.',
			['casualties', 'strike']
		],
		[
			'wire copy',
			'Moscow claimed its troops had taken the village of Stepove, a claim Kyiv did not confirm.',
			['territorial_control']
		],
		[
			'wire copy',
			'Ukrainian air defences downed a Russian Su-34 bomber over the Kalynove area.',
			['aircraft_downed']
		]
	];

	it.each(STYLES)('%s: %s', (_style, sentence, expected) => {
		expect(
			findEvents(sentence)
				.map((e) => e.eventType)
				.sort()
		).toEqual(expected);
	});
});
