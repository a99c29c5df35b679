import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slipDistance, slipVariants } from './slip';

describe('spelling slips', () => {
	it('reaches a dropped, added, changed and swapped letter', () => {
		const variants = slipVariants('dubrivka');
		expect(variants).toContain('dubivka');
		expect(variants).toContain('dubrovka');
		expect(variants).toContain('dubrivkha'.replace('kh', 'k') + 'h');
		expect(variants).toContain('dubrikva');
		expect(variants).not.toContain('dubrivka');
	});

	it('drops and adds the space between words', () => {
		expect(slipVariants('stara vyzhva')).toContain('staravyzhva');
		expect(slipVariants('staravyzhva')).toContain('stara vyzhva');
	});

	it('yields only keys at distance one', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{1,8}$/), (key) => {
				for (const v of slipVariants(key)) expect(slipDistance(key, v)).toBe(1);
			})
		);
	});

	it('measures distance with swaps of neighbours as one slip', () => {
		expect(slipDistance('tserkva', 'tservka')).toBe(1);
		expect(slipDistance('komyshuvakha', 'komyshivka')).toBe(3);
		expect(slipDistance('', 'abc')).toBe(3);
	});
});
