import { describe, expect, it } from 'vitest';
import { malformedPath } from './request-checks';

describe('malformedPath', () => {
	it('accepts encoded paths and names malformed percent-encoding and NUL', () => {
		expect(malformedPath('/api/claims/a%20b')).toBeNull();
		expect(malformedPath('/api/claims/%E0%A4%A')).toMatch(/percent-encoding/);
		expect(malformedPath('/%ZZ')).toMatch(/percent-encoding/);
		expect(malformedPath('/api/claims/a%00b')).toMatch(/NUL/);
	});
});
