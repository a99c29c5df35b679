import { describe, expect, it } from 'vitest';
import { basemapOrigins, widenCsp, withSecurityHeaders } from './headers';

describe('security headers', () => {
	it('adds the basemap origins to the page policy', () => {
		const origins = basemapOrigins({
			PUBLIC_BASEMAP_STYLE: 'https://tiles.example.org/styles/dark.json',
			CLAIMSMAP_BASEMAP_HOSTS: 'https://a.tiles.example.net, not a url'
		});
		expect(origins).toEqual(['https://tiles.example.org', 'https://a.tiles.example.net']);
		expect(
			widenCsp("default-src 'self'; img-src 'self' data:", ['img-src', 'connect-src'], origins)
		).toBe(
			"default-src 'self'; img-src 'self' data: https://tiles.example.org https://a.tiles.example.net; connect-src 'self' https://tiles.example.org https://a.tiles.example.net"
		);
	});

	it('allows the tile hosts of the online basemaps the deployer offers', () => {
		const origins = basemapOrigins({
			PUBLIC_BASEMAPS: JSON.stringify([
				{ id: 'sat', tiles: ['https://sat.example.com/{z}/{y}/{x}.jpg'], attribution: '© Sat' }
			])
		});
		expect(origins).toEqual(['https://sat.example.com']);
	});

	it('gives a non-page answer a policy that runs nothing, and the other headers', () => {
		const out = withSecurityHeaders(new Response('{}'), []);
		expect(out.headers.get('content-security-policy')).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
		expect(out.headers.get('x-content-type-options')).toBe('nosniff');
		expect(out.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('keeps the page policy SvelteKit set', () => {
		const page = new Response('<html>', {
			headers: { 'content-security-policy': "script-src 'self' 'nonce-x'" }
		});
		expect(withSecurityHeaders(page, []).headers.get('content-security-policy')).toBe(
			"script-src 'self' 'nonce-x'"
		);
	});
});
