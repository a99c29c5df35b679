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

/**
 * Where the claims that matter lie: Ukraine and the regions along its borders (Belarus' south,
 * Russia's Bryansk to Rostov and Krasnodar, Moldova, the Black Sea). The opening view fits the
 * claims inside it, so one claim in a far capital does not shrink the war to a dot.
 */
export const FOCUS_AREA: BBox = [20.5, 43.3, 42.0, 53.8];

/** The box the opening view fits: the claims inside `FOCUS_AREA`, or all when none lies there. */
export function openingBounds(features: readonly ClaimFeature[]): BBox | null {
	const [west, south, east, north] = FOCUS_AREA;
	const inside = features.filter((f) => {
		if (f.geometry === null) return false;
		const [lon, lat] = f.geometry.coordinates;
		return lon >= west && lon <= east && lat >= south && lat <= north;
	});
	return claimsBounds(inside.length > 0 ? inside : features);
}

/** A box rounded to 4 decimals (about 10 m) and clamped to valid ranges, for a short, stable URL. */
export function roundBBox(bbox: BBox): BBox {
	const r = (n: number) => Math.round(n * 1e4) / 1e4 || 0;
	const lon = (n: number) => Math.max(-180, Math.min(180, r(n)));
	const lat = (n: number) => Math.max(-90, Math.min(90, r(n)));
	return [lon(bbox[0]), lat(bbox[1]), lon(bbox[2]), lat(bbox[3])];
}
