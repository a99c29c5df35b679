import { describe, expect, it } from 'vitest';
import { textKey, urlKey } from './keys';

describe('textKey', () => {
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
