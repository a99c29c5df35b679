import { describe, expect, test } from 'vitest';
import {
	binDays,
	binStart,
	binUnit,
	moveRangeEdge,
	nextPlaybackWeek,
	zoomWindow
} from './timeline';

describe('timeline bins', () => {
	test('the unit follows the span: days, then weeks, then months', () => {
		expect(binUnit(30)).toBe('day');
		expect(binUnit(400)).toBe('week');
		expect(binUnit(1000)).toBe('month');
	});

	test('weeks start on Monday and months on the first', () => {
		// 2022-05-12 was a Thursday.
		expect(binStart('2022-05-12', 'week')).toBe('2022-05-09');
		expect(binStart('2022-05-09', 'week')).toBe('2022-05-09');
		expect(binStart('2022-05-12', 'month')).toBe('2022-05-01');
	});

	test('three years of claims become monthly bars that hold every claim', () => {
		const days = [
			{ day: '2022-02-24', count: 3 },
			{ day: '2022-02-28', count: 2 },
			{ day: '2023-07-01', count: 1 },
			{ day: '2024-12-31', count: 4 }
		];
		const { unit, bins } = binDays(days, '2022-02-24', '2024-12-31');
		expect(unit).toBe('month');
		expect(bins).toHaveLength(35);
		expect(bins[0]).toEqual({ start: '2022-02-01', end: '2022-02-28', count: 5 });
		expect(bins.at(-1)).toEqual({ start: '2024-12-01', end: '2024-12-31', count: 4 });
		expect(bins.reduce((n, b) => n + b.count, 0)).toBe(10);
	});

	test('claims outside the window are left out', () => {
		const { bins } = binDays([{ day: '2022-05-01', count: 2 }], '2022-05-02', '2022-05-08');
		expect(bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});
});

describe('playback and zoom', () => {
	test('playback moves a week at a time and stops after the last day', () => {
		expect(nextPlaybackWeek(null, '2022-05-01', '2022-05-20')).toEqual({
			from: '2022-05-01',
			to: '2022-05-07'
		});
		expect(nextPlaybackWeek('2022-05-08', '2022-05-01', '2022-05-20')).toEqual({
			from: '2022-05-15',
			to: '2022-05-21'
		});
		expect(nextPlaybackWeek('2022-05-15', '2022-05-01', '2022-05-20')).toBeNull();
	});

	test('zooming halves or doubles the window around a day, inside the extent', () => {
		const extent: [string, string] = ['2022-01-01', '2022-12-31'];
		expect(zoomWindow(extent, 0.5, '2022-06-01', extent)).toEqual(['2022-03-02', '2022-08-31']);
		expect(zoomWindow(['2022-03-02', '2022-08-31'], 4, '2022-06-01', extent)).toEqual(extent);
		expect(zoomWindow(['2022-01-01', '2022-01-07'], 0.5, '2022-01-04', extent)).toEqual([
			'2022-01-01',
			'2022-01-07'
		]);
	});
});

describe('moveRangeEdge', () => {
	const extent: [string, string] = ['2022-03-01', '2022-06-30'];

	test('moves an open edge from the end of the extent', () => {
		expect(moveRangeEdge({ from: null, to: null }, 'from', 7, extent)).toEqual({
			from: '2022-03-08',
			to: '2022-06-30'
		});
		expect(moveRangeEdge({ from: null, to: null }, 'to', -1, extent)).toEqual({
			from: '2022-03-01',
			to: '2022-06-29'
		});
	});

	test('stays inside the extent and never crosses the other edge', () => {
		expect(moveRangeEdge({ from: '2022-03-03', to: null }, 'from', -30, extent).from).toBe(
			'2022-03-01'
		);
		expect(moveRangeEdge({ from: '2022-05-01', to: '2022-05-03' }, 'from', 30, extent)).toEqual({
			from: '2022-05-03',
			to: '2022-05-03'
		});
		expect(moveRangeEdge({ from: '2022-05-01', to: '2022-05-03' }, 'to', -7, extent).to).toBe(
			'2022-05-01'
		);
		expect(moveRangeEdge({ from: null, to: '2022-06-25' }, 'to', 30, extent).to).toBe('2022-06-30');
	});
});
