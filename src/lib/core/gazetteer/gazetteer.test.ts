import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, romaniseAll } from '../names';
import { compileGazetteer, createGazetteer, parseGazetteer } from './gazetteer';
import { deAdjectivise, placeKeys } from './keys';
import { createGazetteerRow } from './row';

describe('placeKeys', () => {
	it('sorts names into primary, alternate and romanised keys', () => {
		const keys = placeKeys(
			createGazetteerRow({
				id: 'x:1',
				name: 'Yevhenivka',
				names: ['Yevgenovka', 'Євгенівка', 'Евгеновка']
			})
		);
		expect(keys.primary).toEqual(['yevhenivka']);
		expect(keys.alternate).toEqual(['yevgenovka']);
		// Already-seen keys stay in their stronger class: "yevgenovka" (BGN) is not repeated.
		expect(keys.romanised).toEqual(['yevgenivka', 'evhenovka']);
	});

	it('adds noun forms of adjectival district names', () => {
		expect(deAdjectivise('kupianskyi')).toEqual(['kupiansk', 'kupian']);
		const keys = placeKeys(
			createGazetteerRow({
				id: 'x:2',
				name: 'Kupianskyi Raion',
				featureClass: 'A',
				featureCode: 'ADM2'
			})
		);
		expect(keys.alternate).toContain('kupiansk');
	});
});

describe("another town's name", () => {
	const town = (id: string, name: string, population: number, names: string[] = []) =>
		createGazetteerRow({ id, name, population, names, lat: 48, lon: 37, admin1Code: 'UA.05' });

	it("is no longer a town's name when a town of another name at least half its size spells it", () => {
		const g = createGazetteer([
			// Dubrovsk bore the name Zorivsk once; Zorivsk is a town of that name now.
			town('x:1', 'Dubrovsk', 100_000, ['Zorivsk', 'Зорівськ', 'Dubrowsk']),
			town('x:2', 'Zorivsk', 90_000, ['Zoriwsk', 'Зорівськ'])
		]);
		expect(g.lookup('zorivsk').map((h) => h.place.id)).toEqual(['x:2']);
		expect(g.lookup('dubrowsk').map((h) => h.place.id)).toEqual(['x:1']);
	});

	it("is no longer a city's name when many villages bear it, unless it is the city's own in another language", () => {
		const village = (n: number, name: string, names: string[] = []) =>
			town(`v:${n}`, name, 300, names);
		const villages = Array.from({ length: 21 }, (_, n) => village(n, 'Lukivka', ['Lukovka']));
		const g = createGazetteer([
			// A city once called Lukovka, and a city whose own name sounds like the villages'.
			town('x:1', 'Dubrovsk', 500_000, ['Lukovka']),
			town('x:2', 'Lukivske', 200_000, ['Lukovka']),
			...villages
		]);
		const ids = g.lookup('lukovka').map((h) => h.place.id);
		expect(ids).not.toContain('x:1');
		expect(ids).toContain('x:2');
		expect(ids).toHaveLength(22);
	});

	it('stays the name of a village, of a namesake and beside a much smaller town', () => {
		const g = createGazetteer([
			// A village renamed from Zorivsk is still called so in reports.
			town('x:1', 'Lisne', 900, ['Zorivsk']),
			town('x:2', 'Zorivsk', 90_000, ['Lukivka']),
			// A town called Lukivka and, in another language, Zorivsk, beside a town Zorivsk called
			// Lukivka too: namesakes under both names.
			town('x:3', 'Lukivka', 40_000, ['Zorivsk']),
			// A town whose old name only a town under half its size bears as its own.
			town('x:4', 'Sadove', 100_000, ['Tykhe']),
			town('x:5', 'Tykhe', 30_000)
		]);
		expect(
			g
				.lookup('zorivsk')
				.map((h) => h.place.id)
				.sort()
		).toEqual(['x:1', 'x:2', 'x:3']);
		expect(
			g
				.lookup('tykhe')
				.map((h) => h.place.id)
				.sort()
		).toEqual(['x:4', 'x:5']);
	});
});

describe('gazetteer', () => {
	it('finds every romanisation of a Cyrillic name', () => {
		const word = fc
			.array(fc.constantFrom(...'абвгдеєжзиіїйклмнопрстуфхцчшщьюяё'), {
				minLength: 3,
				maxLength: 10
			})
			.map((l) => l.join(''));
		fc.assert(
			fc.property(word, (w) => {
				const g = createGazetteer([
					createGazetteerRow({
						id: 'x:1',
						name: 'Placeholder',
						names: [w[0].toUpperCase() + w.slice(1)]
					})
				]);
				for (const roman of romaniseAll(w)) {
					const hits = g.lookup(normaliseName(roman));
					expect(hits.map((h) => h.place.id)).toContain('x:1');
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('survives compile and parse unchanged and compiles deterministically', () => {
		const rows = [
			createGazetteerRow({
				id: 'x:1',
				name: 'Kharkiv',
				featureCode: 'PPLA',
				admin1Code: 'UA.07',
				population: 5,
				names: ['Kharkov']
			}),
			createGazetteerRow({
				id: 'x:2',
				name: 'Velyka Novosilka',
				admin1Code: 'UA.05',
				names: ['Великая Новоселка']
			})
		];
		const a = compileGazetteer(rows, { 'UA.07': 'Kharkiv Oblast' });
		expect(compileGazetteer(rows, { 'UA.07': 'Kharkiv Oblast' })).toEqual(a);
		const g = parseGazetteer(a, 'test');
		expect(g.size).toBe(2);
		expect(g.place(0)).toMatchObject({
			id: 'x:1',
			name: 'Kharkiv',
			admin1: 'Kharkiv Oblast',
			population: 5,
			admin1Code: 'UA.07'
		});
		expect(g.lookup('kharkov')[0]).toMatchObject({ strength: 'alternate' });
		expect(g.lookup('velikaya novoselka')[0].place.id).toBe('x:2');
		expect(g.hasPrefix('velyka')).toBe(true);
		expect(g.maxKeyWords).toBe(2);
	});

	it('finds every key of a large artifact, and no key that only starts or ends like one', () => {
		// Thousands of keys that share their first or last letters, as a real name index holds.
		const rows = Array.from({ length: 3000 }, (_, i) =>
			createGazetteerRow({ id: `x:${i}`, name: `Dubky ${i.toString(36)}` })
		);
		const g = parseGazetteer(compileGazetteer(rows), 'test');
		for (let i = 0; i < rows.length; i++)
			expect(g.lookup(`dubky ${i.toString(36)}`).map((h) => h.place.id)).toEqual([`x:${i}`]);
		expect(g.lookup('dubky')).toEqual([]);
		expect(g.lookup('dubky 10 ')).toEqual([]);
		expect(g.lookup('ubky 10')).toEqual([]);
		expect(g.hasPrefix('dubky')).toBe(true);
		expect(g.hasPrefix('dubk')).toBe(false);
	});

	it('reads a key written twice as its later line', () => {
		const g = parseGazetteer(
			{
				places:
					'header\nx:1\tLypky\t48\t37\tP\tPPL\tUA\t\t\t0\nx:2\tLypky\t49\t38\tP\tPPL\tUA\t\t\t0\n',
				names: 'lypky\t0\nlypky\t4\n',
				admin1: ''
			},
			'test'
		);
		expect(g.lookup('lypky').map((h) => h.place.id)).toEqual(['x:2']);
	});

	it('finds loose spellings by phonetic key only when asked', () => {
		const g = createGazetteer([createGazetteerRow({ id: 'x:1', name: 'Mali Prokhody' })]);
		expect(g.lookup('maliye prokhody')).toEqual([]);
		expect(g.lookupPhonetic('maliye prokhody').map((h) => [h.place.id, h.strength])).toEqual([
			['x:1', 'phonetic']
		]);
	});

	it('finds names one slip away, in Cyrillic-script countries only', () => {
		const g = createGazetteer([
			createGazetteerRow({ id: 'x:1', name: 'Verkhnia Dubrava' }),
			createGazetteerRow({ id: 'x:2', name: 'Verkhnia Dubrava', countryCode: 'PL' })
		]);
		expect(g.lookup('verkhnia dubarva')).toEqual([]);
		expect(g.lookupSlip('verkhnia dubarva').map((h) => [h.place.id, h.strength])).toEqual([
			['x:1', 'slip']
		]);
		expect(g.lookupSlip('verkhnia dubrava')).toEqual([]);
	});
});

describe('landmarks named after a town', () => {
	const town = createGazetteerRow({
		id: 'x:town',
		name: 'Ostrivka',
		lat: 47.9,
		lon: 34.9,
		names: ['Ostriwka', 'Ostrovka', 'Wyspowo', 'Острівка', 'Островка']
	});
	const plant = (id: string, lat: number, lon: number) =>
		createGazetteerRow({
			id,
			name: 'Ostriwka Nuclear Power Plant',
			featureClass: 'S',
			featureCode: 'PS',
			lat,
			lon
		});

	it('are found under the town’s own spellings, the abbreviation and "power station"', () => {
		const g = createGazetteer([town, plant('x:plant', 47.6, 34.6)]);
		for (const written of [
			'Ostrivka nuclear power plant',
			'Ostrovka Nuclear Power Station',
			'Ostrivka NPP'
		])
			expect(g.lookup(normaliseName(written)).map((h) => h.place.id)).toEqual(['x:plant']);
	});

	it('are not renamed after a town far away, and not after the town’s foreign exonyms', () => {
		const far = createGazetteer([town, plant('x:far', 45.5, 30.5)]);
		expect(far.lookup('ostrivka nuclear power plant')).toEqual([]);
		const near = createGazetteer([town, plant('x:plant', 47.6, 34.6)]);
		// "Wyspowo" is another language's name for the town: not a form an English report writes.
		expect(near.lookup('wyspowo nuclear power plant')).toEqual([]);
	});
});
