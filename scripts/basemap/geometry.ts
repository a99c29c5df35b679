/** Geometry helpers for the basemap builder. */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Rounds every coordinate to `digits` decimals, dropping consecutive duplicates that rounding creates. */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G {
	const factor = 10 ** digits;
	const round = (p: Position): Position => [
		Math.round(p[0] * factor) / factor,
		Math.round(p[1] * factor) / factor
	];
	const ring = (r: Position[]): Position[] =>
		r.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
	switch (geometry.type) {
		case 'Point':
			return { ...geometry, coordinates: round(geometry.coordinates) };
		case 'LineString':
		case 'MultiPoint':
			return { ...geometry, coordinates: ring(geometry.coordinates) };
		case 'Polygon':
		case 'MultiLineString':
			return { ...geometry, coordinates: geometry.coordinates.map(ring) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
		default:
			return geometry;
	}
}

/**
 * For each polygon, the label (code) that most of the points inside it carry; null when no point falls
 * inside. Used to tie Natural Earth polygons to GeoNames admin1 codes without matching names.
 */
export function assignByMajority(
	polygons: Feature<Polygon | MultiPolygon>[],
	points: { code: string; position: Position }[]
): (string | null)[] {
	return polygons.map((polygon) => {
		const counts = new Map<string, number>();
		for (const point of points) {
			if (booleanPointInPolygon(point.position, polygon)) {
				counts.set(point.code, (counts.get(point.code) ?? 0) + 1);
			}
		}
		let best: string | null = null;
		let bestCount = 0;
		for (const [code, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
			if (count > bestCount) {
				best = code;
				bestCount = count;
			}
		}
		return best;
	});
}

/**
 * A point to hang a country's label on: the centre of mass of its largest part, or a point on the
 * surface when that centre falls outside (a crescent-shaped country).
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Point {
	const parts =
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates.map((p) => p);
	const largest = parts
		.map((rings) => polygon(rings))
		.reduce((best, part) => (area(part) > area(best) ? part : best));
	const centre = centerOfMass(largest);
	if (booleanPointInPolygon(centre, largest)) return centre.geometry;
	return pointOnFeature(largest).geometry;
}
