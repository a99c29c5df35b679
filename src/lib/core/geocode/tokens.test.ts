import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joined, tokenise, type Token } from './tokens';

/** The words of a text as the tokeniser's pattern reads them: start, end and possessive-free form. */
function patternWords(text: string): [number, number, string][] {
	return [...text.matchAll(/[\p{L}\p{N}]+(?:['’ʼʹ`][\p{L}\p{N}]+)*/gu)].map((m) => {
		const raw = /['’ʼ]s$/i.test(m[0]) && m[0].length > 3 ? m[0].slice(0, -2) : m[0];
		return [m.index, m.index + raw.length, raw];
	});
}

// Letters and digits of several scripts, letters outside the BMP, a combining mark, apostrophes,
// lone surrogates, an emoji and punctuation: everything the word scan has to tell apart.
const PIECES = [
	'a',
	'Z',
	's',
	'S',
	'7',
	' ',
	'  ',
	"'",
	'’',
	'ʼ',
	'ʹ',
	'`',
	'-',
	'.',
	',',
	'\n',
	'é',
	'Ї',
	'й',
	'и\u0306',
	'ǅ',
	'٣',
	'𝐀',
	'😀',
	'\ud800',
	'\udc00',
	'«',
	'—',
	'Kyiv',
	"'s",
	'’S'
];

describe('tokenise', () => {
	it('reads the words the word pattern matches, with their offsets', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				const words = tokenise(text).map((t) => [t.start, t.end, t.raw]);
				expect(words).toEqual(patternWords(text));
			}),
			{ numRuns: 3000 }
		);
	});

	it('folds and marks each word as before', () => {
		const tokens = tokenise('Near Kam’yanka’s school. ПОЛТАВА and 𝐀bc');
		expect(tokens.map((t) => [t.raw, t.folded, t.capital, t.cyrillic, t.sentence])).toEqual([
			['Near', 'near', true, false, 0],
			['Kam’yanka', 'kamyanka', true, false, 0],
			['school', 'school', false, false, 0],
			['ПОЛТАВА', expect.any(String), true, true, 1],
			['and', 'and', false, false, 1],
			['𝐀bc', expect.any(String), expect.any(Boolean), false, 1]
		]);
	});
});

describe('joined', () => {
	it('holds where the pattern of spaces and tabs, or a hyphen alone, matches the gap', () => {
		const gaps = [' ', '\t', '-', ',', '\n', '.', '\u00a0', '\r', 'a'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...gaps), { maxLength: 4 }), (pieces) => {
				const gapBefore = pieces.join('');
				const tokens = [{ gapBefore } as Token];
				expect(joined(tokens, 0)).toBe(/^[ \t]+$|^-$/.test(gapBefore));
			}),
			{ numRuns: 3000 }
		);
	});
});
