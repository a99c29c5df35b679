import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';
import { borderRelations, qualifierRelations, referenceRelations, withRelations } from './links';
import { findMentions, type FoundMention } from './mentions';
import { tokenise } from './tokens';
import { pointMentions } from './roles';
import type { ResolvedMention } from './types';

function geocode(text: string): ResolvedMention[] {
	return createGeocoder(createFixtureGazetteer()).geocode(text);
}

function mentions(list: ResolvedMention[]): string[] {
	return list.map((m) => m.mention.mention);
}

/** The mentions of `text` that make a point. */
function points(text: string): string[] {
	return mentions(pointMentions(text, geocode(text)));
}

describe('reference points', () => {
	it('marks "X, north of Y": Y only says where X is and makes no point of its own', () => {
		const all = geocode('Troops dug in next to Lypky, north of Kharkiv, on Monday.');
		expect(all.map((m) => m.mention.reference ?? false)).toEqual([false, true]);
		expect(points('Troops dug in next to Lypky, north of Kharkiv, on Monday.')).toEqual(['Lypky']);
	});

	it('reads a bearing to a reference called a town ("X, west of the rebel-held town of Y")', () => {
		expect(points('Shells hit Lypky, west of the town of Kharkiv, on Monday.')).toEqual(['Lypky']);
		expect(points('Shells hit Lypky, west of the Russian-held city of Kharkiv.')).toEqual([
			'Lypky'
		]);
	});

	it('reads a distance "from" a reference, after an appositive ("X, a village some 45 km from Y")', () => {
		expect(
			points(
				'Troops took Lypky, a village located some 45 kilometres (27 miles) from the town of Kharkiv.'
			)
		).toEqual(['Lypky']);
		expect(points('Troops took Lypky, 12 km from Kharkiv, on Monday.')).toEqual(['Lypky']);
		expect(points('Troops moved from Lypky to Kharkiv.')).toEqual(['Lypky', 'Kharkiv']);
	});

	it('reads a bearing in brackets for a whole list ("X and Z (both north of Y)")', () => {
		expect(points('Troops took Lypky and Zelenivka (both north of Kharkiv).')).toEqual([
			'Lypky',
			'Zelenivka'
		]);
	});

	it('reads a bearing in brackets ("X (north of Y)")', () => {
		expect(points('Troops reached Lypky (north of Kharkiv) on Monday.')).toEqual(['Lypky']);
	});

	it('reads a bearing after an area or settlement word ("the X area north of Y")', () => {
		expect(points('Attacks were repelled in the Lypky area north of Kharkiv.')).toEqual(['Lypky']);
		expect(points('Troops reached Lypky village, north of Kharkiv.')).toEqual(['Lypky']);
	});

	it('reads an offset written before its reference ("60 km north of Y, in the village of X")', () => {
		expect(
			points('Shelling hit a shop some 40 km (25 miles) north of Kharkiv, in the village of Lypky.')
		).toEqual(['Lypky']);
	});

	it('reads bare oblast names after the same preposition as a region named with its word as regions', () => {
		const found = geocode(
			'Ten drones were downed over the Kharkiv region, and four more over Kherson and Donetsk.'
		);
		expect(
			found.map((m) => (m.resolution.kind === 'unresolved' ? null : m.resolution.precision))
		).toEqual(['region', 'region', 'region']);
		// Another preposition is no parallel: "in Kherson" after "over the Kharkiv region" is the city.
		const city = geocode(
			'Ten drones were downed over the Kharkiv region, and a man died in Kherson.'
		);
		expect(city.at(-1)?.resolution).toMatchObject({ precision: 'settlement' });
	});

	it('reads a list opened by a plural region word and a dash, colon or "including" as regions', () => {
		for (const text of [
			'Attacks were reported in three oblasts – Kharkiv, Kherson and Donetsk.',
			'Attacks were reported in three regions: Kharkiv, Kherson and Donetsk.',
			'Attacks were reported in three regions, including Kharkiv, Kherson and Donetsk.'
		]) {
			const found = geocode(text);
			expect(
				found.map((m) => (m.resolution.kind === 'unresolved' ? null : m.resolution.precision)),
				text
			).toEqual(['region', 'region', 'region']);
		}
		// A plural of another word opens no list of regions.
		const towns = geocode('Attacks were reported in three towns – Kharkiv, Kherson and Donetsk.');
		expect(towns.map((m) => m.resolution.kind !== 'unresolved' && m.resolution.precision)).toEqual([
			'settlement',
			'settlement',
			'settlement'
		]);
	});

	it('drops a maker named before a model code ("Sukhoi Su-35")', () => {
		expect(mentions(geocode('A Dubky Su-35 jet dropped bombs on Lypky.'))).toEqual(['Lypky']);
	});

	it('reads "the people\'s republics of X and Y" as two regions', () => {
		const found = geocode("Fighting went on in the people's republics of Kharkiv and Kherson.");
		expect(
			found.map((m) => (m.resolution.kind === 'unresolved' ? null : m.resolution.precision))
		).toEqual(['region', 'region']);
	});

	it('reads "X in the <describing words> region of Y" as Y qualifying X', () => {
		const text = 'Attacks were repelled near Lypky in the neighbouring eastern region of Kharkiv.';
		expect(points(text)).toEqual(['Lypky']);
		const kharkiv = geocode(text).find((m) => m.mention.mention === 'Kharkiv');
		expect(kharkiv?.resolution).toMatchObject({ precision: 'region' });
	});

	it('reads "X village in Y district" as Y qualifying X: a settlement word before "in"', () => {
		expect(points('Shells hit Lypky village in Kharkiv district.')).toEqual(['Lypky']);
		expect(points('Shells hit Lypky in Kharkiv district.')).toEqual(['Lypky']);
	});

	it('marks a region named across a border ("the border with the Y region")', () => {
		const bordersOf = (text: string) =>
			borderRelations(findMentions(text, createFixtureGazetteer()), tokenise(text));
		expect(bordersOf('Troops took Lypky near the border with the Kherson region.')).toEqual([
			{ kind: 'bordersOn', area: 1 }
		]);
		expect(bordersOf('Shells fell along the frontier of the Kherson region.')).toHaveLength(1);
		expect(bordersOf('Troops took Lypky in the Kherson region.')).toEqual([]);
		expect(bordersOf('Troops took Lypky with the Kherson region troops.')).toEqual([]);
	});

	it('reads "X, in the south-east corner of the Y region" as Y qualifying X', () => {
		const relationsOf = (text: string) =>
			qualifierRelations(findMentions(text, createFixtureGazetteer()), tokenise(text));
		for (const text of [
			'Troops took Zelenivka, in the southeast corner of the Kherson region.',
			'Troops took Zelenivka in the far northern part of the Kherson region.'
		]) {
			expect(relationsOf(text), text).toMatchObject([
				{ kind: 'qualifies', qualifier: 1, place: 0 }
			]);
			expect(points(text), text).toEqual(['Zelenivka']);
		}
		// A part of something else: no qualifier.
		expect(
			relationsOf('Troops took Zelenivka in the first part of the Kherson offensive.')
		).toHaveLength(0);
	});

	it('reads "X in the <describing words> Y region" as Y qualifying X, not a list', () => {
		const relationsOf = (text: string) =>
			qualifierRelations(findMentions(text, createFixtureGazetteer()), tokenise(text));
		expect(
			relationsOf('Troops took Lypky and Zelenivka in the southern Kherson region.')
		).toMatchObject([{ kind: 'qualifies', qualifier: 2, place: 1 }]);
		expect(
			relationsOf('Troops took Zelenivka in the war-torn eastern Kherson region.')
		).toHaveLength(1);
		// Capitalised words, a list word or a second "in" between: no qualifier.
		expect(relationsOf('Troops took Zelenivka in Lypky and the Kherson region.')).toHaveLength(0);
		expect(relationsOf('Troops took Zelenivka in fighting in the Kherson region.')).toHaveLength(0);
	});

	it('reads "the X village of Y" and "the X region border town of Y" as X qualifying Y', () => {
		expect(points('Air defences shot down a drone over the Kharkiv village of Lypky.')).toEqual([
			'Lypky'
		]);
		expect(points('Shells hit the Kharkiv region border town of Lypky.')).toEqual(['Lypky']);
		const kharkiv = geocode('Shells hit the Kharkiv village of Lypky.')[0];
		expect(kharkiv.mention.qualifier).toBe(true);
		// Without "the" right before the region's name, the names stand apart.
		expect(points('Shells hit Kharkiv, the village of Lypky and Dubky.')).toEqual([
			'Kharkiv',
			'Lypky',
			'Dubky'
		]);
	});

	it('reads no region as qualifying a country ("attacks by Poland in the Kharkiv region")', () => {
		const text = 'Troops repelled attacks by Poland in the Kharkiv region.';
		expect(
			qualifierRelations(findMentions(text, createFixtureGazetteer()), tokenise(text))
		).toEqual([]);
	});

	it('reads a distance in the bearing ("X, 12 km south-east of Y")', () => {
		expect(points('Shelling hit Lypky, 12 km south-east of Kharkiv.')).toEqual(['Lypky']);
	});

	it('marks "X near Y" after a settlement, not after a country', () => {
		expect(points('Troops took the village of Lypky near Kharkiv.')).toEqual(['Lypky']);
		expect(points('Drones flew over Ukraine near Kharkiv.')).toEqual(['Kharkiv']);
	});

	it('marks "X, near Y" and "X (outside Y)" set off by a comma or bracket', () => {
		expect(points('Troops retook Lypky, near Kharkiv, on Monday.')).toEqual(['Lypky']);
		expect(points('Troops retook Lypky (just outside Kharkiv) on Monday.')).toEqual(['Lypky']);
		expect(points('Drones flew over Ukraine, near Kharkiv.')).toEqual(['Kharkiv']);
	});

	it('marks both ends of "X, which lies between Y and Z" as references to X', () => {
		const text =
			'Troops took Lypky, which lies between the cities of Kharkiv and Dubky, on Monday.';
		expect(geocode(text).map((m) => m.mention.reference ?? false)).toEqual([false, true, true]);
		expect(points(text)).toEqual(['Lypky']);
		expect(points('Troops took Lypky (midway between Kharkiv and Dubky).')).toEqual(['Lypky']);
	});

	it('keeps both places of fighting between them ("clashes between Y and Z")', () => {
		expect(points('Clashes went on between Lypky and Kharkiv.')).toEqual(['Lypky', 'Kharkiv']);
		expect(points('Clashes hit Sadova and the road between Lypky and Kharkiv.')).toEqual([
			'Sadova',
			'Lypky',
			'Kharkiv'
		]);
	});

	it('marks nothing in a list of bearings ("east of X, west of Y")', () => {
		expect(points('Fighting east of Lypky, west of Kharkiv.')).toEqual(['Lypky', 'Kharkiv']);
	});

	it('marks a distance from a second place after a bearing ("east of X, 18 km south of Y")', () => {
		expect(points('Gains east of Lypky, 18 km north of Kharkiv, were seen.')).toEqual(['Lypky']);
		expect(points('Gains east of Lypky located 18 km north of Kharkiv were seen.')).toEqual([
			'Lypky'
		]);
		expect(points('Gains 2 km east of Lypky, 3 km west of Kharkiv.')).toEqual(['Lypky', 'Kharkiv']);
	});

	it('keeps places that are listed, not located by each other', () => {
		expect(points('Shelling hit Lypky and Kharkiv.')).toEqual(['Lypky', 'Kharkiv']);
		expect(points('Fighting north of Kharkiv went on.')).toEqual(['Kharkiv']);
	});
});

describe('rivers', () => {
	it('drops a town name used as a river ("a bridge over X", "crossed the X")', () => {
		expect(mentions(geocode('The bridge over Dubky at Lypky was damaged.'))).toEqual(['Lypky']);
		expect(mentions(geocode('Troops crossed the Dubky near Lypky.'))).toEqual(['Lypky']);
		expect(mentions(geocode('Boats reached the left bank of the Dubky.'))).toEqual([]);
		// Only a river has banks, whatever verb follows.
		expect(mentions(geocode('The force on the right bank of the Dubky remains cut off.'))).toEqual(
			[]
		);
	});

	it('keeps the town when the words around it do not make it a river', () => {
		expect(mentions(geocode('Troops shelled the bridge in Dubky.'))).toEqual(['Dubky']);
		expect(mentions(geocode('The convoy crossed the Dubky checkpoint.'))).toEqual(['Dubky']);
		expect(mentions(geocode('Troops crossed the Kharkiv region at night.'))).toEqual([
			'Kharkiv region'
		]);
	});
});

describe('people', () => {
	const village = createGazetteerRow({ id: 'test:pe', name: 'Petrenko', lat: 48.6, lon: 38.0 });
	const named = createGazetteerRow({ id: 'test:ma', name: 'Marta', lat: 48.4, lon: 39.1 });
	const found = (text: string) =>
		mentions(createGeocoder(createFixtureGazetteer([village, named])).geocode(text));

	it('reads a name after "said" as the speaker only after a quote or comma', () => {
		expect(mentions(geocode('"We will hold," said Lypky.'))).toEqual([]);
		expect(mentions(geocode('Officials said Lypky came under fire.'))).toEqual(['Lypky']);
	});

	it('reads a first name ending in -an before a surname as a person ("Ivan Petrenko")', () => {
		expect(found('Ivan Petrenko visited the front on Monday.')).toEqual([]);
		expect(found('Later Bohdan Petrenko left.')).toEqual([]);
	});

	it('reads a village name right before a surname as a first name ("Marta Zakharova")', () => {
		expect(found('Marta Zakharova rejected the report on Monday.')).toEqual([]);
		// Every use of the name in the text is the person's.
		expect(found('Marta Shevchenko, who lives in Kharkiv, met Marta again.')).toEqual(['Kharkiv']);
		// A word that is no surname leaves the place alone.
		expect(found('Shelling hit Marta Street and Kharkiv Post.')).toEqual(['Kharkiv']);
		expect(found('Shelling hit Marta overnight.')).toEqual(['Marta']);
	});

	it('reads names before a verb a person does, and the names listed with them, as people', () => {
		expect(found('Petrenko warned of new strikes on Kharkiv.')).toEqual(['Kharkiv']);
		expect(found('Petrenko chaired a meeting in Kharkiv.')).toEqual(['Kharkiv']);
		expect(found('Marta, Ostap and Petrenko discussed the offensive.')).toEqual([]);
		// A capital stands for its government, and stays a place.
		expect(found('Kharkiv warned of new strikes.')).toEqual(['Kharkiv']);
	});

	it('reads the owner of a spokesman or an office as a person', () => {
		// A capital stays a place: its office is its government's.
		expect(found("Petrenko's spokesman denied it; Kharkiv's office was hit.")).toEqual(['Kharkiv']);
		expect(found("Petrenko's school was hit.")).toEqual(['Petrenko']);
	});

	it('reads the people someone met as people, not the places they visited', () => {
		expect(found('The minister met Petrenko and Marta in Kharkiv.')).toEqual(['Kharkiv']);
		expect(found('The minister visited Petrenko.')).toEqual(['Petrenko']);
	});

	it('still finds the village where no first name stands before it', () => {
		expect(found('Shelling hit Petrenko overnight.')).toEqual(['Petrenko']);
	});
});

describe('weapons, vehicles and units', () => {
	it('drops a name, or a list of names, right before a weapon or unit noun', () => {
		expect(mentions(geocode('Troops in Lypky received Sadova howitzers.'))).toEqual(['Lypky']);
		expect(mentions(geocode('Dubky, Sadova and Petrivka launchers fired at Lypky.'))).toEqual([
			'Lypky'
		]);
	});

	it('in capitals, reads the list through mentions only ("… TO KHARKIV WILL BE DONE BY … VEHICLES")', () => {
		expect(
			mentions(
				geocode('EVACUATION FROM LYPKY AND DUBKY TO KHARKIV WILL BE DONE BY PRIVATE VEHICLES.')
			)
		).toEqual(['LYPKY', 'DUBKY', 'KHARKIV']);
	});

	it('drops a ship named after a place ("the cruiser Moskva")', () => {
		expect(mentions(geocode('A missile sank the cruiser Lypky off Kharkiv.'))).toEqual(['Kharkiv']);
		expect(mentions(geocode('A missile sank the cruiser Kharkiv near Lypky.'))).toEqual(['Lypky']);
	});

	it('keeps a place before "missile strike", and a big city before any noun', () => {
		expect(mentions(geocode('The Lypky missile strike killed two.'))).toEqual(['Lypky']);
		expect(mentions(geocode('Kharkiv drones were seen.'))).toEqual(['Kharkiv']);
	});
});

describe('governments named by their capitals', () => {
	it('drops a capital that is the subject of a verb of saying ("Berlin said")', () => {
		expect(mentions(geocode('Drones hit Lypky. Berlin said it would send more help.'))).toEqual([
			'Lypky'
		]);
	});

	it('reads an auxiliary between capital and verb ("Warsaw has denied")', () => {
		expect(mentions(geocode('Warsaw has denied the report about Lypky.'))).toEqual(['Lypky']);
	});

	it('drops a capital that is the object of such a verb ("accused Berlin of")', () => {
		expect(mentions(geocode('Officials accused Berlin of delays as Lypky burned.'))).toEqual([
			'Lypky'
		]);
	});

	it('keeps a capital where something happens, and other mentions of it', () => {
		expect(mentions(geocode('Talks were held in Berlin. Berlin said they went well.'))).toEqual([
			'Berlin'
		]);
	});
});

describe('the link stage', () => {
	it('returns relations and new mentions where they change, and never changes the mentions it reads', () => {
		const text = 'Shelling of Zelenivka, Kherson region, and of Lypky, north of Kharkiv.';
		const tokens = tokenise(text);
		// Frozen: a relation builder or withRelations that wrote to them would throw.
		const found = findMentions(text, createFixtureGazetteer()).map((f) =>
			Object.freeze(
				Object.assign({}, f, {
					mention: Object.freeze(Object.assign({}, f.mention)),
					qualifiers: Object.freeze([...f.qualifiers]) as FoundMention[]
				})
			)
		);
		const relations = [
			...qualifierRelations(found, tokens),
			...referenceRelations(found, tokens, text)
		];
		expect(relations).toEqual([
			{
				kind: 'qualifies',
				qualifier: 1,
				place: 0,
				bare: undefined,
				listed: [],
				cityOfDistrict: false
			},
			{ kind: 'references', reference: 3, place: 2 }
		]);
		const linked = withRelations(found, relations);
		expect(linked[1].qualifies).toBe(linked[0]);
		expect(linked[0].qualifiers).toContain(linked[1]);
		expect(linked[3].mention.reference).toBe(true);
		// The mentions a relation writes to are new; Lypky, which a reference only reads, is passed on.
		expect([0, 1, 3].every((i) => linked[i] !== found[i])).toBe(true);
		expect(linked[2]).toBe(found[2]);
	});
});
