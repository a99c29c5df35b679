import { describe, expect, it } from 'vitest';
import { encodeListCursor } from '../store/list-cursor';
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

	it('reads a cursor of the same order and refuses any other', () => {
		const cursor = encodeListCursor('side', [1, '2024-05-01', 3000002]);
		const parsed = parsePageQuery(new URLSearchParams({ sort: 'side', after: cursor }));
		expect(parsed.ok && parsed.value.after).toBe(cursor);
		for (const bad of [cursor.slice(0, -3), 'not-a-cursor']) {
			const wrong = parsePageQuery(new URLSearchParams({ sort: 'side', after: bad }));
			expect(wrong.ok ? [] : wrong.errors, bad).toEqual([expect.stringMatching(/^after: /)]);
		}
		const otherOrder = parsePageQuery(new URLSearchParams({ sort: 'date', after: cursor }));
		expect(otherOrder.ok ? [] : otherOrder.errors).toEqual([expect.stringMatching(/^after: /)]);
	});

	it('refuses an overlong search', () => {
		const parsed = parseSelection(new URLSearchParams({ q: 'x'.repeat(201) }));
		expect(parsed.ok ? [] : parsed.errors).toEqual([expect.stringMatching(/^q: longer than/)]);
	});
});
