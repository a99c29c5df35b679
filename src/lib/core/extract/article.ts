/**
 * Stage 1, the article: its shown text (markup stripped, offsets mapped to the input), its metadata
 * and a stable id. Bad input (empty, binary, too large) is rejected with a reason instead of a crash.
 */
import { fnv1a64 } from './hash';
import { stripMarkup } from './markup';

/** What a caller hands in: the raw text (plain, Markdown or HTML) and what is known about it. */
export interface ArticleInput {
	text: string;
	title?: string | null;
	publisher?: string | null;
	url?: string | null;
	/** `YYYY-MM-DD`. */
	published?: string | null;
}

/** A prepared article. `text` is the text AS SHOWN: every quote offset refers to it. */
export interface Article {
	text: string;
	/** For each code unit of `text`, its offset in the input text. */
	sourceOffsets: Int32Array;
	articleId: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
}

/** The outcome of preparing an article. */
export type ArticleOutcome =
	{ kind: 'article'; article: Article; warnings: string[] } | { kind: 'rejected'; reason: string };

/** Default size limit: far above any news article, low enough to keep extraction interactive. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The id of an article: a hash of its shown text with whitespace normalised, so reformatting keeps it. */
export function articleIdOf(text: string): string {
	return fnv1a64(text.normalize('NFC').replace(/\s+/g, ' ').trim());
}

function looksBinary(text: string): boolean {
	let bad = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0) return true;
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
	}
	return bad > Math.max(2, text.length * 0.01);
}

/** Share of word tokens that are common English function words; news prose is well above 0.2. */
function englishShare(text: string): number {
	const words =
		text
			.slice(0, 20_000)
			.toLowerCase()
			.match(/\p{L}+/gu) ?? [];
	if (words.length === 0) return 0;
	let hits = 0;
	for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
	return hits / words.length;
}

const ENGLISH_FUNCTION_WORDS = new Set(
	'the of and to in a on that for with by was were is are as at from has have had it its said his their they this be been which after near over'.split(
		' '
	)
);

function clean(value: string | null | undefined): string | null {
	const v = value?.replace(/\s+/g, ' ').trim();
	return v ? v : null;
}

/** Prepares an article: strips markup, checks the input, fills metadata (title defaults to the first line). */
export function prepareArticle(
	input: ArticleInput,
	maxChars: number = MAX_ARTICLE_CHARS
): ArticleOutcome {
	if (typeof input.text !== 'string')
		return { kind: 'rejected', reason: 'article text is not a string' };
	if (input.text.length > maxChars)
		return {
			kind: 'rejected',
			reason: `article is too large: ${input.text.length} characters (limit ${maxChars})`
		};
	if (looksBinary(input.text))
		return { kind: 'rejected', reason: 'article looks like binary data, not text' };
	const published = clean(input.published);
	if (published !== null && !isIsoDate(published))
		return { kind: 'rejected', reason: `published date '${published}' is not YYYY-MM-DD` };
	const { text, sourceOffsets } = stripMarkup(input.text);
	if (text.trim().length === 0)
		return { kind: 'rejected', reason: 'article text is empty (after removing markup)' };
	const warnings: string[] = [];
	if (englishShare(text) < 0.12 && (text.match(/\p{L}+/gu)?.length ?? 0) >= 5)
		warnings.push('the text does not look like English; claims are extracted from English only');
	const firstLine = text.split('\n').find((l) => l.trim().length > 0) ?? '';
	return {
		kind: 'article',
		warnings,
		article: {
			text,
			sourceOffsets,
			articleId: articleIdOf(text),
			title: clean(input.title) ?? firstLine.trim().slice(0, 300),
			publisher: clean(input.publisher),
			url: clean(input.url),
			published
		}
	};
}
