/**
 * A loose guard against superlinear geocoding: for every worst shape (long lists, offsets, no
 * sentence breaks, capitalised runs, ...), four times the text must not take much more than four
 * times as long. The margin is wide (8× for 4× the text, best of three runs, CPU time, measured
 * again once before failing) so that a loaded machine or a badly timed garbage collection does not
 * fail it, while a quadratic path (16× for 4× the text) still does.
 */
import { describe, expect, it } from 'vitest';
import { createFixtureGazetteer } from './fixture';
import { createGeocoder } from './geocoder';
import { WORST_SHAPES, worstShapeText } from './worst-shapes';
import { growthRatio } from '../../../../tests/support/growth';

const NAMES = ['Kharkiv', 'Donetsk', 'Zelenivka', 'Sadova', 'Lypky', 'Dubky', 'Vovcha', 'Bakhmut'];
const SIZE = 30_000;
const GROWTH = 4;
const LIMIT = 8;

describe('geocoding time grows linearly with the text', () => {
	const geocoder = createGeocoder(createFixtureGazetteer());
	geocoder.geocode(worstShapeText(NAMES, 'comma-list', 20_000, 1));
	it.each(WORST_SHAPES)('%s', (shape) => {
		const small = worstShapeText(NAMES, shape, SIZE);
		const large = worstShapeText(NAMES, shape, GROWTH * SIZE);
		const measured = growthRatio(
			() => geocoder.geocode(small),
			() => geocoder.geocode(large),
			LIMIT
		);
		expect(measured).toBeLessThan(LIMIT);
	});
});
