import { describe, expect, it } from 'vitest';
import { parseClaimPatch } from './patch';

describe('parseClaimPatch', () => {
	it('reads each accepted form', () => {
		expect(parseClaimPatch({ undo: true })).toEqual({ kind: 'undo' });
		expect(parseClaimPatch({ rejected: true })).toEqual({
			kind: 'change',
			change: { kind: 'reject' }
		});
		expect(parseClaimPatch({ placeGazetteerId: ' test:5 ' })).toEqual({
			kind: 'placeId',
			gazetteerId: 'test:5',
			field: 'placeGazetteerId'
		});
		expect(parseClaimPatch({ claimantSide: 'other' })).toEqual({
			kind: 'change',
			change: { kind: 'claimantSide', claimantSide: 'other' }
		});
		expect(parseClaimPatch({ eventType: 'casualties' })).toEqual({
			kind: 'change',
			change: { kind: 'eventType', eventType: 'casualties' }
		});
	});

	it("takes a place without gazetteerId as the analyst's own point, admin1 null when left out", () => {
		const point = { placeName: 'Pinewood crossroads', lon: 30, lat: 49 };
		const own = {
			kind: 'change',
			change: { kind: 'place', place: { ...point, gazetteerId: null, admin1: null } }
		};
		expect(parseClaimPatch({ place: point })).toEqual(own);
		expect(parseClaimPatch({ place: { ...point, gazetteerId: null } })).toEqual(own);
	});

	it('leaves a place that names a gazetteer id for the caller to look up, naming the field', () => {
		const out = parseClaimPatch({
			place: { placeName: 'Pinewood', gazetteerId: 'test:8', lon: 30, lat: 49 }
		});
		expect(out).toEqual({ kind: 'placeId', gazetteerId: 'test:8', field: 'place.gazetteerId' });
	});

	it.each([
		[[], 'JSON object'],
		[{}, 'exactly one of'],
		[{ undo: true, rejected: true }, 'exactly one of'],
		[{ colour: 'red' }, 'unknown field colour'],
		[{ rejected: false }, 'undo'],
		[{ undo: 'yes' }, 'undo must be true'],
		[{ placeGazetteerId: '' }, 'non-empty'],
		[{ claimantSide: 'nobody' }, 'claimantSide must be one of'],
		[{ eventType: 5 }, 'eventType must be one of'],
		[{ place: 'Pinewood' }, 'place needs'],
		[{ place: { placeName: 'Pinewood', gazetteerId: ' ', lon: 30, lat: 49 } }, 'place needs'],
		[{ place: { placeName: 'Pinewood', gazetteerId: 8, lon: 30, lat: 49 } }, 'place needs'],
		[{ place: { placeName: '', lon: 30, lat: 49 } }, 'place needs'],
		[{ placeGazetteerId: 'x'.repeat(201) }, 'placeGazetteerId is longer than 200'],
		[{ placeGazetteerId: 'test:\u0000' }, 'placeGazetteerId contains a NUL']
	])('rejects %j naming the problem', (body, message) => {
		const out = parseClaimPatch(body);
		expect(out.kind).toBe('invalid');
		if (out.kind === 'invalid') expect(out.reason).toContain(message);
	});
});

describe('parseClaimPatch: hostile text', () => {
	const place = { placeName: 'Pinewood', admin1: null, lon: 30, lat: 49 };

	it('names every unknown field', () => {
		expect(parseClaimPatch({ claimantSide: 'other', foo: 1, bar: 2 })).toEqual({
			kind: 'invalid',
			reason: 'unknown fields foo, bar'
		});
		expect(parseClaimPatch({ place: { ...place, evil: true } })).toMatchObject({
			kind: 'invalid',
			reason: expect.stringMatching(/place\.evil/)
		});
	});

	it('accepts the search hints that come with a found place', () => {
		const out = parseClaimPatch({
			place: { ...place, featureCode: 'PPL', countryCode: 'UA', population: 10 }
		});
		expect(out.kind).toBe('change');
	});

	it('checks the text and point of a place that names a gazetteer id too', () => {
		const named = { ...place, gazetteerId: 'test:8' };
		expect(parseClaimPatch({ place: { ...named, gazetteerId: 'test:\u0000' } })).toMatchObject({
			kind: 'invalid',
			reason: expect.stringMatching(/place\.gazetteerId contains a NUL/)
		});
		expect(parseClaimPatch({ place: { ...named, gazetteerId: 'x'.repeat(201) } }).kind).toBe(
			'invalid'
		);
		expect(parseClaimPatch({ place: { ...named, lat: 91 } }).kind).toBe('invalid');
	});

	it('refuses a place name over 200 characters, NUL and lone surrogates', () => {
		for (const placeName of ['x'.repeat(201), 'Pine\u0000wood', 'Pine\uD800wood']) {
			expect(parseClaimPatch({ place: { ...place, placeName } }).kind).toBe('invalid');
		}
		expect(parseClaimPatch({ place: { ...place, placeName: 'x'.repeat(200) } }).kind).toBe(
			'change'
		);
	});

	it('refuses coordinates outside the world', () => {
		expect(parseClaimPatch({ place: { ...place, lon: 181 } }).kind).toBe('invalid');
		expect(parseClaimPatch({ place: { ...place, lat: -90.5 } }).kind).toBe('invalid');
	});
});
