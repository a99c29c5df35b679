import { describe, expect, test } from 'vitest';
import { FilterState, toggled } from './filters.svelte';

describe('FilterState', () => {
	test('reads a link and writes the same query back', () => {
		const state = new FilterState();
		state.fromParams(new URLSearchParams('side=ukraine,russia&from=2022-05-01&claim=abc'));
		expect(state.filter.sides).toEqual(['russia', 'ukraine']);
		expect(state.linkClaim).toBe('abc');
		expect(state.query('abc')).toBe('?side=russia%2Cukraine&from=2022-05-01&claim=abc');
	});

	test('a malformed link reports its problems and falls back to the empty filter', () => {
		const state = new FilterState();
		state.fromParams(new URLSearchParams('side=martians'));
		expect(state.linkErrors.length).toBe(1);
		expect(state.linkErrors[0]).toContain('martians');
		expect(state.filter.sides).toEqual([]);
	});

	test('reset clears the filters but keeps the view', () => {
		const state = new FilterState();
		state.update({ sides: ['russia'], minConfidence: 0.5 });
		state.setView([30, 45, 40, 52]);
		expect(state.active).toBe(true);
		state.reset();
		expect(state.active).toBe(false);
		expect(state.filter.bbox).toEqual([30, 45, 40, 52]);
	});
});

describe('toggled', () => {
	test('adds and removes a value', () => {
		expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
	});
});
