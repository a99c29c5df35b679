import { describe, expect, it } from 'vitest';
import { goldenRegen } from './regen';

describe('goldenRegen', () => {
	it('rewrites goldens only when REGEN is set', () => {
		expect(goldenRegen({})).toBe(false);
		expect(goldenRegen({ REGEN: '1' })).toBe(true);
	});

	it('refuses REGEN when CI is set', () => {
		expect(() => goldenRegen({ REGEN: '1', CI: 'true' })).toThrow(/refused when CI is set/);
		expect(goldenRegen({ CI: 'true' })).toBe(false);
	});
});
