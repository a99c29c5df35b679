/** Calendar days as `YYYY-MM-DD` strings: validation and stepping, in UTC, with no time zones. */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2026-02-30). */
export function isIsoDay(text: string): boolean {
	const match = DAY_PATTERN.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1) return false;
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`. */
export function dayNumber(day: string): number {
	const date = new Date(0);
	date.setUTCFullYear(
		Number(day.slice(0, 4)),
		Number(day.slice(5, 7)) - 1,
		Number(day.slice(8, 10))
	);
	return Math.round(date.getTime() / MS_PER_DAY);
}

/** The `YYYY-MM-DD` of a day number (inverse of `dayNumber`, years 0000–9999). */
export function dayFromNumber(n: number): string {
	const date = new Date(n * MS_PER_DAY);
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return `${year}-${month}-${day}`;
}

/** The local calendar day of `date` as `YYYY-MM-DD` (for file names the user sees). */
export function isoDayOf(date: Date): string {
	const year = String(date.getFullYear()).padStart(4, '0');
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${year}-${month}-${day}`;
}
