/**
 * What each rule of the classify stage (`NOT_PLACE_RULES`) is worth: turns the rules off one at a
 * time and reports, against the rules all on, the change in gold places found within 10 km (on the
 * development split: how many were lost and gained) and in points predicted and correct; on the
 * validation split its totals only. A rule that changes one development item and nothing else was
 * written for that item. A report: it changes nothing.
 *
 *   npx tsx scripts/ablate-rules.ts [--gold-dev PATH] [--gold-val PATH]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toGeocodedPlace } from '../src/cli/commands/geocode';
import { createGeocoder, distanceKm, mentionRoles } from '../src/lib/core/geocode';
import { NOT_PLACE_RULES } from '../src/lib/core/geocode/classify';
import { loadGazetteer } from '../src/lib/server/gazetteer';

interface Item {
	id: string;
	text: string;
	context?: string;
	gold: { lat: number; lon: number }[];
}

/** What one run found: the gold places hit (as "id#index"), and the points predicted and correct. */
interface Run {
	hits: Set<string>;
	pred: number;
	correct: number;
}

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function load(path: string): Item[] {
	if (!existsSync(path)) {
		process.stderr.write(`ablate-rules: no file at ${path}\n`);
		process.exit(2);
	}
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Item);
}

const evalDir = resolve(process.cwd(), '../shared/eval-dev');
const dev = load(resolve(arg('gold-dev', resolve(evalDir, 'ukraine-events.dev.jsonl'))));
const val = load(resolve(arg('gold-val', resolve(evalDir, 'ukraine-events.val.jsonl'))));
const gazetteer = loadGazetteer();

/** Geocodes `items` as `eval:geocode` does and scores the points within 10 km. */
function run(items: readonly Item[]): Run {
	const geocoder = createGeocoder(gazetteer);
	const out: Run = { hits: new Set(), pred: 0, correct: 0 };
	for (const item of items) {
		const text = item.context ? `${item.text}\n\n${item.context}` : item.text;
		const mentions = geocoder.geocode(text);
		const roles = mentionRoles(text, mentions);
		const points = mentions.flatMap((m, i) => {
			const p = toGeocodedPlace(m, roles[i]);
			return p.lat !== null && p.lon !== null ? [{ lat: p.lat, lon: p.lon }] : [];
		});
		const near = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
			distanceKm(a.lat, a.lon, b.lat, b.lon) <= 10;
		item.gold.forEach((g, k) => {
			if (points.some((p) => near(p, g))) out.hits.add(`${item.id}#${k}`);
		});
		out.pred += points.length;
		out.correct += points.filter((p) => item.gold.some((g) => near(p, g))).length;
	}
	return out;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const baseDev = run(dev);
const baseVal = run(val);
const lines = NOT_PLACE_RULES.map((rule) => {
	// Off for one run: the rule never holds. Restored before the next rule is tried.
	const when = rule.when;
	Object.assign(rule, { when: () => false });
	const d = run(dev);
	const v = run(val);
	Object.assign(rule, { when });
	const lost = [...baseDev.hits].filter((h) => !d.hits.has(h)).length;
	const gained = [...d.hits].filter((h) => !baseDev.hits.has(h)).length;
	return (
		`  ${rule.name.padEnd(22)} dev: found ${signed(gained - lost)} (lost ${lost}, gained ${gained}), ` +
		`points ${signed(d.pred - baseDev.pred)}, correct ${signed(d.correct - baseDev.correct)} | ` +
		`val: found ${signed(v.hits.size - baseVal.hits.size)}, points ${signed(v.pred - baseVal.pred)}, ` +
		`correct ${signed(v.correct - baseVal.correct)}`
	);
});
process.stdout.write(
	`with every rule: dev found ${baseDev.hits.size}, points ${baseDev.pred}; val found ${baseVal.hits.size}, points ${baseVal.pred}\n` +
		`each rule turned off:\n${lines.join('\n')}\n`
);
