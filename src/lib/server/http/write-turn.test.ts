import { describe, expect, it } from 'vitest';
import { holdsWriteGate } from './write-turn';

describe('holdsWriteGate', () => {
	it('holds the gate through a write, but not through an article POST (its worker takes it)', () => {
		expect(holdsWriteGate('PATCH', '/api/claims/abc')).toBe(true);
		expect(holdsWriteGate('DELETE', '/api/articles/abc')).toBe(true);
		expect(holdsWriteGate('POST', '/login')).toBe(true);
		expect(holdsWriteGate('POST', '/api/articles')).toBe(false);
	});

	it('leaves reads alone, whether or not they carry a bearer token', () => {
		expect(holdsWriteGate('GET', '/api/articles')).toBe(false);
		expect(holdsWriteGate('HEAD', '/')).toBe(false);
		expect(holdsWriteGate('GET', '/api/claims.geojson')).toBe(false);
		expect(holdsWriteGate('GET', '/login/oidc/callback')).toBe(true);
	});
});
