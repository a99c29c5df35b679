import { describe, expect, it } from 'vitest';
import { WriteLimiter } from './rate-limit';

describe('WriteLimiter', () => {
	it('allows a minute of writes at once, then says how long to wait', () => {
		const limiter = new WriteLimiter(3);
		for (let i = 0; i < 3; i++) expect(limiter.take('a', 0).kind).toBe('allow');
		expect(limiter.take('a', 0)).toEqual({ kind: 'limited', retryAfterSeconds: 20 });
		expect(limiter.take('b', 0).kind).toBe('allow');
	});

	it('refills continuously', () => {
		const limiter = new WriteLimiter(60);
		for (let i = 0; i < 60; i++) limiter.take('a', 0);
		expect(limiter.take('a', 500).kind).toBe('limited');
		expect(limiter.take('a', 1_600).kind).toBe('allow');
	});

	it('is off at zero', () => {
		const limiter = new WriteLimiter(0);
		for (let i = 0; i < 1000; i++) expect(limiter.take('a', 0).kind).toBe('allow');
	});
});
