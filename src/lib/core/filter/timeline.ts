/**
 * The timeline's bins: claims per day, week or month over the span in view, the bin size chosen by
 * the span so bars stay wide enough to see and to click, and the weekly steps of playback.
 */
import { dayFromNumber, dayNumber } from './dates';

/** How long one bar of the timeline is. */
export const BIN_UNITS = ['day', 'week', 'month'] as const;
export type BinUnit = (typeof BIN_UNITS)[number];

/** The longest span (days) drawn in bins of each unit; longer spans use months. */
export const BIN_SPANS: Record<Exclude<BinUnit, 'month'>, number> = {
	// About 90 bars of 3 px or more in a 280 px strip.
	day: 92,
	// Two years: about 105 weekly bars.
	week: 730
};

/** Days a playback step moves, and the width of the range it shows. */
export const PLAYBACK_STEP_DAYS = 7;

/** One bar: the first and last day it covers (inclusive), and how many claims fall in them. */
export interface TimelineBin {
	start: string;
	end: string;
	count: number;
}

/** The bin unit for a span of `days` days. */
export function binUnit(days: number): BinUnit {
	if (days <= BIN_SPANS.day) return 'day';
	if (days <= BIN_SPANS.week) return 'week';
	return 'month';
}

/** The first day of the bin holding `day` (weeks start on Monday; 1970-01-01 was a Thursday). */
export function binStart(day: string, unit: BinUnit): string {
	if (unit === 'day') return day;
	if (unit === 'month') return `${day.slice(0, 7)}-01`;
	const n = dayNumber(day);
	return dayFromNumber(n - ((n + 3) % 7));
}

/** The day after the bin that starts at `start`. */
function nextBin(start: string, unit: BinUnit): string {
	if (unit === 'day') return dayFromNumber(dayNumber(start) + 1);
	if (unit === 'week') return dayFromNumber(dayNumber(start) + 7);
	const year = Number(start.slice(0, 4));
	const month = Number(start.slice(5, 7));
	return month === 12
		? `${String(year + 1).padStart(4, '0')}-01-01`
		: `${start.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Bins over the window `[first, last]` (inclusive), every bin of the window present (empty ones with
 * 0), from claims per day; the unit follows the window's length.
 */
export function binDays(
	days: readonly { day: string; count: number }[],
	first: string,
	last: string
): { unit: BinUnit; bins: TimelineBin[] } {
	const unit = binUnit(dayNumber(last) - dayNumber(first) + 1);
	const bins: TimelineBin[] = [];
	const index = new Map<string, number>();
	for (let start = binStart(first, unit); start <= last; start = nextBin(start, unit)) {
		index.set(start, bins.length);
		bins.push({ start, end: dayFromNumber(dayNumber(nextBin(start, unit)) - 1), count: 0 });
	}
	for (const { day, count } of days) {
		if (day < first || day > last) continue;
		const at = index.get(binStart(day, unit));
		if (at !== undefined) bins[at].count += count;
	}
	return { unit, bins };
}

/** The week playback shows after `from` (or the first week from `first`), or null past `last`. */
export function nextPlaybackWeek(
	from: string | null,
	first: string,
	last: string
): { from: string; to: string } | null {
	const start = from === null ? dayNumber(first) : dayNumber(from) + PLAYBACK_STEP_DAYS;
	if (start > dayNumber(last)) return null;
	return { from: dayFromNumber(start), to: dayFromNumber(start + PLAYBACK_STEP_DAYS - 1) };
}

/**
 * The window after zooming by `factor` (below 1 zooms in) around `centre`, kept inside
 * `[first, last]` and at least a week long.
 */
export function zoomWindow(
	window: [string, string],
	factor: number,
	centre: string,
	extent: [string, string]
): [string, string] {
	const [lo, hi] = extent.map(dayNumber);
	const length = dayNumber(window[1]) - dayNumber(window[0]) + 1;
	const next = Math.min(hi - lo + 1, Math.max(PLAYBACK_STEP_DAYS, Math.round(length * factor)));
	let start = dayNumber(centre) - Math.floor(next / 2);
	start = Math.max(lo, Math.min(start, hi - next + 1));
	return [dayFromNumber(start), dayFromNumber(start + next - 1)];
}

/** Days a range edge moves per key: arrows, Shift with an arrow, Page Up and Page Down. */
export const EDGE_STEPS = { arrow: 1, shift: 7, page: 30 } as const;

/**
 * The range after moving one of its edges by `days` (negative: earlier), kept inside `extent` and
 * never past the other edge. Open edges stand at the extent's ends.
 */
export function moveRangeEdge(
	range: { from: string | null; to: string | null },
	edge: 'from' | 'to',
	days: number,
	extent: [string, string]
): { from: string; to: string } {
	const low = dayNumber(extent[0]);
	const high = dayNumber(extent[1]);
	const from = range.from === null ? low : dayNumber(range.from);
	const to = range.to === null ? high : dayNumber(range.to);
	const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));
	const next =
		edge === 'from'
			? { from: clamp(from + days, low, to), to }
			: { from, to: clamp(to + days, from, high) };
	return { from: dayFromNumber(next.from), to: dayFromNumber(next.to) };
}
