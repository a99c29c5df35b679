/**
 * What an article file states about itself: title, publisher, URL and date from HTML `<meta>` tags,
 * Markdown front matter or a plain-text header, so the add-article form and the `ingest` command can
 * prefill them. Pure: takes the file's name and text, reads nothing.
 */
import { MONTH_NAMES } from '../geocode/lexicon';

/** File kinds the app accepts, by extension. */
export const ARTICLE_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** Metadata found in a file; absent where the file does not state it. */
export interface FileMetadata {
	title?: string;
	publisher?: string;
	url?: string;
	/** `YYYY-MM-DD`. */
	published?: string;
}

/** An article file read for ingest: its text (front matter removed) and what it states. */
export interface ArticleFile {
	text: string;
	metadata: FileMetadata;
}

/** The months' names, January first (`MONTHS` of the lexicon). */
const MONTHS = MONTH_NAMES;

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function validYmd(y: number, m: number, d: number): string | undefined {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return undefined;
	}
	return `${y}-${pad(m)}-${pad(d)}`;
}

function monthNumber(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, '');
	const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
	return i + 1;
}

/** Reads a date written as ISO (`2024-03-05`, with or without a time), `March 5, 2024` or `5 March 2024`. */
export function parseStatedDate(value: string): string | undefined {
	const v = value.trim();
	let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
	if (m) return validYmd(+m[1], +m[2], +m[3]);
	m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
	if (m && monthNumber(m[1]) > 0) return validYmd(+m[3], monthNumber(m[1]), +m[2]);
	m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(v);
	if (m && monthNumber(m[2]) > 0) return validYmd(+m[3], monthNumber(m[2]), +m[1]);
	return undefined;
}

function decodeEntities(value: string): string {
	return value
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

function tidy(value: string | undefined): string | undefined {
	const v = value?.replace(/\s+/g, ' ').trim();
	return v ? v : undefined;
}

function attribute(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : undefined;
}

/** Metadata from an HTML document's `<title>`, `<meta>`, canonical link and first `<time>`. */
export function htmlMetadata(html: string): FileMetadata {
	const meta = new Map<string, string>();
	for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
		const key = (attribute(tag, 'property') ?? attribute(tag, 'name') ?? '').toLowerCase();
		const content = attribute(tag, 'content');
		if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
	}
	const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
	const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]*>/g, '');
	const canonical = (html.match(/<link\b[^>]*>/gi) ?? []).find((t) =>
		/\brel\s*=\s*["']?canonical/i.test(t)
	);
	const time = /<time\b[^>]*>/i.exec(html)?.[0];
	const dateText =
		meta.get('article:published_time') ??
		meta.get('date') ??
		meta.get('pubdate') ??
		meta.get('dc.date') ??
		(time ? attribute(time, 'datetime') : undefined);
	const out: FileMetadata = {};
	const title = tidy(
		meta.get('og:title') ?? (titleTag ? decodeEntities(titleTag) : h1 && decodeEntities(h1))
	);
	if (title) out.title = title;
	const publisher = tidy(meta.get('og:site_name') ?? meta.get('publisher'));
	if (publisher) out.publisher = publisher;
	const url = tidy(meta.get('og:url') ?? (canonical ? attribute(canonical, 'href') : undefined));
	if (url && /^https?:\/\//i.test(url)) out.url = url;
	const published = dateText ? parseStatedDate(dateText) : undefined;
	if (published) out.published = published;
	return out;
}

const HEADER_KEYS: Record<string, keyof FileMetadata> = {
	title: 'title',
	headline: 'title',
	publisher: 'publisher',
	source: 'publisher',
	outlet: 'publisher',
	url: 'url',
	link: 'url',
	date: 'published',
	published: 'published',
	'published date': 'published'
};

function applyField(out: FileMetadata, key: string, raw: string): boolean {
	const field = HEADER_KEYS[key.trim().toLowerCase()];
	const value = tidy(raw.replace(/^["']|["']$/g, ''));
	if (!field || !value) return false;
	if (field === 'published') {
		const date = parseStatedDate(value);
		if (date) out.published = date;
	} else if (field === 'url') {
		if (/^https?:\/\//i.test(value)) out.url = value;
	} else {
		out[field] = value;
	}
	return true;
}

/** Splits Markdown YAML front matter (`---` … `---`) from the body and reads its simple `key: value` lines. */
export function markdownMetadata(markdown: string): ArticleFile {
	const out: FileMetadata = {};
	let text = markdown;
	const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
	if (front) {
		for (const line of front[1].split(/\r?\n/)) {
			const m = /^([A-Za-z][\w -]*):\s*(.*)$/.exec(line);
			if (m) applyField(out, m[1], m[2]);
		}
		text = markdown.slice(front[0].length);
	}
	if (!out.title) {
		const heading = /^#\s+(.+)$/m.exec(text)?.[1];
		const title = tidy(heading);
		if (title) out.title = title;
	}
	if (!out.published) Object.assign(out, leadingDate(text));
	return { text, metadata: out };
}

/** A date standing alone on one of the first lines, as many articles print under the headline. */
function leadingDate(text: string): FileMetadata {
	const lines = text.split(/\r?\n/).slice(0, 15);
	for (const line of lines) {
		const date = parseStatedDate(line.replace(/^[#*_\s]+|[*_\s]+$/g, ''));
		if (date) return { published: date };
	}
	return {};
}

/** A header line: a short key, a colon and a value of at most a line's worth. */
const HEADER_LINE = /^([A-Za-z][\w -]{0,20}):\s*(.{1,200})$/;

/**
 * Reads a plain-text header of `Key: value` lines (Title, Publisher, URL, Date) before a blank line.
 * The header is taken out of the body whole: lines of keys it does not know ("Author: …",
 * "Tags: …") are dropped with it, when at least one line names a known key.
 */
export function textMetadata(text: string): ArticleFile {
	const out: FileMetadata = {};
	const lines = text.split(/\r?\n/);
	let i = 0;
	let matched = 0;
	while (i < lines.length && lines[i].trim() !== '') {
		const m = HEADER_LINE.exec(lines[i].trim());
		if (!m) break;
		if (applyField(out, m[1], m[2])) matched++;
		i++;
	}
	// Lines that name no known key are no header: the text is all body.
	if (matched === 0) return { text, metadata: leadingDate(text) };
	const body = lines.slice(i).join('\n').replace(/^\s+/, '');
	if (!out.published) Object.assign(out, leadingDate(body));
	return { text: body, metadata: out };
}

/** True when the file name ends with an accepted article extension. */
export function isArticleFileName(name: string): boolean {
	const lower = name.toLowerCase();
	return ARTICLE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Reads an article file by its extension: HTML, Markdown, or plain text. */
export function readArticleFile(name: string, content: string): ArticleFile {
	const lower = name.toLowerCase();
	if (lower.endsWith('.html') || lower.endsWith('.htm')) {
		return { text: content, metadata: htmlMetadata(content) };
	}
	if (lower.endsWith('.md') || lower.endsWith('.markdown')) return markdownMetadata(content);
	return textMetadata(content);
}
