/**
 * Markup stripping that keeps offsets: HTML, Markdown and scraped residue become the plain text that
 * is shown, with, for every character of it, its offset in the original input.
 */

/** Text plus, for each of its UTF-16 code units, the offset of the input character it came from. */
export interface MappedText {
	text: string;
	/** `sourceOffsets[i]` is where `text[i]` came from in the input; same length as `text`. */
	sourceOffsets: Int32Array;
}

/** A piece of a rewrite: literal text (mapped to the match start) or a range kept from the current text. */
type Piece = string | { from: number; to: number };

function rewrite(
	state: MappedText,
	pattern: RegExp,
	replace: (m: RegExpExecArray) => Piece[]
): MappedText {
	const re = new RegExp(
		pattern.source,
		pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'
	);
	// Kept ranges of the current text, or literals at a source offset, in output order.
	const parts: ({ from: number; to: number } | { literal: string; at: number })[] = [];
	let last = 0;
	let matched = false;
	for (let m = re.exec(state.text); m; m = re.exec(state.text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		matched = true;
		if (m.index > last) parts.push({ from: last, to: m.index });
		for (const piece of replace(m)) {
			if (typeof piece !== 'string') parts.push(piece);
			else if (piece.length > 0)
				parts.push({ literal: piece, at: state.sourceOffsets[m.index] ?? 0 });
		}
		last = m.index + m[0].length;
	}
	if (!matched) return state;
	if (last < state.text.length) parts.push({ from: last, to: state.text.length });
	let length = 0;
	for (const p of parts) length += 'literal' in p ? p.literal.length : p.to - p.from;
	const offsets = new Int32Array(length);
	const chunks: string[] = [];
	let pos = 0;
	for (const p of parts) {
		if ('literal' in p) {
			chunks.push(p.literal);
			offsets.fill(p.at, pos, pos + p.literal.length);
			pos += p.literal.length;
		} else {
			chunks.push(state.text.slice(p.from, p.to));
			offsets.set(state.sourceOffsets.subarray(p.from, p.to), pos);
			pos += p.to - p.from;
		}
	}
	return { text: chunks.join(''), sourceOffsets: offsets };
}

/** Offsets of capture group `n` of a match made with the `d` flag. */
function group(m: RegExpExecArray, n: number): { from: number; to: number } {
	const span = m.indices?.[n];
	return span ? { from: span[0], to: span[1] } : { from: m.index, to: m.index };
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	laquo: '«',
	raquo: '»'
};

function decodeEntity(body: string): string | null {
	if (body[0] === '#') {
		const code =
			body[1] === 'x' || body[1] === 'X'
				? parseInt(body.slice(2), 16)
				: parseInt(body.slice(1), 10);
		if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
		const char = String.fromCodePoint(code);
		return char === '\u00a0' ? ' ' : char;
	}
	return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

const BLOCK_TAGS =
	/^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption|hr)$/i;

/** Strips HTML, Markdown and scraped residue from `input`, mapping every kept character to its source. */
export function stripMarkup(input: string): MappedText {
	const identity = new Int32Array(input.length);
	for (let i = 0; i < identity.length; i++) identity[i] = i;
	let s: MappedText = { text: input, sourceOffsets: identity };
	s = rewrite(s, /\r\n?/, () => ['\n']);
	// Comments, including scraped ones that lost their "<" ("!-- Google tag -->"), and script/style bodies.
	s = rewrite(s, /<!--[\s\S]*?-->|^[ \t]*!--[^\n]*?-->/m, () => ['']);
	s = rewrite(s, /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/i, () => ['']);
	s = rewrite(s, /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/, (m) => [
		BLOCK_TAGS.test(m[1]) ? '\n\n' : ''
	]);
	s = rewrite(s, /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/, (m) => [
		decodeEntity(m[1]) ?? m[0]
	]);
	// Markdown: images go, links keep their text, headings/quotes/bullets lose their markers, emphasis its stars.
	s = rewrite(s, /!\[[^\]\n]*\]\([^)\n]*\)/, () => ['']);
	s = rewrite(s, /\[([^\]\n]+)\]\([^)\n]*\)/d, (m) => [group(m, 1)]);
	s = rewrite(s, /^[ \t]*(?:#{1,6}|>|[-*+])[ \t]+/m, () => ['']);
	s = rewrite(s, /(\*\*|__)(?=\S)([^\n]*?\S)\1/d, (m) => [group(m, 2)]);
	s = rewrite(s, /(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/d, (m) => [group(m, 1)]);
	// Whitespace: invisible characters go, no-break spaces become spaces, blank runs shrink.
	s = rewrite(s, /[\u200b-\u200d\ufeff\u00ad]/, () => ['']);
	s = rewrite(s, /[\u00a0\u2007\u202f\t]/, () => [' ']);
	s = rewrite(s, / +$|^ +/m, () => ['']);
	s = rewrite(s, /\n{3,}/, () => ['\n\n']);
	s = rewrite(s, /^\s+|\s+$/, () => ['']);
	return s;
}
