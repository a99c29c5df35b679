/** The map's view as a box: bounds of a set of claims, and rounding for the URL. */
import type { ClaimFeature } from '../../core/contract';
import type { BBox } from '../../core/filter/filters';

/** The box around every located claim, or null when none has a place. */
export function claimsBounds(features: readonly ClaimFeature[]): BBox | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const f of features) {
		if (f.geometry === null) continue;
		const [lon, lat] = f.geometry.coordinates;
		if (lon < west) west = lon;
		if (lon > east) east = lon;
		if (lat < south) south = lat;
		if (lat > north) north = lat;
	}
	return west === Infinity ? null : [west, south, east, north];
}

/** A box rounded to 4 decimals (about 10 m) and clamped to valid ranges, for a short, stable URL. */
export function roundBBox(bbox: BBox): BBox {
	const r = (n: number) => Math.round(n * 1e4) / 1e4 || 0;
	const lon = (n: number) => Math.max(-180, Math.min(180, r(n)));
	const lat = (n: number) => Math.max(-90, Math.min(90, r(n)));
	return [lon(bbox[0]), lat(bbox[1]), lon(bbox[2]), lat(bbox[3])];
}
