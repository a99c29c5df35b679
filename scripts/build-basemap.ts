/**
 * Builds the embedded basemap layers in geodata/basemap/ from Natural Earth data:
 * - countries.geojson and country-borders.geojson from the world-atlas package (Natural Earth 1:50m),
 * - ua-oblasts.geojson and ua-oblast-labels.geojson from the Natural Earth admin-1 polygons of Ukraine,
 *   each oblast tagged with its GeoNames admin1 code (found by which code's populated places fall inside it).
 *
 * Usage: npm run build:basemap -- [--oblasts PATH] [--geonames PATH] [--out DIR]
 * Deterministic: the same inputs give the same bytes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { parseArgs } from 'node:util';
import { assignByMajority, labelPoint, roundGeometry } from './basemap/geometry';

const require = createRequire(import.meta.url);

const { values } = parseArgs({
	options: {
		oblasts: { type: 'string', default: '../shared/geodata-src/ua-admin1-naturalearth.geojson' },
		geonames: { type: 'string', default: '../shared/geodata-src/UA.txt' },
		admin1: { type: 'string', default: '../shared/geodata-src/admin1CodesASCII.txt' },
		out: { type: 'string', default: 'geodata/basemap' }
	}
});

const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });

function write(name: string, collection: FeatureCollection): void {
	const path = resolve(outDir, name);
	writeFileSync(path, JSON.stringify(collection) + '\n');
	console.log(`wrote ${path} (${collection.features.length} features)`);
}

// Countries and their shared borders (drawn once, not twice as two polygon outlines).
const world = require('world-atlas/countries-50m.json') as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(world, world.objects.countries) as FeatureCollection<
	Polygon | MultiPolygon,
	{ name: string }
>;
write('countries.geojson', {
	type: 'FeatureCollection',
	features: countries.features.map((f) => ({
		type: 'Feature',
		properties: { name: f.properties.name, isoNumeric: f.id ?? null },
		geometry: roundGeometry(f.geometry, 3)
	}))
});
write('country-labels.geojson', {
	type: 'FeatureCollection',
	features: countries.features.map((f) => ({
		type: 'Feature',
		properties: { name: f.properties.name },
		geometry: roundGeometry(labelPoint(f.geometry), 3)
	}))
});
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
write('country-borders.geojson', {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: {}, geometry: roundGeometry(borders, 3) }]
});

// Ukraine's oblasts, each tagged with the GeoNames admin1 code most of its populated places carry.
interface NaturalEarthProps {
	name: string;
	localized_name?: { ua?: string };
	label_point?: Position;
	id: string;
}
const oblasts = JSON.parse(readFileSync(resolve(values.oblasts!), 'utf8')) as FeatureCollection<
	Polygon | MultiPolygon,
	NaturalEarthProps
>;
const places: { code: string; position: Position }[] = [];
for (const line of readFileSync(resolve(values.geonames!), 'utf8').split('\n')) {
	const cols = line.split('\t');
	if (cols[6] !== 'P' || !cols[10]) continue;
	places.push({ code: `${cols[8]}.${cols[10]}`, position: [Number(cols[5]), Number(cols[4])] });
}
const admin1Names = new Map<string, string>();
for (const line of readFileSync(resolve(values.admin1!), 'utf8').split('\n')) {
	const cols = line.split('\t');
	if (cols[0]?.startsWith('UA.')) admin1Names.set(cols[0], cols[2]);
}
const codes = assignByMajority(oblasts.features, places);
const oblastFeatures: Feature<Geometry>[] = [];
const labelFeatures: Feature<Geometry>[] = [];
oblasts.features.forEach((f, i) => {
	const admin1Code = codes[i];
	if (!admin1Code) throw new Error(`no GeoNames admin1 code found for oblast ${f.properties.name}`);
	const nameLocal = f.properties.localized_name?.ua ?? null;
	const base = (admin1Names.get(admin1Code) ?? f.properties.name).replace(/ Oblast$/, '');
	// The Ukrainian name says whether the unit is an oblast (область) or, like Crimea, something else.
	const isOblast = nameLocal?.includes('область') ?? true;
	const properties = { admin1Code, name: isOblast ? `${base} Oblast` : base, label: base, nameLocal };
	oblastFeatures.push({ type: 'Feature', properties, geometry: roundGeometry(f.geometry, 4) });
	if (f.properties.label_point) {
		labelFeatures.push({
			type: 'Feature',
			properties,
			geometry: { type: 'Point', coordinates: f.properties.label_point }
		});
	}
});
write('ua-oblasts.geojson', { type: 'FeatureCollection', features: oblastFeatures });
write('ua-oblast-labels.geojson', { type: 'FeatureCollection', features: labelFeatures });
