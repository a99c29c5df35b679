import { describe, expect, it } from 'vitest';
import { malformedPath, malformedQuery } from './request-checks';

describe('malformedPath', () => {
	it('accepts encoded paths and names malformed percent-encoding and NUL', () => {
		expect(malformedPath('/api/claims/a%20b')).toBeNull();
		expect(malformedPath('/api/claims/%E0%A4%A')).toMatch(/percent-encoding/);
		expect(malformedPath('/%ZZ')).toMatch(/percent-encoding/);
		expect(malformedPath('/api/claims/a%00b')).toMatch(/NUL/);
	});
});

describe('malformedQuery', () => {
	it('accepts what URLSearchParams writes, empty parts and bare names', () => {
		const written = new URLSearchParams({ q: 'Izium 50% + ж 😀', side: 'russia' }).toString();
		expect(malformedQuery(`?${written}`)).toBeNull();
		expect(malformedQuery('')).toBeNull();
		expect(malformedQuery('?')).toBeNull();
		expect(malformedQuery('?a&&b=&=c')).toBeNull();
	});

	it('names the parameter whose value has malformed percent-encoding or a NUL', () => {
		expect(malformedQuery('?side=russia&q=%E0%A4%A')).toBe(
			"query parameter 'q' has malformed percent-encoding"
		);
		expect(malformedQuery('?q=50%')).toMatch(/'q' has malformed percent-encoding/);
		expect(malformedQuery('?q=%ED%A0%80')).toMatch(/'q' has malformed percent-encoding/);
		expect(malformedQuery('?q=a%00b')).toBe("query parameter 'q' contains a NUL character");
	});

	it('refuses a malformed or NUL parameter name', () => {
		expect(malformedQuery('?%ZZ=1')).toBe('the query string has malformed percent-encoding');
		expect(malformedQuery('?a%00=1')).toBe('the query string contains a NUL character');
	});
});
