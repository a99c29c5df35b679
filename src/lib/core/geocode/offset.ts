/**
 * Offsets written before a place name ("17 km NE of Chernihiv", "5 miles south of X"): the
 * distance and compass bearing, and the point they lead to from the place.
 */
import { NUMBER_WORDS } from './lexicon';

/** Compass words and their bearings in degrees from north. */
const BEARINGS: Readonly<Record<string, number>> = {
	n: 0,
	north: 0,
	nne: 22.5,
	ne: 45,
	northeast: 45,
	ene: 67.5,
	e: 90,
	east: 90,
	ese: 112.5,
	se: 135,
	southeast: 135,
	sse: 157.5,
	s: 180,
	south: 180,
	ssw: 202.5,
	sw: 225,
	southwest: 225,
	wsw: 247.5,
	w: 270,
	west: 270,
	wnw: 292.5,
	nw: 315,
	northwest: 315,
	nnw: 337.5
};

const KM_PER_MILE = 1.609344;

/** A distance: digits, or a number in words. */
const NUMBER = `\\d+(?:[.,]\\d+)?|\\b(?:${[...NUMBER_WORDS.keys()].join('|')})`;

/** A distance's unit. */
const UNIT = 'km|kms|kilomet(?:er|re)s?|mi|miles?';

/**
 * "<number> km|miles [(<number> miles|km)] <compass> of|from [the] [village|town|city of]" right
 * before a mention: wire copy gives the distance in both units ("20 km (12 miles) north of"), and
 * small numbers in words ("five km (three miles) south of").
 */
const OFFSET_BEFORE = new RegExp(
	`(${NUMBER})\\s*(${UNIT})\\.?(?:\\s*\\(\\s*(?:about\\s+|some\\s+)?(?:${NUMBER})\\s*(?:${UNIT})\\.?\\s*\\))?` +
		`\\s+(?:to\\s+the\\s+)?([a-z]+(?:[- ][a-z]+)?)\\s+(?:of|from)\\s+(?:the\\s+)?` +
		`(?:(?:village|town|city|settlement)\\s+of\\s+)?$`,
	'i'
);

/** How far back before a mention an offset is looked for. */
const OFFSET_LOOKBACK_CHARS = 80;

const SPACE = /\s/;

/** Whether the UTF-16 code unit `code` is one that `\s` matches. */
function isSpace(code: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return SPACE.test(String.fromCharCode(code));
}

/**
 * Whether the text before `start` may end an offset: `OFFSET_BEFORE` ends in "of", "from" or
 * "the" and white space, and most mentions follow a comma or another word. Checked first because
 * the pattern, anchored at the end only, is tried at every position of the look-back.
 */
function mayEndOffset(text: string, start: number, from: number): boolean {
	let i = start - 1;
	if (i < from || !isSpace(text.charCodeAt(i))) return false;
	while (i >= from && isSpace(text.charCodeAt(i))) i--;
	// White space back to where the look-back starts: the pattern decides.
	if (i < from) return true;
	const last = text.charCodeAt(i) | 0x20;
	return last === 0x66 || last === 0x6d || last === 0x65; // f, m, e in either case
}

/** The offset the text writes right before `start`, if any. */
export function offsetBefore(
	text: string,
	start: number
): { km: number; bearingDeg: number } | null {
	const from = Math.max(0, start - OFFSET_LOOKBACK_CHARS);
	if (!mayEndOffset(text, start, from)) return null;
	const m = OFFSET_BEFORE.exec(text.slice(from, start));
	if (!m) return null;
	const bearing = BEARINGS[m[3].toLowerCase().replace(/[- ]/g, '')];
	if (bearing === undefined) return null;
	const n = NUMBER_WORDS.get(m[1].toLowerCase()) ?? Number(m[1].replace(',', '.'));
	const km = /^mi/i.test(m[2]) ? n * KM_PER_MILE : n;
	if (!(km > 0 && km <= 500)) return null;
	return { km, bearingDeg: bearing };
}

const EARTH_KM = 6371.0088;

/** The point `km` away from (lat, lon) along `bearingDeg` (great circle). */
export function movePoint(
	lat: number,
	lon: number,
	km: number,
	bearingDeg: number
): { lat: number; lon: number } {
	const d = km / EARTH_KM;
	const b = (bearingDeg * Math.PI) / 180;
	const p1 = (lat * Math.PI) / 180;
	const l1 = (lon * Math.PI) / 180;
	const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
	const l2 =
		l1 +
		Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
	const round = (x: number) => Math.round(x * 1e5) / 1e5;
	return { lat: round((p2 * 180) / Math.PI), lon: round((l2 * 180) / Math.PI) };
}
