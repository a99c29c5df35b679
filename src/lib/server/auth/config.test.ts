import { describe, expect, it } from 'vitest';
import { isLoopback, readServerConfig, startupRefusal } from './config';

describe('server exposure', () => {
	it('knows loopback addresses', () => {
		for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost'])
			expect(isLoopback(h)).toBe(true);
		for (const h of ['0.0.0.0', '::', '10.0.0.2', 'example.org']) expect(isLoopback(h)).toBe(false);
	});

	it('reads HOST (adapter-node binds every interface without it), hosts and the rate', () => {
		expect(readServerConfig({}).localBind).toBe(false);
		const config = readServerConfig({
			HOST: '127.0.0.1',
			CLAIMSMAP_ALLOWED_HOSTS: 'Maps.Example.org, other.example',
			ORIGIN: 'https://team.example.net',
			CLAIMSMAP_WRITES_PER_MINUTE: '0'
		});
		expect(config.localBind).toBe(true);
		expect(config.allowedHosts).toEqual(
			expect.arrayContaining(['localhost', 'maps.example.org', 'other.example', 'team.example.net'])
		);
		expect(config.writesPerMinute).toBe(0);
		expect(readServerConfig({}).writesPerMinute).toBe(120);
	});

	it('refuses an open server on a reachable address, saying how to configure it', () => {
		const open = readServerConfig({ HOST: '0.0.0.0' });
		const refusal = startupRefusal(open, 0);
		expect(refusal).toMatch(/HOST=127\.0\.0\.1/);
		expect(refusal).toMatch(/user add NAME --role admin/);
		expect(refusal).toMatch(/CLAIMSMAP_PUBLIC_READ=1/);
		expect(startupRefusal(open, 1)).toBeNull();
		expect(
			startupRefusal(readServerConfig({ HOST: '0.0.0.0', CLAIMSMAP_PUBLIC_READ: '1' }), 0)
		).toBeNull();
		expect(startupRefusal(readServerConfig({ HOST: '::1' }), 0)).toBeNull();
	});
});
