import { describe, expect, it } from 'vitest';
import { parsePageQuery, parseSelection } from './claim-query';

describe('claim list parameters', () => {
	it('reads the filter, the search and the page', () => {
		const parsed = parsePageQuery(
			new URLSearchParams('side=russia&q=depot&sort=side&section=unlocated&offset=200&limit=50')
		);
		expect(parsed.ok && parsed.value).toMatchObject({
			filter: { sides: ['russia'] },
			search: 'depot',
			sort: 'side',
			section: 'unlocated',
			offset: 200,
			limit: 50
		});
	});

	it('defaults to the first page of located claims by date', () => {
		const parsed = parsePageQuery(new URLSearchParams(''));
		expect(parsed.ok && parsed.value).toMatchObject({
			sort: 'date',
			section: 'located',
			offset: 0,
			limit: 100
		});
	});

	it('names every bad parameter', () => {
		const parsed = parsePageQuery(
			new URLSearchParams('side=nato&sort=random&section=all&offset=-1&limit=100000&zoom=3')
		);
		expect(parsed.ok).toBe(false);
		const errors = parsed.ok ? [] : parsed.errors;
		expect(errors).toEqual([
			expect.stringMatching(/^side: unknown value "nato"/),
			expect.stringMatching(/^unknown parameter "zoom"/),
			expect.stringMatching(/^sort: unknown value "random"/),
			expect.stringMatching(/^section: unknown value "all"/),
			expect.stringMatching(/^offset: /),
			expect.stringMatching(/^limit: /)
		]);
	});

	it('refuses an overlong search', () => {
		const parsed = parseSelection(new URLSearchParams({ q: 'x'.repeat(201) }));
		expect(parsed.ok ? [] : parsed.errors).toEqual([expect.stringMatching(/^q: longer than/)]);
	});
});
