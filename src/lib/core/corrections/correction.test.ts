import { describe, expect, it } from 'vitest';
import { checkChange } from './correction';

describe('checkChange', () => {
	it('accepts each well-formed kind', () => {
		const place = { placeName: 'Riverbend', gazetteerId: 'test:7', admin1: null, lon: 30, lat: 50 };
		expect(checkChange({ kind: 'place', place }).kind).toBe('valid');
		expect(checkChange({ kind: 'claimantSide', claimantSide: 'ukraine' }).kind).toBe('valid');
		expect(checkChange({ kind: 'eventType', eventType: 'strike' }).kind).toBe('valid');
		expect(checkChange({ kind: 'reject' }).kind).toBe('valid');
	});

	it('copies only the known fields of a place', () => {
		const place = {
			placeName: 'Riverbend',
			gazetteerId: 'test:7',
			admin1: 'X',
			lon: 30,
			lat: 50,
			evil: 1
		};
		const out = checkChange({ kind: 'place', place });
		expect(out).toEqual({
			kind: 'valid',
			change: {
				kind: 'place',
				place: { placeName: 'Riverbend', gazetteerId: 'test:7', admin1: 'X', lon: 30, lat: 50 }
			}
		});
	});

	it.each([
		[null, 'not an object'],
		[{ kind: 'teleport' }, 'unknown change kind'],
		[{ kind: 'claimantSide', claimantSide: 'martians' }, 'claimantSide must be one of'],
		[{ kind: 'eventType', eventType: 'picnic' }, 'eventType must be one of'],
		[
			{
				kind: 'place',
				place: { placeName: 'X', gazetteerId: 'g', admin1: null, lon: 200, lat: 0 }
			},
			'lon and lat'
		],
		[
			{ kind: 'place', place: { placeName: '', gazetteerId: 'g', admin1: null, lon: 1, lat: 0 } },
			'placeName'
		]
	])('rejects %j naming the problem', (value, message) => {
		const out = checkChange(value);
		expect(out.kind).toBe('invalid');
		if (out.kind === 'invalid') expect(out.reason).toContain(message);
	});
});
