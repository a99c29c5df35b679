/** Great-circle distance for ranking: haversine on a spherical Earth. */

const R = 6371.0088;
const RAD = Math.PI / 180;

/** Distance in km between two points given as latitude/longitude degrees. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Above 1 by far more than any rounding of `distanceKm`, so that a pair it rules out is surely apart. */
const BOUND_MARGIN = 1 + 1e-9;

/**
 * Whether two points lie within `km` of each other by `distanceKm`: the same answer, but a pair
 * further apart north to south than `km` (a great-circle distance is at least the difference of
 * latitude) is ruled out without the trigonometry.
 */
export function withinKm(
	lat1: number,
	lon1: number,
	lat2: number,
	lon2: number,
	km: number
): boolean {
	if (R * Math.abs((lat2 - lat1) * RAD) > km * BOUND_MARGIN) return false;
	return distanceKm(lat1, lon1, lat2, lon2) <= km;
}
