import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, isIsoDay, isoDayOf } from './dates';

describe('dates', () => {
	it('knows real days from impossible ones', () => {
		expect(isIsoDay('2022-05-17')).toBe(true);
		expect(isIsoDay('2000-02-29')).toBe(true);
		expect(isIsoDay('1900-02-29')).toBe(false);
		expect(isIsoDay('2022-04-31')).toBe(false);
		expect(isIsoDay('2022-00-10')).toBe(false);
		expect(isIsoDay('2022-05-00')).toBe(false);
		expect(isIsoDay(' 2022-05-17')).toBe(false);
	});

	it('counts days from 1970-01-01', () => {
		expect(dayNumber('1970-01-01')).toBe(0);
		expect(dayNumber('1970-02-01')).toBe(31);
		expect(dayNumber('1969-12-31')).toBe(-1);
	});

	it('turns day numbers back into the same day', () => {
		fc.assert(
			fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
				const day = dayFromNumber(n);
				expect(isIsoDay(day)).toBe(true);
				expect(dayNumber(day)).toBe(n);
			})
		);
	});

	it('gives the local calendar day of a date', () => {
		expect(isoDayOf(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
	});
});
