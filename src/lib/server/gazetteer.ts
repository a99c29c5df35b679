/**
 * Loads the compiled gazetteer from geodata/gazetteer/ once per process and hands out the default
 * geocoder. The directory is `$CLAIMSMAP_GEODATA/gazetteer` when that variable is set, else
 * `<cwd>/geodata/gazetteer` (cwd is the project root under tsx, vitest and the built server).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGazetteer, type Gazetteer } from '../core/gazetteer';
import { createGeocoder } from '../core/geocode';
import type { Geocoder } from '../core/geocode/types';

/** The gazetteer directory used when none is passed. */
export function defaultGazetteerDir(): string {
	const base = process.env.CLAIMSMAP_GEODATA ?? resolve(process.cwd(), 'geodata');
	return resolve(base, 'gazetteer');
}

const cache = new Map<string, Gazetteer>();
let defaultGeocoder: Geocoder | null = null;

/** Reads and indexes the gazetteer artifact (synchronously; cached per directory). */
export function loadGazetteer(dir: string = defaultGazetteerDir()): Gazetteer {
	const cached = cache.get(dir);
	if (cached) return cached;
	const read = (file: string) => readFileSync(resolve(dir, file), 'utf8');
	const meta = JSON.parse(read('meta.json')) as { label?: string };
	const artifact = {
		places: read('places.tsv'),
		names: read('names.tsv'),
		admin1: read('admin1.tsv')
	};
	const gazetteer = parseGazetteer(artifact, meta.label ?? 'gazetteer');
	cache.set(dir, gazetteer);
	return gazetteer;
}

/** The geocoder over the default gazetteer, created on first use. */
export function loadDefaultGeocoder(): Geocoder {
	defaultGeocoder ??= createGeocoder(loadGazetteer());
	return defaultGeocoder;
}
