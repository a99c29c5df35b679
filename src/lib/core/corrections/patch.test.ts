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
			gazetteerId: 'test:5'
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

	it('takes a place without admin1 as admin1 null', () => {
		const out = parseClaimPatch({
			place: { placeName: 'Pinewood', gazetteerId: 'test:8', lon: 30, lat: 49 }
		});
		expect(out).toEqual({
			kind: 'change',
			change: {
				kind: 'place',
				place: { placeName: 'Pinewood', gazetteerId: 'test:8', admin1: null, lon: 30, lat: 49 }
			}
		});
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
		[{ place: 'Pinewood' }, 'place needs']
	])('rejects %j naming the problem', (body, message) => {
		const out = parseClaimPatch(body);
		expect(out.kind).toBe('invalid');
		if (out.kind === 'invalid') expect(out.reason).toContain(message);
	});
});
