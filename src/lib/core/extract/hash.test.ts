import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './hash';

describe('fnv1a64', () => {
	it('matches the published FNV-1a 64 test vectors', () => {
		expect(fnv1a64('')).toBe('cbf29ce484222325');
		expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
		expect(fnv1a64('foobar')).toBe('85944171f73967e8');
	});

	it('hashes non-ASCII text through UTF-8', () => {
		expect(fnv1a64('Київ')).not.toBe(fnv1a64('Kyiv'));
		expect(fnv1a64('Київ')).toMatch(/^[0-9a-f]{16}$/);
	});
});
