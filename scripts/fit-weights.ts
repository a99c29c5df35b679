/**
 * Fits some of the ranking's weights (`geocode/weights.ts`) on the development split only, and says
 * whether fitting does better than the hand-set values: a coordinate search of each weight over a
 * few multiples, maximising recall within 10 km (precision breaks ties), cross-validated in five
 * folds of the development items; then fitted on all of them and checked once on the validation
 * split (its totals only). It prints a table and changes nothing: a weight is worth changing in
 * `weights.ts` only where the cross-validated and validation figures both improve.
 *
 *   npm run -s fit:weights -- [--gold-dev PATH] [--gold-val PATH] [--folds 5] [--sweeps 1]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toGeocodedPlaces } from '../src/cli/commands/geocode';
import {
	createGeocoder,
	DEFAULT_WEIGHTS,
	distanceKm,
	type RankWeights
} from '../src/lib/core/geocode';
import { loadGazetteer } from '../src/lib/server/gazetteer';

interface Item {
	id: string;
	text: string;
	context?: string;
	gold: { lat: number; lon: number }[];
}

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const evalDir = resolve(process.cwd(), '../shared/eval-dev');
const devPath = resolve(arg('gold-dev', resolve(evalDir, 'ukraine-events.dev.jsonl')));
const valPath = resolve(arg('gold-val', resolve(evalDir, 'ukraine-events.val.jsonl')));
const FOLDS = Number(arg('folds', '5'));
const SWEEPS = Number(arg('sweeps', '1'));
/** The multiples of its current value each weight is tried at. */
const STEPS = [0.5, 0.75, 1.25, 1.5];
/**
 * The weights searched, as paths into the table: those of the text's context, and those of the prior
 * that decide between namesakes when the text gives no context (seats, size, the war's geography).
 */
const SEARCHED: readonly string[] = [
	'regionInSentence',
	'regionInText',
	'qualifier',
	'proximity',
	'proximityKm',
	'sameRegionAsOther',
	'populationPerDecade',
	'warZone',
	'warZoneKm',
	'seat.PPLA',
	'seat.PPLA2',
	'seat.PPLA3',
	'countryTier.border',
	'countryTier.neighbour',
	'looseBesideExact',
	'referencePull'
];

/** The weight at `path` ("seat.PPLA") of `w`. */
function weightAt(w: RankWeights, path: string): number {
	return path.split('.').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], w) as number;
}

/** A copy of `w` with the weight at `path` set to `value`. */
function withWeight(w: RankWeights, path: string, value: number): RankWeights {
	const copy = structuredClone(w);
	const keys = path.split('.');
	const last = keys.pop() as string;
	const parent = keys.reduce((o: unknown, k) => (o as Record<string, unknown>)[k], copy);
	(parent as Record<string, number>)[last] = value;
	return copy;
}

function load(path: string): Item[] {
	if (!existsSync(path)) {
		process.stderr.write(`fit-weights: no file at ${path}\n`);
		process.exit(2);
	}
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Item);
}

const gazetteer = loadGazetteer();

/** Recall and precision within 10 km of the points the geocoder gives, as the scorer counts them. */
function score(
	items: readonly Item[],
	weights: RankWeights
): { recall: number; precision: number; gold: number; goldHit: number } {
	const geocoder = createGeocoder(gazetteer, { weights });
	let gold = 0;
	let goldHit = 0;
	let pred = 0;
	let predHit = 0;
	for (const item of items) {
		const text = item.context ? `${item.text}\n\n${item.context}` : item.text;
		const points = toGeocodedPlaces(text, geocoder.geocode(text)).flatMap((p) =>
			p.lat !== null && p.lon !== null ? [{ lat: p.lat, lon: p.lon }] : []
		);
		for (const g of item.gold) {
			gold++;
			if (points.some((p) => distanceKm(g.lat, g.lon, p.lat, p.lon) <= 10)) goldHit++;
		}
		for (const p of points) {
			pred++;
			if (item.gold.some((g) => distanceKm(g.lat, g.lon, p.lat, p.lon) <= 10)) predHit++;
		}
	}
	return { recall: gold ? goldHit / gold : 0, precision: pred ? predHit / pred : 0, gold, goldHit };
}

/** What the search maximises: recall, then precision. */
function objective(s: { recall: number; precision: number }): number {
	return s.recall + 0.01 * s.precision;
}

/** Coordinate search from the hand-set weights on `items`. */
function fit(items: readonly Item[]): RankWeights {
	let best = structuredClone(DEFAULT_WEIGHTS);
	let bestValue = objective(score(items, best));
	for (let sweep = 0; sweep < SWEEPS; sweep++)
		for (const key of SEARCHED) {
			const base = weightAt(best, key);
			for (const step of STEPS) {
				const trial = withWeight(best, key, base * step);
				const value = objective(score(items, trial));
				if (value > bestValue + 1e-9) {
					best = trial;
					bestValue = value;
				}
			}
		}
	return best;
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const dev = load(devPath);
const folds = Array.from({ length: FOLDS }, (_, k) => dev.filter((_, i) => i % FOLDS === k));
let gold = 0;
let handHeld = 0;
let fitHeld = 0;
for (let k = 0; k < FOLDS; k++) {
	const train = dev.filter((_, i) => i % FOLDS !== k);
	const fitted = fit(train);
	const hand = score(folds[k], DEFAULT_WEIGHTS);
	const held = score(folds[k], fitted);
	gold += hand.gold;
	handHeld += hand.goldHit;
	fitHeld += held.goldHit;
	process.stdout.write(
		`fold ${k + 1}/${FOLDS}: held-out R@10 hand-set ${pct(hand.recall)}, fitted ${pct(held.recall)}\n`
	);
}
process.stdout.write(
	`cross-validated dev R@10: hand-set ${pct(handHeld / gold)}, fitted ${pct(fitHeld / gold)}\n`
);
const fitted = fit(dev);
const val = load(valPath);
const rows = SEARCHED.map(
	(key) =>
		`  ${key.padEnd(22)} hand-set ${String(weightAt(DEFAULT_WEIGHTS, key)).padStart(6)}  fitted ${String(weightAt(fitted, key)).padStart(8)}`
);
const devHand = score(dev, DEFAULT_WEIGHTS);
const devFit = score(dev, fitted);
const valHand = score(val, DEFAULT_WEIGHTS);
const valFit = score(val, fitted);
process.stdout.write(
	`weights fitted on all dev items:\n${rows.join('\n')}\n` +
		`dev R@10 ${pct(devHand.recall)} → ${pct(devFit.recall)}, P@10 ${pct(devHand.precision)} → ${pct(devFit.precision)}\n` +
		`val R@10 ${pct(valHand.recall)} → ${pct(valFit.recall)}, P@10 ${pct(valHand.precision)} → ${pct(valFit.precision)}\n`
);
