/** Coordinate rounding: the contract allows at most 6 decimals (about 0.1 m). */

/** `value` rounded to 6 decimals, without `-0`. */
export function round6(value: number): number {
	const r = Math.round(value * 1e6) / 1e6;
	return r === 0 ? 0 : r;
}
