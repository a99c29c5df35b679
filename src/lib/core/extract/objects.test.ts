import { describe, expect, it } from 'vitest';
import { objectsOf, type Span } from './objects';
import { findItems } from './quantities';

/** The objects of the verb `verb` in `sentence`, as "count item" strings. */
function objects(sentence: string, verb: string): string[] {
	const start = sentence.indexOf(verb);
	const hit: Span = { start, end: start + verb.length };
	return objectsOf(sentence, hit, findItems(sentence), [hit]).map((i) => `${i.count} ${i.item}`);
}

describe('objectsOf', () => {
	it('leaves out the subject of an active verb', () => {
		expect(objects('Two fighter jets destroyed five drones.', 'destroyed')).toEqual(['5 drones']);
	});

	it('keeps what a reduced passive happened to', () => {
		expect(objects('Five drones destroyed over the river.', 'destroyed')).toEqual(['5 drones']);
	});

	it('leaves out what the deed was done with', () => {
		expect(objects('A Su-24 was shot down by a portable missile.', 'shot down')).toEqual([
			'1 Su-24'
		]);
	});

	it('counts "N of them" as a part of the weapons named before', () => {
		expect(
			objects('The enemy launched 16 drones; air defence shot down 12 of them.', 'shot down')
		).toEqual(['12 drones']);
	});
});
