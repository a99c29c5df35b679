/**
 * Password hashing with scrypt from node:crypto (OpenSSL's, maintained with Node). Stored as
 * `scrypt$N$r$p$salt$hash` (base64), so the cost can be raised later and old hashes still verify.
 */
import {
	randomBytes,
	scrypt as scryptCallback,
	timingSafeEqual,
	type ScryptOptions
} from 'node:crypto';

/** Cost parameters: OWASP's scrypt minimum (N=2^17, r=8, p=1) takes ~0.2 s and 128 MiB here. */
export const SCRYPT_PARAMS = {
	/** CPU/memory cost (a power of two). */
	N: 2 ** 17,
	/** Block size. */
	r: 8,
	/** Parallelisation. */
	p: 1,
	/** Bytes of random salt. */
	saltBytes: 16,
	/** Bytes of derived key. */
	keyBytes: 32
} as const;

/** Shortest password accepted for an account. */
export const MIN_PASSWORD_LENGTH = 12;

function scrypt(password: string, salt: Buffer, keyBytes: number, options: ScryptOptions) {
	return new Promise<Buffer>((done, fail) =>
		scryptCallback(password.normalize('NFC'), salt, keyBytes, options, (error, key) =>
			error ? fail(error) : done(key)
		)
	);
}

function options(N: number, r: number, p: number): ScryptOptions {
	// scrypt needs 128·N·r bytes; allow twice that so the default 32 MiB cap does not refuse it.
	return { N, r, p, maxmem: 256 * N * r };
}

/** Hashes a password with a fresh salt. */
export async function hashPassword(password: string): Promise<string> {
	const { N, r, p, saltBytes, keyBytes } = SCRYPT_PARAMS;
	const salt = randomBytes(saltBytes);
	const key = await scrypt(password, salt, keyBytes, options(N, r, p));
	return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` matches `stored`; compares in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16)
		return false;
	const salt = Buffer.from(parts[4], 'base64');
	const expected = Buffer.from(parts[5], 'base64');
	if (salt.length === 0 || expected.length === 0) return false;
	const key = await scrypt(password, salt, expected.length, options(N, r, p));
	return timingSafeEqual(key, expected);
}
