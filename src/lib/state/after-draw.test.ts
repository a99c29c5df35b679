import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { askAfterDraw } from './after-draw';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A promise and the function that settles it. */
function createDrawn() {
	let settle: () => void = () => {};
	const drawn = new Promise<void>((done) => (settle = done));
	return { drawn, settle };
}

describe('askAfterDraw', () => {
	test('asks only once the map has drawn, even when the pause is over', async () => {
		const { drawn, settle } = createDrawn();
		const ask = vi.fn();
		askAfterDraw(drawn, 150, ask);
		await vi.advanceTimersByTimeAsync(1000);
		expect(ask).not.toHaveBeenCalled();
		settle();
		await vi.advanceTimersByTimeAsync(0);
		expect(ask).toHaveBeenCalledOnce();
	});

	test('waits for the pause when the map has drawn already', async () => {
		const ask = vi.fn();
		askAfterDraw(Promise.resolve(), 150, ask);
		await vi.advanceTimersByTimeAsync(100);
		expect(ask).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(50);
		expect(ask).toHaveBeenCalledOnce();
	});

	test('a newer change cancels the question', async () => {
		const ask = vi.fn();
		const cancel = askAfterDraw(Promise.resolve(), 150, ask);
		cancel();
		await vi.advanceTimersByTimeAsync(200);
		expect(ask).not.toHaveBeenCalled();
	});
});
