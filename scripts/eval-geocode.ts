/**
 * Accuracy report of the geocoder on the development set: geocodes each item's text and context
 * joined exactly as `cli geocode` does (its output lines are the predictions: places with a point),
 * writes them as JSON lines and prints the scorer's table, then the misses within 10 km by class of
 * error (`core/geocode/errors.ts`: a namesake chosen despite a qualifier, over a bigger place, far
 * from the other places; a role that gave no point; …). A report, not a test.
 *
 *   npm run eval:geocode -- [--gold PATH] [--out PATH] [--by FIELD] [--min-confidence P]
 *                           [--max-uncertainty-km KM]   (default 100: oblasts and countries are areas)
 *                           [--misses PATH]   (each item's misses and extras by class, as JSON lines)
 *                           [--with-date]   (give the geocoder each item's date; by default text and
 *                                            context alone, as the issue asks)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toGeocodedPlace } from '../src/cli/commands/geocode';
import {
	distanceKm,
	mentionRoles,
	POINT_MAX_UNCERTAINTY_KM,
	type Place
} from '../src/lib/core/geocode';
import { normaliseName } from '../src/lib/core/names';
import {
	EXTRA_CLASSES,
	extraClass,
	MISS_CLASSES,
	missClass,
	type ExtraClass,
	type MissClass
} from '../src/lib/core/geocode/errors';
import { loadDefaultGeocoder, loadGazetteer } from '../src/lib/server/gazetteer';

interface DevItem {
	id: string;
	text: string;
	context?: string;
	date?: string;
	gold?: { name?: string; lat: number; lon: number }[];
	gold_complete?: boolean;
}

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const evalDir = resolve(process.cwd(), '../shared/eval-dev');
const goldPath = resolve(arg('gold', resolve(evalDir, 'ukraine-events.dev.jsonl')));
const outPath = resolve(
	arg('out', resolve(process.cwd(), 'tests/artifacts/eval-geocode.pred.jsonl'))
);
const scorer = resolve(arg('scorer', resolve(dirname(goldPath), 'score.py')));
/** Predictions below this confidence are left out (reported as unresolved). */
const minConfidence = Number(arg('min-confidence', '0'));
/** Areas wider than this (oblasts, countries) are not point predictions and are left out. */
const maxUncertaintyKm = Number(arg('max-uncertainty-km', String(POINT_MAX_UNCERTAINTY_KM)));

/** Whether each item's `date` is passed to the geocoder. */
const withDate = process.argv.includes('--with-date');

for (const [what, path, flag] of [
	['development set', goldPath, '--gold'],
	['scorer', scorer, '--scorer']
]) {
	if (!existsSync(path)) {
		process.stderr.write(
			`eval:geocode: no ${what} at ${path}; run from the project root beside ../shared, or pass ${flag} PATH\n`
		);
		process.exit(2);
	}
}

const t0 = performance.now();
const geocoder = loadDefaultGeocoder();
const loaded = performance.now();
const missesPath = arg('misses', '');
const items = readFileSync(goldPath, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l) as DevItem);
let chars = 0;
const classified = items.map((item) => {
	const text = item.context ? `${item.text}\n\n${item.context}` : item.text;
	chars += text.length;
	const mentions = geocoder.geocode(text, { date: withDate ? (item.date ?? null) : null });
	return { item, mentions, roles: mentionRoles(text, mentions, maxUncertaintyKm) };
});
const lines = classified.map(({ item, mentions, roles }) => {
	const places = mentions
		.map((m, i) => toGeocodedPlace(m, roles[i]))
		.filter((p) => p.lat !== null && p.confidence >= minConfidence);
	return JSON.stringify({ id: item.id, places });
});
const done = performance.now();
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, lines.join('\n') + '\n');
process.stdout.write(
	`${items.length} items, ${chars} chars; gazetteer ${(loaded - t0).toFixed(0)} ms, geocoding ${(done - loaded).toFixed(0)} ms → ${outPath}\n`
);
const by = arg('by', 'source_dataset');
const result = spawnSync('python3', [scorer, outPath, '--gold', goldPath, '--by', by], {
	encoding: 'utf8'
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status ?? 1;

/** Gazetteer places by id, built on first use (only candidates of misses are looked up). */
let byId: Map<string, Place> | null = null;
function placeById(id: string): Place | undefined {
	if (!byId) {
		const gazetteer = loadGazetteer();
		byId = new Map();
		for (let i = 0; i < gazetteer.size; i++) byId.set(gazetteer.place(i).id, gazetteer.place(i));
	}
	return byId.get(id);
}

/** Whether the gazetteer holds a place within 10 km of `gold` under the name of `mention` (or a sound-alike). */
function heldNear(mention: string, gold: { lat: number; lon: number }): boolean {
	const gazetteer = loadGazetteer();
	const key = normaliseName(mention);
	return [...gazetteer.lookup(key), ...gazetteer.lookupPhonetic(key)].some(
		(h) => distanceKm(h.place.lat, h.place.lon, gold.lat, gold.lon) <= 10
	);
}

// Misses within 10 km by class, and (on items whose gold is complete) points far from every gold place.
const counts = new Map<MissClass | ExtraClass, number>();
const details: string[] = [];
let golds = 0;
for (const { item, mentions, roles } of classified) {
	const text = { mentions, roles };
	const gold = item.gold ?? [];
	golds += gold.length;
	const misses = gold.flatMap((g) => {
		const c = missClass(g, text, placeById, 10, heldNear);
		return c === 'hit' ? [] : [{ gold: g.name ?? null, class: c }];
	});
	const extras = item.gold_complete
		? mentions.flatMap((m, i) => {
				const c = extraClass(i, text, gold);
				return c === null ? [] : [{ mention: m.mention.mention, class: c }];
			})
		: [];
	for (const x of [...misses, ...extras]) counts.set(x.class, (counts.get(x.class) ?? 0) + 1);
	if (misses.length + extras.length > 0)
		details.push(JSON.stringify({ id: item.id, misses, extras }));
}
const rows = [...MISS_CLASSES, ...EXTRA_CLASSES].map(
	(c) => `  ${c.padEnd(20)} ${String(counts.get(c) ?? 0).padStart(4)}`
);
process.stdout.write(
	`misses within 10 km by class (of ${golds} gold places), then points far from every gold place (complete gold):\n${rows.join('\n')}\n`
);
if (missesPath) writeFileSync(resolve(missesPath), details.join('\n') + '\n');
