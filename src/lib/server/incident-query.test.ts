import { describe, expect, it } from 'vitest';
import type { IncidentMark } from '../core/incidents/marks';
import { marksAnswer } from './incident-query';

/** The n-th invented mark. */
const createMark = (n: number): IncidentMark => ({
	incidentId: `art-${n}-f0`,
	point: [30 + n / 1000, 48.5],
	status: n % 3 === 0 ? 'contested' : 'corroborated',
	claimSides: n % 2 === 0 ? ['russia'] : ['russia', 'ukraine']
});

async function textOf(chunks: AsyncIterable<string>): Promise<{ text: string; count: number }> {
	let text = '';
	let count = 0;
	for await (const chunk of chunks) {
		text += chunk;
		count++;
	}
	return { text, count };
}

describe('the marks answer written a chunk at a time', () => {
	it('is the text JSON.stringify makes of the whole answer, for none, one chunk and several', async () => {
		for (const n of [0, 1, 999, 1000, 1001, 2500]) {
			const marks = Array.from({ length: n }, (_, i) => createMark(i));
			const { text } = await textOf(marksAnswer(marks));
			expect(text).toBe(JSON.stringify({ marks }));
		}
	});

	it('writes a thousand marks per chunk', async () => {
		const marks = Array.from({ length: 2500 }, (_, i) => createMark(i));
		const { count } = await textOf(marksAnswer(marks));
		// The opening, three chunks of at most 1000 marks, the closing.
		expect(count).toBe(5);
	});
});
