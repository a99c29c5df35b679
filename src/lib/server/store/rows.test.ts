import { describe, expect, it } from 'vitest';
import { membershipOf } from './rows';

describe('membershipOf', () => {
	it('maps every feature to its incident in row order, whatever the id', () => {
		const membership = membershipOf([
			{ feature_id: 'b-f1', incident_id: 'b-f1' },
			{ feature_id: '__proto__', incident_id: 'b-f1' },
			{ feature_id: 'a-f2', incident_id: 'b-f1' }
		]);
		expect(Object.entries(membership)).toEqual([
			['b-f1', 'b-f1'],
			['__proto__', 'b-f1'],
			['a-f2', 'b-f1']
		]);
		expect(Object.hasOwn(membership, '__proto__')).toBe(true);
		expect(Object.hasOwn(membership, 'toString')).toBe(false);
	});
});
