/**
 * Web Mercator as fractions of the world (0..1 from the top-left corner), the frame of XYZ tiles:
 * tile (z, x, y) spans x/2^z..(x+1)/2^z. Both store backends index points in it.
 */

/** Web Mercator's latitude limit: points beyond are drawn on its edge. */
const MAX_MERCATOR_LAT = 85.0511287798;

/** A point in Web Mercator as fractions of the world, x east and y south from the top-left corner. */
export function toMercator(lon: number, lat: number): [number, number] {
	const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
	const s = Math.sin((clamped * Math.PI) / 180);
	const x = (lon + 180) / 360;
	const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
	return [x, Math.max(0, Math.min(1, y))];
}

/** The longitude and latitude of a Web Mercator point given as fractions of the world. */
export function fromMercator(x: number, y: number): [number, number] {
	const lon = x * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [lon, lat];
}
