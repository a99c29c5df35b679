/**
 * Geocoder benchmarks on seeded synthetic text (same seed, same text on every run): gazetteer load
 * time and heap, and geocoding throughput in MB/s against a naive baseline (exact name, biggest
 * population) run in the same process. Prints the measured figures and the ratio.
 */
import { bench, describe } from 'vitest';
import type { Gazetteer } from '../../src/lib/core/gazetteer';
import { createGeocoder } from '../../src/lib/core/geocode';
import { normaliseName } from '../../src/lib/core/names';
import { createRandom } from '../../src/lib/core/synthetic/random';
import { loadGazetteer } from '../../src/lib/server/gazetteer';

const FILLER =
	'the forces reported heavy shelling overnight while officials said that several buildings were damaged and ' +
	'drones were shot down over the area according to the ministry which added that fighting continued';
const CUES = ['in', 'near', 'outside', 'over', 'near the village of', 'in the area of'];

/** Seeded text of about `bytes` characters: English filler with place names from the gazetteer. */
function syntheticText(gazetteer: Gazetteer, bytes: number, seed: number): string {
	const random = createRandom(seed);
	const words = FILLER.split(' ');
	const parts: string[] = [];
	let size = 0;
	while (size < bytes) {
		const sentence: string[] = [];
		const n = 8 + Math.floor(random() * 14);
		for (let i = 0; i < n; i++) sentence.push(words[Math.floor(random() * words.length)]);
		const place = gazetteer.place(Math.floor(random() * gazetteer.size));
		sentence.splice(
			Math.floor(random() * n),
			0,
			CUES[Math.floor(random() * CUES.length)],
			place.name
		);
		if (random() < 0.3) sentence.push('region');
		const s = sentence.join(' ');
		const text = s[0].toUpperCase() + s.slice(1) + '. ';
		parts.push(text);
		size += text.length;
	}
	return parts.join('');
}

/** Naive baseline: every capitalised word or pair looked up by exact key, biggest population wins. */
function naiveGeocode(gazetteer: Gazetteer, text: string): number {
	let found = 0;
	for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?/gu)) {
		const hits = gazetteer.lookup(normaliseName(m[0]));
		if (hits.length === 0) continue;
		let best = hits[0];
		for (const h of hits) if (h.place.population > best.place.population) best = h;
		found += best.place.lat !== 0 ? 1 : 0;
	}
	return found;
}

function timeLoad(): { ms: number; heapMb: number; gazetteer: Gazetteer } {
	globalThis.gc?.();
	const heap0 = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	const gazetteer = loadGazetteer();
	const ms = performance.now() - t0;
	const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
	return { ms, heapMb, gazetteer };
}

const load = timeLoad();
const gazetteer = load.gazetteer;
const geocoder = createGeocoder(gazetteer);
const text = syntheticText(gazetteer, 1_000_000, 20260729);
// Warm up on other seeded text: compiles the hot paths and decodes common names, as in a server
// that has already geocoded a few articles. The measured text is new to it.
geocoder.geocode(syntheticText(gazetteer, 300_000, 1));
naiveGeocode(gazetteer, syntheticText(gazetteer, 300_000, 1));

/** MB/s of one run, timed by CPU time so that other processes on the machine do not count. */
function throughput(run: () => unknown): number {
	const before = process.cpuUsage();
	run();
	const used = process.cpuUsage(before);
	return text.length / 1e6 / ((used.user + used.system) / 1e6);
}
const ours = throughput(() => geocoder.geocode(text));
const naive = throughput(() => naiveGeocode(gazetteer, text));
process.stdout.write(
	`\ngazetteer load: ${load.ms.toFixed(0)} ms, heap +${load.heapMb.toFixed(0)} MB (targets ≤ 500 ms, ≤ 200 MB)\n` +
		`geocoding ${(text.length / 1e6).toFixed(2)} MB of seeded text: ${ours.toFixed(2)} MB/s; naive baseline ${naive.toFixed(2)} MB/s; ratio ${(ours / naive).toFixed(2)}× (target ≥ 1 MB/s)\n`
);

const sample = text.slice(0, 100_000);
describe('geocoding 100 kB of seeded text', () => {
	bench('geocoder', () => {
		geocoder.geocode(sample);
	});
	bench('naive baseline (exact name, biggest population)', () => {
		naiveGeocode(gazetteer, sample);
	});
});
