/**
 * The war-zone prior: war reports name places near where the fighting is far more often than
 * their namesakes elsewhere, so a candidate's distance to the lines of fighting of the 2022–2024
 * war is evidence when nothing else in the text decides. The lines are coarse (waypoints tens of
 * km apart, from public situation maps of the period). They encode where and when the war was
 * fought, not any place name, and replace a per-oblast prior.
 *
 * Lines differ in how many incidents per km they produce, so each has an intensity relative to the
 * land line of contact (1), the line every public incident data set is dominated by:
 * - the 2022 fronts around Kharkiv and Izium and from Mykolaiv to Kherson were fought over for
 *   months with artillery on both sides, and produced about as many incidents per km: 1;
 * - the spring-2022 fronts north of Kyiv were short-lived but the most reported of the war (Bucha,
 *   Irpin, Hostomel): 1 while they lasted, 0.6 averaged over the war;
 * - the Dnipro in Kherson was the front only after November 2022 (before: strikes on bridges and
 *   the river towns behind the front): 0.8 on average;
 * - the Sumy–Chernihiv advance of 2022 (six weeks along a few roads) and the border, shelled across
 *   since 2022 but thinly along hundreds of km, until the Kursk incursion of August 2024: 0.35.
 * With a date, a line counts only in its periods (and fades for `AFTERMATH_DAYS` after them); without
 * one, with its average over the war. The numbers are round judgements from public knowledge; the
 * gold places of the development set, counted per km of line, agree in the large: the line of
 * contact and the 2022 fronts have five to twenty times the border's and the Sumy front's.
 */

/** A span of dates (ISO `YYYY-MM-DD`, inclusive; `to: null` = still going) with a line's intensity then. */
export interface WarPeriod {
	from: string;
	to: string | null;
	/** Incident reports per km of line while the period lasts, relative to the line of contact's. */
	intensity: number;
}

/**
 * A line of fighting as [lat, lon] waypoints, with the periods it was fought over and, for a text
 * without a date, its intensity averaged over the whole war (again relative to the line of contact).
 */
export interface WarLine {
	points: readonly (readonly [number, number])[];
	periods: readonly WarPeriod[];
	average: number;
}

function line(average: number, periods: WarPeriod[], points: [number, number][]): WarLine {
	return { points, periods, average };
}

/** The first day of the full-scale invasion. */
const WAR_START = '2022-02-24';

/** The lines. */
export const WAR_LINES: readonly WarLine[] = [
	// The Dnipro from its mouth past Kherson and up the Kakhovka reservoir to Enerhodar: behind the
	// front while Russia held the west bank (bridges and the nuclear plant's towns struck from
	// summer 2022), the front itself after Kherson was retaken on 11 November 2022.
	line(
		0.8,
		[
			{ from: WAR_START, to: '2022-11-10', intensity: 0.5 },
			{ from: '2022-11-11', to: null, intensity: 1 }
		],
		[
			[46.55, 31.95],
			[46.64, 32.62],
			[46.76, 33.37],
			[47.1, 33.9],
			[47.5, 34.6]
		]
	),
	// Line of contact on land, Zaporizhzhia to the Russian border north-east of Kupiansk, fought
	// over from 2014 (Donbas) and throughout 2022–2024: the densest incident line of every data set.
	line(
		1,
		[{ from: '2014-04-01', to: null, intensity: 1 }],
		[
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
		]
	),
	// Mykolaiv–Kherson front of 2022, west of the Dnipro (March to November).
	line(
		1,
		[{ from: WAR_START, to: '2022-11-11', intensity: 1 }],
		[
			[46.97, 32.0],
			[47.08, 32.8],
			[47.24, 33.19],
			[47.49, 33.53],
			[47.5, 34.6]
		]
	),
	// Kharkiv and Izium fronts of 2022 (February to September; Lyman fell on 1 October).
	line(
		1,
		[{ from: WAR_START, to: '2022-10-01', intensity: 1 }],
		[
			[50.3, 36.3],
			[49.99, 36.23],
			[49.6, 36.9],
			[49.21, 37.26],
			[48.85, 38.1]
		]
	),
	// Sumy and Chernihiv fronts of 2022 (February to the withdrawal in early April).
	line(
		0.35,
		[{ from: WAR_START, to: '2022-04-10', intensity: 1 }],
		[
			[50.35, 35.5],
			[50.31, 34.9],
			[50.9, 34.8],
			[51.24, 33.2],
			[51.5, 31.29],
			[50.6, 31.0]
		]
	),
	// The border with Russia from Belarus to the Kharkiv front, shelled across since 2022: many
	// small incidents spread thinly along hundreds of km, until the Kursk incursion (August 2024)
	// made the Sumy border a front.
	line(
		0.35,
		[
			{ from: WAR_START, to: '2024-08-05', intensity: 0.35 },
			{ from: '2024-08-06', to: null, intensity: 0.8 }
		],
		[
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
		]
	),
	// North and west of Kyiv, 2022 (February to the withdrawal in early April).
	line(
		0.6,
		[{ from: WAR_START, to: '2022-04-10', intensity: 1 }],
		[
			[50.6, 31.0],
			[50.54, 30.23],
			[50.46, 29.81],
			[50.64, 29.92],
			[50.94, 29.89],
			[51.3, 30.1]
		]
	)
];

const KM_PER_DEGREE = 111.195;

/** Above 1 by far more than any rounding: a segment this much farther (squared) is surely not the nearest. */
const NEARER_MARGIN = 1 + 1e-9;

/**
 * Distance in km from a point to a polyline (flat-earth within a segment's span). `Math.hypot` is
 * slow and every new candidate place needs this for every line: it is taken only for a segment
 * that may be the nearest by its squared distance.
 */
function lineDistanceKm(points: WarLine['points'], lat: number, lon: number, cos: number): number {
	let best = Infinity;
	let best2 = Infinity;
	// Each waypoint is projected once: a segment's end is the next one's start.
	let bx = (points[0][1] - lon) * cos * KM_PER_DEGREE;
	let by = (points[0][0] - lat) * KM_PER_DEGREE;
	for (let i = 1; i < points.length; i++) {
		const ax = bx;
		const ay = by;
		bx = (points[i][1] - lon) * cos * KM_PER_DEGREE;
		by = (points[i][0] - lat) * KM_PER_DEGREE;
		const dx = bx - ax;
		const dy = by - ay;
		const len = dx * dx + dy * dy;
		const t = len > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
		const ex = ax + t * dx;
		const ey = ay + t * dy;
		const d2 = ex * ex + ey * ey;
		if (d2 > best2 * NEARER_MARGIN) continue;
		if (d2 < best2) best2 = d2;
		const d = Math.hypot(ex, ey);
		if (d < best) best = d;
	}
	return best;
}

/** Distance in km from a point to the nearest war line. */
export function warLineDistanceKm(lat: number, lon: number): number {
	return Math.min(...warLineDistancesKm(lat, lon));
}

/** Distances in km from a point to each war line, in the order of `WAR_LINES`. */
export function warLineDistancesKm(lat: number, lon: number): number[] {
	const cos = Math.cos((lat * Math.PI) / 180);
	return WAR_LINES.map((l) => lineDistanceKm(l.points, lat, lon, cos));
}

/**
 * A date as `YYYY-MM-DD` for comparing with the periods (a month alone is its middle day), or null
 * when it gives no month: a year alone says too little about which fronts were active.
 */
export function warDate(date: string | null | undefined): string | null {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date?.trim() ?? '');
	return m ? `${m[1]}-${m[2]}-${m[3] ?? '15'}` : null;
}

/**
 * Days over which a line's reports fade after its fighting ends (by a factor e): damage, graves and
 * mines are found and reported for weeks after a withdrawal.
 */
export const AFTERMATH_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Each line's intensity on a date (`WAR_LINES` order): its period's intensity, fading after the
 * period ends (`AFTERMATH_DAYS`), 0 before the first; without a date (or one `warDate` cannot
 * read), its average over the war.
 */
export function warLineIntensities(date?: string | null): number[] {
	const day = warDate(date);
	if (day === null) return WAR_LINES.map((l) => l.average);
	const t = Date.parse(day);
	return WAR_LINES.map((l) => {
		let best = 0;
		for (const p of l.periods) {
			if (day < p.from) continue;
			const after = p.to === null || day <= p.to ? 0 : (t - Date.parse(p.to)) / DAY_MS;
			best = Math.max(best, p.intensity * Math.exp(-after / AFTERMATH_DAYS));
		}
		return best;
	});
}

/**
 * 0..1: how close a point is to the fighting, the largest of each line's intensity times
 * exp(−distance to it / decayKm), given the per-line distances and intensities.
 */
export function warCloseness(
	distancesKm: readonly number[],
	intensities: readonly number[],
	decayKm: number
): number {
	let best = 0;
	for (let i = 0; i < distancesKm.length; i++) {
		const v = intensities[i] * Math.exp(-distancesKm[i] / decayKm);
		if (v > best) best = v;
	}
	return best;
}

/** 0..1: how close a point is to the fighting (on `date` if given; see `warCloseness`). */
export function warZoneCloseness(
	lat: number,
	lon: number,
	decayKm: number,
	date?: string | null
): number {
	return warCloseness(warLineDistancesKm(lat, lon), warLineIntensities(date), decayKm);
}
