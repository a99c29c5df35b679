import { describe, expect, it } from 'vitest';
import { findQuantities, parseCount } from './quantities';

describe('parseCount', () => {
	it('reads digits, thousands separators and number words', () => {
		expect(parseCount('1,250')).toBe(1250);
		expect(parseCount('seven')).toBe(7);
		expect(parseCount('twenty-three')).toBe(23);
		expect(parseCount('three hundred')).toBe(300);
		expect(parseCount('an')).toBe(1);
		expect(parseCount('a dozen')).toBe(12);
		expect(parseCount('two dozen')).toBe(24);
		expect(parseCount('many')).toBeNull();
	});
});

describe('findQuantities', () => {
	it('counts weapons with their categories, skipping adjectives between count and noun', () => {
		expect(
			findQuantities(
				'Gunners destroyed four enemy howitzers, 12 T-72 tanks and two Bayraktar drones.'
			)
		).toEqual([
			{ count: 4, item: 'howitzers', category: 'artillery', included: false },
			{ count: 12, item: 'T-72', category: 'tank', included: false },
			{ count: 2, item: 'Bayraktar drones', category: 'drone', included: false }
		]);
	});

	it('keeps "units of" with uncountable equipment and reads armoured vehicles', () => {
		const q = findQuantities(
			'They hit 15 units of military equipment and five armoured personnel carriers.'
		);
		expect(q.map((x) => [x.count, x.item, x.category])).toEqual([
			[15, 'units of military equipment', 'equipment'],
			[5, 'armoured personnel carriers', 'armoured_vehicle']
		]);
	});

	it('marks a part counted within a total ("including")', () => {
		const q = findQuantities('Eight drones, including three Shahed-136, were shot down.');
		expect(q.map((x) => [x.count, x.item, x.included])).toEqual([
			[8, 'drones', false],
			[3, 'Shahed-136', true]
		]);
	});

	it('counts no item across a clause word ("a house where soldiers lived")', () => {
		expect(findQuantities('The strike destroyed a house where soldiers lived.')).toEqual([]);
		expect(findQuantities('It hit a school when two soldiers passed.')).toMatchObject([
			{ count: 2, category: 'personnel' }
		]);
	});

	it('does not read dates, money or percentages as counts', () => {
		expect(
			findQuantities('On March 3 a $5 billion package was approved; 40% of residents left.')
		).toEqual([]);
	});

	it('counts the part in "15 of 18 missiles"', () => {
		expect(
			findQuantities('Air defence destroyed 15 of 18 cruise missiles.').map((q) => [
				q.count,
				q.item
			])
		).toEqual([[15, 'cruise missiles']]);
		expect(
			findQuantities('Air defence downed nine out of ten drones.').map((q) => q.count)
		).toEqual([9]);
	});

	it('counts a person described with an age', () => {
		expect(findQuantities('Shelling killed a 65-year-old woman.')).toEqual([
			{ count: 1, item: 'woman', category: 'civilians', included: false }
		]);
	});

	it('counts people: soldiers and civilians', () => {
		const q = findQuantities('Shelling killed nine civilians and wounded 14 soldiers.');
		expect(q.map((x) => x.category)).toEqual(['civilians', 'personnel']);
	});

	it('reads a weapon naming a strike or a unit as no count of that weapon', () => {
		expect(findQuantities('A missile strike and two drone attacks hit the port.')).toEqual([]);
		expect(findQuantities('The 3rd Tank Brigade and missile troops took part.')).toEqual([]);
	});

	it('counts rockets named after their launcher as missiles', () => {
		expect(
			findQuantities('Air defence intercepted six HIMARS rockets.').map((q) => [
				q.count,
				q.category
			])
		).toEqual([[6, 'missile']]);
	});

	it('reads fuel tanks as no armour', () => {
		expect(findQuantities('Two oil tanks burned at the depot.').map((q) => q.category)).toEqual([
			'other'
		]);
	});

	it('reads a drone model with two numbers as one item', () => {
		expect(
			findQuantities('Air defence downed 20 Shahed-136/131 attack drones.').map((q) => [
				q.count,
				q.item
			])
		).toEqual([[20, 'Shahed-136/131 attack drones']]);
	});

	it('counts men, and no person in "a civilian car"', () => {
		expect(
			findQuantities('A drone hit a civilian car, wounding two men.').map((q) => [
				q.count,
				q.item,
				q.category
			])
		).toEqual([
			[1, 'drone', 'drone'],
			[2, 'men', 'civilians']
		]);
	});

	it('counts a craft whose kind is "attack" ("a Su-25 attack aircraft")', () => {
		expect(
			findQuantities('Gunners downed a Su-25 attack aircraft and two strike drones.').map((q) => [
				q.count,
				q.item
			])
		).toEqual([
			[1, 'Su-25'],
			[2, 'strike drones']
		]);
	});
});
