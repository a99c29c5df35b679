/**
 * Geocoder benchmark on the worst input shapes (long lists of places, offsets, bearings, no
 * sentence breaks, capitalised runs, shouted text; see `worst-shapes.ts`), seeded so that every run
 * geocodes the same text, at 0.5, 1 and 2 MB. Prints CPU seconds per MB of each shape and size
 * (target ≤ 2 s/MB at every size) and the ratio of the 2 MB time to the 0.5 MB time (4 for a linear
 * geocoder, 16 for a quadratic one).
 */
import { bench, describe } from 'vitest';
import { createGeocoder } from '../../src/lib/core/geocode';
import {
	listableNames,
	WORST_SHAPES,
	worstShapeText
} from '../../src/lib/core/geocode/worst-shapes';
import { loadGazetteer } from '../../src/lib/server/gazetteer';

const SIZES_MB = [0.5, 1, 2];

const gazetteer = loadGazetteer();
const geocoder = createGeocoder(gazetteer);
const names = listableNames(gazetteer);
// Warm up on other seeded text, so that the first shape does not pay for compiling the hot paths.
for (const shape of WORST_SHAPES) geocoder.geocode(worstShapeText(names, shape, 50_000, 1));

/** CPU seconds of one run (not wall time: other processes on the machine do not count). */
function cpuSeconds(run: () => unknown): number {
	const before = process.cpuUsage();
	run();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1e6;
}

const lines: string[] = [];
let worst = 0;
for (const shape of WORST_SHAPES) {
	const seconds = SIZES_MB.map((mb) => {
		const text = worstShapeText(names, shape, mb * 1e6);
		return cpuSeconds(() => geocoder.geocode(text));
	});
	const perMb = seconds.map((s, k) => s / SIZES_MB[k]);
	worst = Math.max(worst, ...perMb);
	lines.push(
		`  ${shape.padEnd(20)} ${perMb.map((v, k) => `${SIZES_MB[k]} MB ${v.toFixed(2)} s/MB`).join('  ')}` +
			`  (2 MB / 0.5 MB: ${(seconds[2] / seconds[0]).toFixed(1)}×)`
	);
}
process.stdout.write(
	`\nworst input shapes (target ≤ 2 s/MB; worst measured ${worst.toFixed(2)} s/MB):\n${lines.join('\n')}\n`
);

const sample = worstShapeText(names, 'comma-list', 100_000);
describe('geocoding a 100 kB comma-separated list of places', () => {
	bench('geocoder', () => {
		geocoder.geocode(sample);
	});
});
