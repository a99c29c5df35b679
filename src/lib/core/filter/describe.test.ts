import { describe, expect, test } from 'vitest';
import { describeFilter } from './describe';
import type { ClaimFilter } from './model';

const none: ClaimFilter = {
	sides: [],
	types: [],
	from: null,
	to: null,
	precisions: [],
	minConfidence: 0,
	articles: [],
	bbox: null
};

describe('describeFilter', () => {
	test('no filter reads as all claims', () => {
		expect(describeFilter(none)).toEqual(['All claims']);
	});

	test('each narrowing filter is a line', () => {
		expect(
			describeFilter({
				...none,
				sides: ['russia', 'ukraine'],
				from: '2022-05-01',
				minConfidence: 0.5
			})
		).toEqual([
			'Claimed by: Russia, Ukraine',
			'Dates: 2022-05-01 to any',
			'Geocoding confidence at least 50%'
		]);
	});
});
