import { describe, expect, it } from 'vitest';
import { gateHold } from './write-turn';

describe('gateHold', () => {
	it('holds the gate through a write, but only through the checks of an article POST', () => {
		expect(gateHold('PATCH', '/api/claims/abc', false)).toBe('request');
		expect(gateHold('DELETE', '/api/articles/abc', true)).toBe('request');
		expect(gateHold('POST', '/login', false)).toBe('request');
		expect(gateHold('POST', '/api/articles', true)).toBe('guard');
	});

	it('leaves reads alone unless a bearer token may be touched', () => {
		expect(gateHold('GET', '/api/articles', false)).toBe('none');
		expect(gateHold('HEAD', '/', false)).toBe('none');
		expect(gateHold('GET', '/api/claims.geojson', true)).toBe('guard');
		expect(gateHold('GET', '/login/oidc/callback', false)).toBe('request');
	});
});
