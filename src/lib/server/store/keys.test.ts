import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textKey, urlKey } from './keys';

/** The key as first defined (every whitespace run replaced): stored keys must not change. */
function referenceTextKey(text: string): string {
	const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

describe('textKey', () => {
	it('equals the first definition on any text, so stored duplicate keys still match', () => {
		const piece = fc.constantFrom(
			' ',
			'  ',
			'\n',
			'\t',
			' \n ',
			'\u00a0',
			'\u2003',
			'a',
			'Kyiv',
			'.',
			'é'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				expect(textKey(text)).toBe(referenceTextKey(text));
			})
		);
	});
	it('ignores whitespace layout', () => {
		expect(textKey('A  depot was\n\nstruck.')).toBe(textKey(' A depot was struck. '));
	});
	it('differs for different words', () => {
		expect(textKey('A depot was struck.')).not.toBe(textKey('A bridge was struck.'));
	});
	it('treats composed and decomposed accents alike', () => {
		expect(textKey('Caf\u00e9')).toBe(textKey('Cafe\u0301'));
	});
});

describe('urlKey', () => {
	it('drops scheme, www, fragment, trailing slash and tracking parameters', () => {
		expect(urlKey('https://www.Example.org/a/b/?utm_medium=x&id=3#p')).toBe('example.org/a/b?id=3');
		expect(urlKey('http://example.org/a/b?id=3')).toBe('example.org/a/b?id=3');
	});
	it('keeps parameters that name the page', () => {
		expect(urlKey('https://example.org/?p=1')).not.toBe(urlKey('https://example.org/?p=2'));
	});
	it('is null for an empty or unparsable value', () => {
		expect(urlKey(null)).toBeNull();
		expect(urlKey('  ')).toBeNull();
		expect(urlKey('not a url')).toBeNull();
	});
});
