/**
 * Accuracy report of the geocoder on the development set: geocodes each item's text and context
 * joined exactly as `cli geocode` does (its output lines are the predictions: places with a point),
 * writes them as JSON lines and prints the scorer's table. A report, not a test.
 *
 *   npm run eval:geocode -- [--gold PATH] [--out PATH] [--by FIELD] [--min-confidence P]
 *                           [--max-uncertainty-km KM]   (default 100: oblasts and countries are areas)
 *                           [--with-date]   (give the geocoder each item's date; by default text and
 *                                            context alone, as the issue asks)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toGeocodedPlaces } from '../src/cli/commands/geocode';
import { POINT_MAX_UNCERTAINTY_KM } from '../src/lib/core/geocode';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';

interface DevItem {
	id: string;
	text: string;
	context?: string;
	date?: string;
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
const items = readFileSync(goldPath, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l) as DevItem);
let chars = 0;
const lines = items.map((item) => {
	const text = item.context ? `${item.text}\n\n${item.context}` : item.text;
	chars += text.length;
	const places = toGeocodedPlaces(
		geocoder.geocode(text, { date: withDate ? (item.date ?? null) : null }),
		maxUncertaintyKm
	).filter((p) => p.lat !== null && p.confidence >= minConfidence);
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
