import { describe, expect, it } from 'vitest';
import { checkOrigin, type OriginRequest } from './origin';

const HOSTS = ['localhost', '127.0.0.1', 'maps.example.org'];

function createRequest(overrides: Partial<OriginRequest> = {}): OriginRequest {
	return {
		method: 'POST',
		url: new URL('https://maps.example.org/api/articles'),
		origin: 'https://maps.example.org',
		fetchSite: null,
		...overrides
	};
}

describe('checkOrigin', () => {
	it('allows a same-site write and a script that sends no Origin', () => {
		expect(checkOrigin(createRequest(), HOSTS, false).kind).toBe('allow');
		expect(checkOrigin(createRequest({ origin: null }), HOSTS, false).kind).toBe('allow');
	});

	it('refuses a write from another site, even as JSON, and from an opaque origin', () => {
		for (const origin of ['https://evil.example', 'null', 'https://maps.example.org:8443']) {
			expect(checkOrigin(createRequest({ origin }), HOSTS, false)).toMatchObject({ kind: 'deny' });
		}
		expect(
			checkOrigin(createRequest({ origin: null, fetchSite: 'cross-site' }), HOSTS, false).kind
		).toBe('deny');
	});

	it('refuses a write naming a host the server is not known by', () => {
		const url = new URL('http://rebound.example:3000/api/articles');
		expect(checkOrigin(createRequest({ url, origin: null }), HOSTS, false)).toMatchObject({
			kind: 'deny',
			reason: expect.stringMatching(/CLAIMSMAP_ALLOWED_HOSTS/)
		});
	});

	it('checks the Host of reads only on a local server (DNS rebinding)', () => {
		const url = new URL('http://rebound.example:3000/api/claims.geojson');
		const read = createRequest({ method: 'GET', url, origin: null });
		expect(checkOrigin(read, HOSTS, false).kind).toBe('allow');
		expect(checkOrigin(read, HOSTS, true).kind).toBe('deny');
	});
});
