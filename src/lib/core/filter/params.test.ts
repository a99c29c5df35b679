import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterArbitrary } from './arbitraries';
import { EMPTY_FILTER, createEmptyFilter } from './model';
import { filterToParams, normaliseFilter, parseFilterParams } from './params';

const parse = (query: string) => parseFilterParams(new URLSearchParams(query));
const errorsOf = (query: string) => {
	const result = parse(query);
	return result.ok ? [] : result.errors;
};

describe('parseFilterParams', () => {
	it('reads an empty query as the empty filter', () => {
		expect(parse('')).toEqual({ ok: true, filter: EMPTY_FILTER });
	});

	it('reads every parameter', () => {
		const result = parse(
			'side=ukraine,russia&type=drone_downed&from=2022-05-01&to=2022-05-31&precision=region,none' +
				'&minConfidence=0.5&article=b,a&bbox=22.1,44.3,40.2,52.4'
		);
		expect(result).toEqual({
			ok: true,
			filter: {
				sides: ['russia', 'ukraine'],
				types: ['drone_downed'],
				from: '2022-05-01',
				to: '2022-05-31',
				precisions: ['region', 'none'],
				minConfidence: 0.5,
				articles: ['a', 'b'],
				bbox: [22.1, 44.3, 40.2, 52.4]
			}
		});
	});

	it('rejects an unknown parameter by name', () => {
		expect(errorsOf('sides=russia')).toEqual([
			expect.stringContaining('unknown parameter "sides"')
		]);
	});

	it('skips parameter names the caller allows', () => {
		expect(
			parseFilterParams(new URLSearchParams('claim=x&side=other'), { allow: ['claim'] })
		).toEqual({ ok: true, filter: { ...createEmptyFilter(), sides: ['other'] } });
	});

	it('names an unknown vocabulary value', () => {
		expect(errorsOf('side=russia,nato')).toEqual([
			expect.stringMatching(/^side: unknown value "nato"/)
		]);
		expect(errorsOf('type=shelling')[0]).toMatch(/^type: unknown value "shelling"/);
		expect(errorsOf('precision=exact')[0]).toMatch(/^precision: unknown value "exact"/);
	});

	it('rejects empty list items and empty values', () => {
		expect(errorsOf('side=')[0]).toMatch(/^side: empty value/);
		expect(errorsOf('type=strike,,other')[0]).toMatch(/^type: empty value/);
		expect(errorsOf('article=')[0]).toMatch(/^article: empty value/);
	});

	it('rejects a parameter given twice', () => {
		expect(errorsOf('side=russia&side=ukraine')[0]).toMatch(/^side: given 2 times/);
	});

	it.each(['2022-02-30', '2022-13-01', '2022-5-1', '20220501', 'yesterday', '', '2021-02-29'])(
		'rejects the date %j',
		(value) => {
			expect(errorsOf(`from=${value}`)[0]).toMatch(/^from: .* is not a real date/);
		}
	);

	it('accepts a leap day', () => {
		expect(parse('to=2024-02-29').ok).toBe(true);
	});

	it('rejects from after to', () => {
		expect(errorsOf('from=2022-06-01&to=2022-05-01')).toEqual([
			'from: 2022-06-01 is after to: 2022-05-01'
		]);
	});

	it.each(['-0.1', '1.5', 'abc', '', '0x1', 'NaN', 'Infinity', '0.5.1'])(
		'rejects the confidence %j',
		(value) => {
			expect(errorsOf(`minConfidence=${value}`)[0]).toMatch(/^minConfidence: /);
		}
	);

	it.each([
		['1,2,3', /four numbers/],
		['1,2,3,4,5', /four numbers/],
		['a,b,c,d', /four numbers/],
		['-181,0,10,10', /west -181 is outside/],
		['0,-91,10,10', /south -91 is outside/],
		['0,10,10,5', /south 10 is above north 5/]
	])('rejects the bbox %j', (value, message) => {
		expect(errorsOf(`bbox=${value}`)[0]).toMatch(message);
	});

	it('reports every problem at once', () => {
		expect(errorsOf('side=x&type=y&nope=1')).toHaveLength(3);
	});
});

describe('filterToParams', () => {
	it('writes nothing for the empty filter', () => {
		expect(filterToParams(EMPTY_FILTER).toString()).toBe('');
	});

	it('writes only what differs from the empty filter, in a fixed order', () => {
		const params = filterToParams({
			...createEmptyFilter(),
			bbox: [30, 45, 40, 52],
			types: ['drone_downed'],
			sides: ['ukraine', 'russia']
		});
		expect([...params.keys()]).toEqual(['side', 'type', 'bbox']);
		expect(params.get('side')).toBe('russia,ukraine');
	});
});

describe('round trip', () => {
	it('parse(filterToParams(f)) gives back f, in canonical order', () => {
		fc.assert(
			fc.property(filterArbitrary, (filter) => {
				const query = filterToParams(filter).toString();
				const result = parseFilterParams(new URLSearchParams(query));
				expect(result).toEqual({ ok: true, filter: normaliseFilter(filter) });
			}),
			{ numRuns: 500 }
		);
	});

	it('a canonical filter round-trips unchanged', () => {
		fc.assert(
			fc.property(filterArbitrary.map(normaliseFilter), (filter) => {
				const result = parseFilterParams(filterToParams(filter));
				expect(result.ok && result.filter).toEqual(filter);
			}),
			{ numRuns: 300 }
		);
	});

	it('the same view always gives the same query string', () => {
		fc.assert(
			fc.property(filterArbitrary, (filter) => {
				const shuffled = { ...filter, sides: [...filter.sides].reverse() };
				expect(filterToParams(shuffled).toString()).toBe(filterToParams(filter).toString());
			})
		);
	});
});
