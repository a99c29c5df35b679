import { describe, expect, it } from 'vitest';
import { WriteGate } from './write-gate';

describe('WriteGate', () => {
	it('gives the gate to one holder at a time, in the order asked', async () => {
		const gate = new WriteGate();
		const order: string[] = [];
		const first = await gate.acquire();
		const second = gate.acquire().then((release) => {
			order.push('second');
			release();
		});
		const third = gate.acquire().then((release) => {
			order.push('third');
			release();
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(order).toEqual([]);
		expect(gate.held).toBe(true);
		order.push('first');
		first();
		await Promise.all([second, third]);
		expect(order).toEqual(['first', 'second', 'third']);
		expect(gate.held).toBe(false);
	});

	it('ignores a second release', async () => {
		const gate = new WriteGate();
		const release = await gate.acquire();
		release();
		release();
		const next = await gate.acquire();
		expect(gate.held).toBe(true);
		next();
	});
});
