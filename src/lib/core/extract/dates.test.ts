import { describe, expect, it } from 'vitest';
import { resolveEventDate } from './dates';

const PUBLISHED = '2023-03-08'; // a Wednesday

describe('resolveEventDate', () => {
	it('resolves weekdays to the latest such day not after publication', () => {
		expect(resolveEventDate('Strikes hit the port on Monday.', PUBLISHED)).toEqual({
			eventDate: '2023-03-06',
			datePrecision: 'day'
		});
		expect(resolveEventDate('Strikes hit the port on Wednesday.', PUBLISHED)).toEqual({
			eventDate: '2023-03-08',
			datePrecision: 'day'
		});
		expect(resolveEventDate('Strikes hit the port on Thursday.', PUBLISHED)).toEqual({
			eventDate: '2023-03-02',
			datePrecision: 'day'
		});
	});

	it('resolves month and day in either order, in the past', () => {
		expect(resolveEventDate('on February 2 the town fell', PUBLISHED).eventDate).toBe('2023-02-02');
		expect(resolveEventDate('on 2 April the town fell', PUBLISHED).eventDate).toBe('2022-04-02');
		expect(resolveEventDate('on Jan. 9, 2021 the town fell', PUBLISHED).eventDate).toBe(
			'2021-01-09'
		);
	});

	it('resolves relative expressions with their precision', () => {
		expect(resolveEventDate('yesterday', PUBLISHED)).toEqual({
			eventDate: '2023-03-07',
			datePrecision: 'day'
		});
		expect(resolveEventDate('Last week, drones flew in.', PUBLISHED)).toEqual({
			eventDate: '2023-02-27',
			datePrecision: 'week'
		});
		expect(resolveEventDate('last month', PUBLISHED)).toEqual({
			eventDate: '2023-02-01',
			datePrecision: 'month'
		});
		expect(resolveEventDate('three days ago', PUBLISHED)).toEqual({
			eventDate: '2023-03-05',
			datePrecision: 'day'
		});
	});

	it('falls back to the published date with precision reported', () => {
		expect(resolveEventDate('Guns fired.', PUBLISHED)).toEqual({
			eventDate: PUBLISHED,
			datePrecision: 'reported'
		});
		expect(resolveEventDate('Guns fired on Sunday.', null)).toEqual({
			eventDate: null,
			datePrecision: 'reported'
		});
	});

	it('does not read the verb "may" as a month', () => {
		expect(resolveEventDate('They may 3 times a day fire.', PUBLISHED).datePrecision).toBe(
			'reported'
		);
	});
});
