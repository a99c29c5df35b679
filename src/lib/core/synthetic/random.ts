/** A small seeded PRNG so synthetic data and benchmark queries are identical across runs. */

/** A function returning uniform numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** Mulberry32: 32-bit state, fast, and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One item of `items`, chosen with the given relative weights. */
export function pickWeighted<T>(
	random: Random,
	items: readonly T[],
	weights: readonly number[]
): T {
	const total = weights.reduce((a, b) => a + b, 0);
	let r = random() * total;
	for (let i = 0; i < items.length; i++) {
		r -= weights[i];
		if (r < 0) return items[i];
	}
	return items[items.length - 1];
}

/** A standard normal deviate (Box–Muller). */
export function normal(random: Random): number {
	const u = 1 - random();
	const v = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
