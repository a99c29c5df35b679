/**
 * How often a place written with its oblast ("X, Donetsk", "X village, Kherson region", "X (Sumy
 * Oblast)") lands on the right one of its namesakes: notes are generated from the compiled gazetteer
 * with invented templates in the styles of event data sets and agency copy, each naming one Ukrainian
 * village and its oblast as those sources spell it. The gold is the village itself; villages with a
 * namesake in their own oblast are left out (no text could tell them apart). A village counts as found
 * when a point of the geocoder's output lies within 10 km of it. Seeded: the same notes every run.
 * A report, not a test; it needs no data outside the repository.
 *
 *   npm run -s eval:qualified -- [--notes 600] [--seed 1]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { distanceKm } from '../src/lib/core/geocode';
import { pointOf } from '../src/lib/core/geocode/errors';
import { mentionRoles } from '../src/lib/core/geocode/roles';
import { createRandom } from '../src/lib/core/synthetic/random';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';

const { values } = parseArgs({
	options: {
		notes: { type: 'string', default: '600' },
		seed: { type: 'string', default: '1' }
	}
});
const NOTES = Number(values.notes);
const SEED = Number(values.seed);
/** How near a point must lie to the village to find it (km). */
const HIT_KM = 10;

/**
 * Oblasts as event data sets and agencies write them, by the gazetteer's admin1 code. Kyiv City and
 * Sevastopol are left out: their villages are few and their notes name the city.
 */
const OBLAST_NAMES: Readonly<Record<string, string>> = {
	'UA.01': 'Cherkasy',
	'UA.02': 'Chernihiv',
	'UA.03': 'Chernivtsi',
	'UA.04': 'Dnipropetrovsk',
	'UA.05': 'Donetsk',
	'UA.06': 'Ivano-Frankivsk',
	'UA.07': 'Kharkiv',
	'UA.08': 'Kherson',
	'UA.09': 'Khmelnytskyi',
	'UA.10': 'Kirovohrad',
	'UA.11': 'Crimea',
	'UA.13': 'Kyiv',
	'UA.14': 'Luhansk',
	'UA.15': 'Lviv',
	'UA.16': 'Mykolaiv',
	'UA.17': 'Odesa',
	'UA.18': 'Poltava',
	'UA.19': 'Rivne',
	'UA.21': 'Sumy',
	'UA.22': 'Ternopil',
	'UA.23': 'Vinnytsia',
	'UA.24': 'Volyn',
	'UA.25': 'Zakarpattia',
	'UA.26': 'Zaporizhia',
	'UA.27': 'Zhytomyr'
};

/** Invented notes by family: `{x}` the village, `{o}` its oblast, `{d}` a date. */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
	'event note ("X, Oblast")': [
		'On {d}, Russian forces shelled near {x}, {o}. Casualties unknown.',
		'On {d}, Russian forces shelled {x}, {o}. 1 civilian was injured.',
		'Interception: On {d}, Russian forces shot down a drone near {x}, {o}.',
		'On {d}, Ukrainian forces clashed with Russian forces near {x}, {o}. Casualties unknown.',
		'On {d}, Russian forces dropped an aerial bomb on {x}, {o}. Property damage was reported.'
	],
	'agency ("X village, O region")': [
		'Shelling hit {x} village, {o} region, on {d}.',
		'The enemy struck {x} village, {o} Oblast.',
		'Two civilians were wounded in {x} town, {o} region.',
		'A drone hit a house in {x} village ({o} region).'
	],
	'bracket ("X (O Oblast)")': [
		'Russian troops shelled {x} ({o} Oblast) overnight.',
		'Drones attacked {x} ({o}) on {d}.'
	]
};

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);

interface Village {
	name: string;
	lat: number;
	lon: number;
	admin1: string;
	/** Places of the same name in other oblasts: the notes a qualifier has to decide. */
	namesakes: number;
}

/** Ukrainian villages of the compiled gazetteer with no namesake in their own oblast. */
function villages(): Village[] {
	const file = resolve(process.cwd(), 'geodata/gazetteer/places.tsv');
	const rows = readFileSync(file, 'utf8').split('\n').slice(1);
	const byName = new Map<string, { lat: number; lon: number; admin1: string }[]>();
	for (const line of rows) {
		const [, name, lat, lon, featureClass, featureCode, country, admin1] = line.split('\t');
		if (country !== 'UA' || featureClass !== 'P' || featureCode !== 'PPL') continue;
		if (!(admin1 in OBLAST_NAMES) || /\s|\d/.test(name)) continue;
		const list = byName.get(name) ?? [];
		list.push({ lat: Number(lat), lon: Number(lon), admin1 });
		byName.set(name, list);
	}
	const out: Village[] = [];
	for (const [name, list] of byName)
		for (const v of list) {
			const sameOblast = list.filter((o) => o.admin1 === v.admin1).length;
			if (sameOblast === 1) out.push({ name, ...v, namesakes: list.length - 1 });
		}
	return out;
}

function main(): void {
	const next = createRandom(SEED);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	const all = villages();
	const geocoder = loadDefaultGeocoder();
	const families = Object.keys(TEMPLATES);
	const score = new Map<
		string,
		{ found: number; notes: number; namesakeFound: number; namesakes: number }
	>();
	for (let n = 0; n < NOTES; n++) {
		const v = pick(all);
		const family = families[n % families.length];
		const date = `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2022 + Math.floor(next() * 3)}`;
		const text = pick(TEMPLATES[family])
			.replace('{x}', v.name)
			.replace('{o}', OBLAST_NAMES[v.admin1])
			.replace('{d}', date);
		const mentions = geocoder.geocode(text);
		const roles = mentionRoles(text, mentions);
		const found = mentions.some((m, i) => {
			const p = pointOf(m, roles[i]);
			return p !== null && distanceKm(p.lat, p.lon, v.lat, v.lon) <= HIT_KM;
		});
		const s = score.get(family) ?? { found: 0, notes: 0, namesakeFound: 0, namesakes: 0 };
		s.notes++;
		if (found) s.found++;
		if (v.namesakes > 0) {
			s.namesakes++;
			if (found) s.namesakeFound++;
		}
		score.set(family, s);
	}
	const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`);
	let found = 0;
	let namesakeFound = 0;
	let namesakes = 0;
	for (const [family, s] of score) {
		found += s.found;
		namesakeFound += s.namesakeFound;
		namesakes += s.namesakes;
		process.stdout.write(
			`${family.padEnd(32)} R@${HIT_KM} ${pct(s.found, s.notes).padStart(6)} of ${s.notes}` +
				`  (villages with namesakes elsewhere: ${pct(s.namesakeFound, s.namesakes)} of ${s.namesakes})\n`
		);
	}
	process.stdout.write(
		`${'OVERALL'.padEnd(32)} R@${HIT_KM} ${pct(found, NOTES).padStart(6)} of ${NOTES}` +
			`  (villages with namesakes elsewhere: ${pct(namesakeFound, namesakes)} of ${namesakes})\n`
	);
}

main();
