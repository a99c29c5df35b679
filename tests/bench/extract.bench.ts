/**
 * Extraction throughput on a seeded synthetic corpus of war-report paragraphs, with the real
 * gazetteer. The baseline in the same process is geocoding alone; the target is ≥ 200 KB/s for the
 * whole pipeline on one core. The same seed gives the same corpus on every run.
 */
import { bench, describe } from 'vitest';
import { extractClaims } from '../../src/lib/core/extract/pipeline';
import { createRandom } from '../../src/lib/core/synthetic/random';
import { loadEntityTable } from '../../src/lib/server/entities';
import { loadDefaultGeocoder } from '../../src/lib/server/gazetteer';

const CLAIMANTS = [
	'The General Staff said',
	'According to the Russian Defence Ministry,',
	'The regional military administration reported that',
	'A Pentagon official told reporters that',
	'The UK Ministry of Defence assessed that',
	''
];
const EVENTS = [
	'troops shelled {P} and {P} overnight, wounding {N} civilians.',
	'air defence shot down {N} drones over {P}.',
	'{N} tanks and {N} armoured vehicles were destroyed near {P}.',
	'forces captured the village of {P} after heavy fighting.',
	'{N} cruise missiles were intercepted over the {P} region.',
	'airstrikes hit a depot in {P}, killing {N} soldiers.',
	'ministers met in {P} to discuss grain exports to {P}.'
];
const PLACES = [
	'Kharkiv',
	'Kupiansk',
	'Izium',
	'Bakhmut',
	'Avdiivka',
	'Kherson',
	'Mykolaiv',
	'Odesa',
	'Zaporizhzhia',
	'Sumy',
	'Vuhledar',
	'Lyman',
	'Donetsk',
	'Luhansk',
	'Chernihiv',
	'Poltava',
	'Dnipro',
	'Kramatorsk'
];
const NUMBERS = ['two', 'three', 'five', 'ten', '12', '27', 'four', 'seven'];

/** About `bytes` characters of synthetic report text from `seed`. */
function createCorpus(seed: number, bytes: number): string {
	const random = createRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const paragraphs: string[] = [];
	let size = 0;
	while (size < bytes) {
		const sentences: string[] = [];
		for (let i = 0; i < 3; i++) {
			const event = pick(EVENTS)
				.replace(/\{P\}/g, () => pick(PLACES))
				.replace(/\{N\}/g, () => pick(NUMBERS));
			const claimant = i === 0 ? pick(CLAIMANTS) : '';
			const sentence = claimant ? `${claimant} ${event}` : event[0].toUpperCase() + event.slice(1);
			sentences.push(sentence);
		}
		const paragraph = sentences.join(' ');
		paragraphs.push(paragraph);
		size += paragraph.length + 2;
	}
	return paragraphs.join('\n\n');
}

const geocoder = loadDefaultGeocoder();
const corpus = createCorpus(20260729, 60_000);
const input = { text: corpus, title: 'Synthetic corpus', published: '2023-05-01' };

function throughput(label: string, run: () => void): void {
	run();
	const start = performance.now();
	let runs = 0;
	while (performance.now() - start < 1000) {
		run();
		runs++;
	}
	const seconds = (performance.now() - start) / 1000;
	console.log(
		`${label}: ${((corpus.length * runs) / 1024 / seconds).toFixed(0)} KB/s (${runs} runs of ${(corpus.length / 1024).toFixed(0)} KB)`
	);
}

// The pipeline's own share: the same extraction with the mentions computed once beforehand.
const mentions = geocoder.geocode(extractText());
const cached = { gazetteerLabel: geocoder.gazetteerLabel, geocode: () => mentions };

function extractText(): string {
	const result = extractClaims(input, { gazetteerLabel: '', geocode: () => [] });
	return result.kind === 'extracted' ? result.text : '';
}

throughput('geocode only (baseline)', () => geocoder.geocode(corpus));
throughput('extractClaims (target ≥ 200 KB/s)', () =>
	extractClaims(input, geocoder, { entities: loadEntityTable() })
);
throughput('extractClaims with precomputed mentions', () => extractClaims(input, cached));

const options = { time: 1000, iterations: 3, warmupIterations: 1 };

describe('extraction of a 60 KB synthetic corpus', () => {
	bench(
		'geocode only (baseline)',
		() => {
			geocoder.geocode(corpus);
		},
		options
	);
	bench(
		'extractClaims including geocoding',
		() => {
			const result = extractClaims(input, geocoder, { entities: loadEntityTable() });
			if (result.kind !== 'extracted' || result.collection.features.length === 0)
				throw new Error('no claims');
		},
		options
	);
	bench(
		'extractClaims with precomputed mentions',
		() => {
			extractClaims(input, cached);
		},
		options
	);
});
