/**
 * The war-zone prior: war reports name places near where the fighting is far more often than
 * their namesakes elsewhere, so a candidate's distance to the lines of fighting of the 2022–2024
 * war is evidence when nothing else in the text decides. The lines are coarse (waypoints tens of
 * km apart, from public situation maps of the period: the line of contact in the south and east,
 * the spring-2022 fronts north of Kyiv, around Chernihiv, Sumy and Kharkiv, the 2022
 * Mykolaiv–Kherson front, and the northern border with Russia, shelled across throughout). They
 * encode where the war was fought, not any place name, and replace a per-oblast prior.
 */

/**
 * A line of fighting as [lat, lon] waypoints. All lines count alike: weighting them by how long
 * the fighting lasted was tried and did worse.
 */
export interface WarLine {
	points: readonly (readonly [number, number])[];
}

function line(points: [number, number][]): WarLine {
	return { points };
}

/** The lines. */
export const WAR_LINES: readonly WarLine[] = [
	// Line of contact, Dnipro mouth to the Russian border north-east of Kupiansk: 2022–2024.
	line([
		[46.55, 31.95],
		[46.64, 32.62],
		[46.76, 33.37],
		[47.1, 33.9],
		[47.5, 34.6],
		[47.45, 35.3],
		[47.5, 35.8],
		[47.66, 36.26],
		[47.84, 36.83],
		[47.78, 37.25],
		[47.94, 37.5],
		[48.14, 37.75],
		[48.4, 37.85],
		[48.59, 38.0],
		[48.85, 38.1],
		[49.05, 38.22],
		[49.4, 37.95],
		[49.75, 37.75],
		[50.3, 37.8]
	]),
	// Mykolaiv–Kherson front of 2022, west of the Dnipro (March to November).
	line([
		[46.97, 32.0],
		[47.08, 32.8],
		[47.24, 33.19],
		[47.49, 33.53],
		[47.5, 34.6]
	]),
	// Kharkiv and Izium fronts of 2022 (February to September).
	line([
		[50.3, 36.3],
		[49.99, 36.23],
		[49.6, 36.9],
		[49.21, 37.26],
		[48.85, 38.1]
	]),
	// Sumy and Chernihiv fronts of 2022 (February to April).
	line([
		[50.35, 35.5],
		[50.31, 34.9],
		[50.9, 34.8],
		[51.24, 33.2],
		[51.5, 31.29],
		[50.6, 31.0]
	]),
	// The border with Russia from Belarus to the Kharkiv front, shelled across since 2022.
	line([
		[52.37, 31.78],
		[52.2, 32.4],
		[52.37, 33.2],
		[52.2, 34.0],
		[51.75, 34.35],
		[51.25, 34.9],
		[50.85, 35.35],
		[50.45, 35.6],
		[50.35, 36.3],
		[50.4, 36.9],
		[50.3, 37.8]
	]),
	// North and west of Kyiv, 2022 (February to April).
	line([
		[50.6, 31.0],
		[50.54, 30.23],
		[50.46, 29.81],
		[50.64, 29.92],
		[50.94, 29.89],
		[51.3, 30.1]
	])
];

const KM_PER_DEGREE = 111.195;

/** Distance in km from a point to a polyline (flat-earth within a segment's span). */
function lineDistanceKm(points: WarLine['points'], lat: number, lon: number, cos: number): number {
	let best = Infinity;
	for (let i = 1; i < points.length; i++) {
		const ax = (points[i - 1][1] - lon) * cos * KM_PER_DEGREE;
		const ay = (points[i - 1][0] - lat) * KM_PER_DEGREE;
		const bx = (points[i][1] - lon) * cos * KM_PER_DEGREE;
		const by = (points[i][0] - lat) * KM_PER_DEGREE;
		const dx = bx - ax;
		const dy = by - ay;
		const len = dx * dx + dy * dy;
		const t = len > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
		const d = Math.hypot(ax + t * dx, ay + t * dy);
		if (d < best) best = d;
	}
	return best;
}

/** Distance in km from a point to the nearest war line. */
export function warLineDistanceKm(lat: number, lon: number): number {
	const cos = Math.cos((lat * Math.PI) / 180);
	let best = Infinity;
	for (const l of WAR_LINES) best = Math.min(best, lineDistanceKm(l.points, lat, lon, cos));
	return best;
}

/** 0..1: how close a point is to the fighting, exp(−distance to the nearest line / decayKm). */
export function warZoneCloseness(lat: number, lon: number, decayKm: number): number {
	return Math.exp(-warLineDistanceKm(lat, lon) / decayKm);
}
