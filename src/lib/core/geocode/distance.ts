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
