/**
 * A per-client limit on writes: a token bucket per key (an account, else the client's address) that
 * holds a minute's allowance and refills continuously. Memory stays bounded: full buckets are dropped.
 */

/** The outcome of asking to write. */
export type RateVerdict = { kind: 'allow' } | { kind: 'limited'; retryAfterSeconds: number };

/** Most clients tracked at once; beyond it the oldest are forgotten (they get a full bucket). */
const MAX_CLIENTS = 10_000;

/** A write rate limiter; `now` in milliseconds is passed in so tests need no clock. */
export class WriteLimiter {
	readonly #perMinute: number;
	readonly #buckets = new Map<string, { tokens: number; at: number }>();

	/** Allows `perMinute` writes per client per minute, all of them at once if need be. */
	constructor(perMinute: number) {
		this.#perMinute = perMinute;
	}

	/** Takes one write from `key`'s bucket, or says how long to wait. */
	take(key: string, now: number): RateVerdict {
		if (this.#perMinute <= 0) return { kind: 'allow' };
		const perMs = this.#perMinute / 60_000;
		const held = this.#buckets.get(key);
		const tokens = held
			? Math.min(this.#perMinute, held.tokens + (now - held.at) * perMs)
			: this.#perMinute;
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: now });
			return {
				kind: 'limited',
				retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000))
			};
		}
		this.#buckets.delete(key);
		this.#buckets.set(key, { tokens: tokens - 1, at: now });
		if (this.#buckets.size > MAX_CLIENTS) {
			const oldest = this.#buckets.keys().next().value;
			if (oldest !== undefined) this.#buckets.delete(oldest);
		}
		return { kind: 'allow' };
	}
}
