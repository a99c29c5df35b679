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

const NAMES = ['Kharkiv', 'Donetsk', 'Zelenivka', 'Sadova', 'Lypky', 'Dubky', 'Vovcha', 'Bakhmut'];
const SIZE = 30_000;
const GROWTH = 4;
const LIMIT = 8;

/** CPU seconds of the fastest of three runs (not wall time: other processes do not count). */
function bestCpuSeconds(run: () => unknown): number {
	let best = Infinity;
	for (let k = 0; k < 3; k++) {
		const before = process.cpuUsage();
		run();
		const used = process.cpuUsage(before);
		best = Math.min(best, (used.user + used.system) / 1e6);
	}
	return best;
}

describe('geocoding time grows linearly with the text', () => {
	const geocoder = createGeocoder(createFixtureGazetteer());
	geocoder.geocode(worstShapeText(NAMES, 'comma-list', 20_000, 1));
	it.each(WORST_SHAPES)('%s', (shape) => {
		const small = worstShapeText(NAMES, shape, SIZE);
		const large = worstShapeText(NAMES, shape, GROWTH * SIZE);
		const ratio = () => {
			const tSmall = bestCpuSeconds(() => geocoder.geocode(small));
			const tLarge = bestCpuSeconds(() => geocoder.geocode(large));
			// Below a few milliseconds the timer's grain decides the ratio: compare against a floor.
			return tLarge / Math.max(tSmall, 0.005);
		};
		let measured = ratio();
		if (measured >= LIMIT) measured = Math.min(measured, ratio());
		expect(measured).toBeLessThan(LIMIT);
	});
});
