/** FNV-1a (64-bit) over UTF-8 bytes: a small, pure, stable hash for article and feature ids. */

const encoder = new TextEncoder();

/** The 64-bit FNV-1a hash of `text` (UTF-8) as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
	// The 64-bit state is kept as two unsigned 32-bit halves; the FNV prime is 2^40 + 0x1b3.
	let hi = 0xcbf29ce4;
	let lo = 0x84222325;
	const bytes = encoder.encode(text);
	for (let i = 0; i < bytes.length; i++) {
		lo = (lo ^ bytes[i]) >>> 0;
		const low = lo * 0x1b3;
		const carry = Math.floor(low / 0x100000000);
		hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
		lo = low >>> 0;
	}
	return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
