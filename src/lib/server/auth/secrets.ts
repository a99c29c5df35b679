/**
 * Session ids and API tokens: 32 random bytes, stored only as their SHA-256. A secret of 256 random
 * bits needs no slow hash: nobody can guess it from its digest, and lookup stays one index probe.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Prefix of API tokens, so a leaked one is recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = 'cmt_';

/** A new random secret (base64url), optionally prefixed. */
export function newSecret(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** The digest under which a secret is stored and looked up. */
export function secretDigest(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
