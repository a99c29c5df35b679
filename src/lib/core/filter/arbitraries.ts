/** fast-check generators of filters, shared by the filter and export property tests. */
import fc from 'fast-check';
import { CLAIMANT_SIDES, EVENT_TYPES } from '../contract';
import { dayFromNumber, dayNumber } from './dates';
import { PRECISION_FILTERS, type BBox, type ClaimFilter } from './model';

const FIRST = dayNumber('0001-01-01');
const LAST = dayNumber('9999-12-31');

/** A valid `YYYY-MM-DD` day. */
export const dayArbitrary = fc.integer({ min: FIRST, max: LAST }).map(dayFromNumber);

/** An article id that fits in the URL list (no commas, no control characters). */
export const articleIdArbitrary = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
	// eslint-disable-next-line no-control-regex
	.filter((s) => !s.includes(',') && !/[\u0000-\u001f\u007f]/.test(s));

const coordinate = (limit: number) =>
	fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => (n === 0 ? 0 : n));

/** A valid bbox; west may exceed east (antimeridian). */
export const bboxArbitrary: fc.Arbitrary<BBox> = fc
	.tuple(coordinate(180), coordinate(90), coordinate(180), coordinate(90))
	.map(([w, a, e, b]) => [w, Math.min(a, b), e, Math.max(a, b)] as BBox);

/** Any valid filter, lists in any order and possibly repeated. */
export const filterArbitrary: fc.Arbitrary<ClaimFilter> = fc
	.record({
		sides: fc.array(fc.constantFrom(...CLAIMANT_SIDES), { maxLength: 6 }),
		types: fc.array(fc.constantFrom(...EVENT_TYPES), { maxLength: 9 }),
		days: fc.tuple(fc.option(dayArbitrary), fc.option(dayArbitrary)),
		precisions: fc.array(fc.constantFrom(...PRECISION_FILTERS), { maxLength: 8 }),
		minConfidence: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
		articles: fc.array(articleIdArbitrary, { maxLength: 4 }),
		bbox: fc.option(bboxArbitrary)
	})
	.map(({ days: [a, b], ...rest }) => {
		const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
		return { ...rest, from, to };
	});
