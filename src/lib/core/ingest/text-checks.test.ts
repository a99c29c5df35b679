import { describe, expect, it } from 'vitest';
import { textProblem, unknownFields } from './text-checks';

describe('textProblem', () => {
	it('accepts prose, including astral characters as surrogate pairs', () => {
		expect(textProblem('title', 'Shelling near Izium 🚀 — «report»')).toBeNull();
	});

	it('names a NUL character', () => {
		expect(textProblem('url', 'https://example.org/\u0000')).toMatch(/url contains a NUL/);
	});

	it('names a lone high or low surrogate', () => {
		expect(textProblem('title', 'a\uD800b')).toMatch(/title contains a lone surrogate/);
		expect(textProblem('publisher', '\uDC00')).toMatch(/lone surrogate/);
		expect(textProblem('text', 'end\uD83D')).toMatch(/lone surrogate/);
	});
});

describe('unknownFields', () => {
	it('lists the keys not allowed, in order', () => {
		expect(unknownFields({ text: 1, tittle: 2, extra: 3 }, ['text', 'title'])).toEqual([
			'tittle',
			'extra'
		]);
	});
});
