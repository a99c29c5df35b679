/**
 * Stage 6, when: the event date of a sentence, resolved against the article's published date
 * ("on Sunday", "last week", "on March 1", "Feb. 24"), with its precision; `reported` otherwise.
 */
import type { DatePrecision } from '../contract';
import { MONTH_NAMES, MONTHS } from '../geocode/lexicon';
import { parseCount } from './quantities';

/** An event date and how precisely it is known. */
export interface EventDate {
	eventDate: string | null;
	datePrecision: DatePrecision;
}

/** The months' first three letters, January first: what `monthIndex` knows a month by. */
const MONTH_PREFIXES = MONTH_NAMES.map((name) => name.slice(0, 3));
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * One month of `MONTHS` as a date writes it: its name, or its abbreviation with or without a
 * period ("Feb.", "Sept"). May has no abbreviation; June and July, one letter past theirs, are
 * read with or without that letter but not with a period ("Jun." is no month here).
 */
function monthPattern([name, ...abbreviations]: readonly string[]): string {
	if (abbreviations.length === 0) return name;
	const [short, long = short] = abbreviations;
	if (name.length === short.length + 1) return `${short}${name.slice(short.length)}?`;
	const optional = long.length > short.length ? `${long.slice(short.length)}?` : '';
	return `${short}${optional}(?:${name.slice(long.length)}|\\.)?`;
}
const MONTH = `(?<month>${MONTHS.map(monthPattern).join('|')})`;
const MONTH2 = MONTH.replace('?<month>', '?<month2>');
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const DAY2 = DAY.replace('?<day>', '?<day2>');

const DATE_RE = new RegExp(
	[
		`(?<iso>\\d{4}-\\d{2}-\\d{2})`,
		`\\b${MONTH}\\s+${DAY}(?:,?\\s+(?<year>\\d{4}))?(?![\\d:])`,
		`\\b${DAY2}\\s+(?:of\\s+)?${MONTH2}(?:,?\\s+(?<year2>\\d{4}))?\\b`,
		`\\b(?<weekday>(?:sun|mon|tues|wednes|thurs|fri|satur)day)\\b`,
		`\\b(?<rel>yesterday|today|tonight|this\\s+morning|this\\s+evening|last\\s+night|last\\s+week|this\\s+week|last\\s+month|this\\s+month)\\b`,
		`\\b(?<ago>\\d+|one|two|three|four|five|six|seven)\\s+days\\s+ago\\b`,
		`\\bin\\s+(?<monthOnly>${MONTH_NAMES.join('|')})(?:\\s+(?<year3>\\d{4}))?\\b`
	].join('|'),
	'gi'
);

function toIso(d: Date): string {
	return d.toISOString().slice(0, 10);
}

function parseIso(value: string): Date {
	const [y, m, d] = value.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

function addDays(d: Date, days: number): Date {
	return new Date(d.getTime() + days * 86_400_000);
}

function monthIndex(name: string): number {
	return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase());
}

/** A calendar date, or null when the day does not exist in that month. */
function dayDate(year: number, month: number, day: number): Date | null {
	const d = new Date(Date.UTC(year, month, day));
	return d.getUTCMonth() === month && d.getUTCDate() === day ? d : null;
}

/** A month-and-day without a year is the latest such date not after the published date. */
function withYear(
	month: number,
	day: number,
	year: string | undefined,
	published: Date | null
): Date | null {
	if (year) return dayDate(Number(year), month, day);
	if (!published) return null;
	const same = dayDate(published.getUTCFullYear(), month, day);
	if (same && same.getTime() <= published.getTime()) return same;
	return dayDate(published.getUTCFullYear() - 1, month, day);
}

function mondayOf(d: Date): Date {
	return addDays(d, -((d.getUTCDay() + 6) % 7));
}

function resolve(g: Record<string, string | undefined>, published: Date | null): EventDate | null {
	if (g.iso) return { eventDate: g.iso, datePrecision: 'day' };
	const monthName = g.month ?? g.month2;
	const dayText = g.day ?? g.day2;
	if (monthName === 'may' && !g.year && !g.year2) return null;
	if (monthName && dayText) {
		const d = withYear(monthIndex(monthName), Number(dayText), g.year ?? g.year2, published);
		return d ? { eventDate: toIso(d), datePrecision: 'day' } : null;
	}
	if (g.monthOnly) {
		const m = monthIndex(g.monthOnly);
		let year = g.year3 ? Number(g.year3) : published?.getUTCFullYear();
		if (year === undefined) return null;
		if (!g.year3 && published && m > published.getUTCMonth()) year -= 1;
		return { eventDate: toIso(new Date(Date.UTC(year, m, 1))), datePrecision: 'month' };
	}
	if (!published) return null;
	if (g.weekday) {
		const target = WEEKDAYS.indexOf(g.weekday.toLowerCase());
		const back = (published.getUTCDay() - target + 7) % 7;
		return { eventDate: toIso(addDays(published, -back)), datePrecision: 'day' };
	}
	if (g.ago) {
		const n = parseCount(g.ago) ?? 0;
		return { eventDate: toIso(addDays(published, -n)), datePrecision: 'day' };
	}
	const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
	switch (rel) {
		case 'yesterday':
		case 'last night':
			return { eventDate: toIso(addDays(published, -1)), datePrecision: 'day' };
		case 'today':
		case 'tonight':
		case 'this morning':
		case 'this evening':
			return { eventDate: toIso(published), datePrecision: 'day' };
		case 'last week':
			return { eventDate: toIso(addDays(mondayOf(published), -7)), datePrecision: 'week' };
		case 'this week':
			return { eventDate: toIso(mondayOf(published)), datePrecision: 'week' };
		case 'last month':
			return {
				eventDate: toIso(
					new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1))
				),
				datePrecision: 'month'
			};
		case 'this month':
			return {
				eventDate: toIso(
					new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1))
				),
				datePrecision: 'month'
			};
	}
	return null;
}

/**
 * The date a sentence gives for its event: the first date expression that resolves; weeks resolve to
 * their Monday and months to their first day. Without one, the published date with precision `reported`.
 */
export function resolveEventDate(sentence: string, published: string | null): EventDate {
	const base = published ? parseIso(published) : null;
	DATE_RE.lastIndex = 0;
	for (let m = DATE_RE.exec(sentence); m; m = DATE_RE.exec(sentence)) {
		const resolved = resolve(m.groups ?? {}, base);
		if (resolved) return resolved;
	}
	return { eventDate: published, datePrecision: 'reported' };
}
