/**
 * Readers for the gazetteer's source formats: GeoNames dumps (country file, allCountries or
 * cities500), the admin1 code table, OCHA COD-AB raion/hromada tables, Natural Earth countries and
 * the curated landmark list. Each returns plain rows; filtering and merging happen in the builder.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { area, centroid, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { GazetteerRow } from '../../src/lib/core/gazetteer';

/** One line of a GeoNames dump, with the columns the builder uses. */
export interface GeonamesRecord {
	geonameId: number;
	name: string;
	asciiName: string;
	alternateNames: string[];
	lat: number;
	lon: number;
	featureClass: string;
	featureCode: string;
	countryCode: string;
	admin1: string;
	admin2: string;
	population: number;
	/** Modification date `YYYY-MM-DD`. */
	modified: string;
}

/** Streams the records of a GeoNames dump file (19 tab-separated columns). */
export function* readGeonames(path: string): Generator<GeonamesRecord> {
	const text = readFileSync(path, 'utf8');
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end);
		start = end + 1;
		const f = line.split('\t');
		if (f.length < 15) continue;
		yield {
			geonameId: Number(f[0]),
			name: f[1],
			asciiName: f[2],
			alternateNames: f[3] ? f[3].split(',') : [],
			lat: Number(f[4]),
			lon: Number(f[5]),
			featureClass: f[6],
			featureCode: f[7],
			countryCode: f[8],
			admin1: f[10],
			admin2: f[11],
			population: Number(f[14]) || 0,
			modified: f[18] ?? ''
		};
	}
}

/** An admin1 code entry: `UA.05` → Donetsk. */
export interface Admin1Entry {
	code: string;
	name: string;
	asciiName: string;
	geonameId: number;
}

/** Reads GeoNames `admin1CodesASCII.txt`. */
export function readAdmin1Codes(path: string): Map<string, Admin1Entry> {
	const out = new Map<string, Admin1Entry>();
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const f = line.split('\t');
		if (f.length < 4) continue;
		out.set(f[0], { code: f[0], name: f[1], asciiName: f[2], geonameId: Number(f[3]) });
	}
	return out;
}

/** One row of an OCHA COD-AB table (raions or hromadas). */
export interface OchaUnit {
	pcode: string;
	parent: string;
	nameUk: string;
	nameRu: string;
	nameEn: string;
	lat: number;
	lon: number;
}

/** Reads an OCHA COD-AB TSV (`pcode parent_pcode name_uk name_ru name_en lat lon`). */
export function readOcha(path: string): OchaUnit[] {
	const lines = readFileSync(path, 'utf8').split('\n').slice(1);
	const out: OchaUnit[] = [];
	for (const line of lines) {
		const f = line.split('\t');
		if (f.length < 7) continue;
		out.push({
			pcode: f[0],
			parent: f[1],
			nameUk: f[2],
			nameRu: f[3],
			nameEn: f[4],
			lat: Number(f[5]),
			lon: Number(f[6])
		});
	}
	return out;
}

/** A country polygon with its Natural Earth name and ISO numeric id. */
export interface CountryShape {
	name: string;
	isoNumeric: string;
	shape: Feature<Polygon | MultiPolygon>;
}

/** Reads Natural Earth country polygons from a world-atlas TopoJSON file. */
export function readCountries(path: string): CountryShape[] {
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const collection = topo.objects.countries as GeometryCollection<{ name: string }>;
	const fc = feature(topo, collection) as unknown as {
		features: (Feature<Polygon | MultiPolygon, { name: string }> & { id?: string })[];
	};
	return fc.features
		.filter((f) => f.geometry)
		.map((f) => ({ name: f.properties.name, isoNumeric: String(f.id ?? ''), shape: f }));
}

/** A representative point of a country: centroid of its largest part, moved inside if it falls outside. */
export function countryPoint(shape: Feature<Polygon | MultiPolygon>): [number, number] {
	let part: Feature<Polygon> = shape as Feature<Polygon>;
	if (shape.geometry.type === 'MultiPolygon') {
		let best = -1;
		for (const coords of shape.geometry.coordinates) {
			const f: Feature<Polygon> = {
				type: 'Feature',
				properties: {},
				geometry: { type: 'Polygon', coordinates: coords }
			};
			const a = area(f);
			if (a > best) {
				best = a;
				part = f;
			}
		}
	}
	const c = centroid(part).geometry.coordinates;
	if (booleanPointInPolygon(c, part)) return [c[0], c[1]];
	const p = pointOnFeature(part).geometry.coordinates;
	return [p[0], p[1]];
}

/** Whether a point lies inside a country shape. */
export function inCountry(
	lon: number,
	lat: number,
	shape: Feature<Polygon | MultiPolygon>
): boolean {
	return booleanPointInPolygon([lon, lat], shape);
}

/** Reads the curated landmark list (`geodata/landmarks.tsv`). */
export function readLandmarks(path: string): GazetteerRow[] {
	const lines = readFileSync(path, 'utf8').split('\n');
	const header = lines[0].split('\t');
	const col = (name: string) => header.indexOf(name);
	const rows: GazetteerRow[] = [];
	for (const line of lines.slice(1)) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		const f = line.split('\t');
		const admin1Code = f[col('admin1Code')] || null;
		rows.push({
			id: `curated:${f[col('slug')]}`,
			name: f[col('name')],
			names: f[col('alternateNames')] ? f[col('alternateNames')].split('|') : [],
			lat: Number(f[col('lat')]),
			lon: Number(f[col('lon')]),
			featureClass: f[col('featureClass')],
			featureCode: f[col('featureCode')],
			countryCode: f[col('countryCode')],
			admin1Code,
			admin2Code: null,
			population: 0
		});
	}
	return rows;
}
