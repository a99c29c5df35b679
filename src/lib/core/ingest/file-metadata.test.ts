import { describe, expect, it } from 'vitest';
import {
	htmlMetadata,
	isArticleFileName,
	markdownMetadata,
	parseStatedDate,
	readArticleFile,
	textMetadata
} from './file-metadata';

describe('parseStatedDate', () => {
	it.each([
		['2023-06-02', '2023-06-02'],
		['2023-06-02T10:00:00Z', '2023-06-02'],
		['2023-06-02T10:00:00+03:00', '2023-06-02'],
		['June 2, 2023', '2023-06-02'],
		['Jun 2 2023', '2023-06-02'],
		['2 June 2023', '2023-06-02'],
		['2nd Sept. 2023', '2023-09-02']
	])('reads %s', (input, expected) => {
		expect(parseStatedDate(input)).toBe(expected);
	});

	it.each(['2023-02-30', 'Foo 2, 2023', 'yesterday', '02/06/2023', ''])('refuses %j', (input) => {
		expect(parseStatedDate(input)).toBeUndefined();
	});
});

describe('htmlMetadata', () => {
	it('reads Open Graph tags, the canonical link and the publication time', () => {
		const html = `<html><head><title>Fallback</title>
			<meta property="og:title" content="Invented &amp; Reported">
			<meta property="og:site_name" content='Invented Wire'>
			<link rel="canonical" href="https://example.org/story">
			<meta property="article:published_time" content="2024-02-03T08:00:00Z">
			</head><body></body></html>`;
		expect(htmlMetadata(html)).toEqual({
			title: 'Invented & Reported',
			publisher: 'Invented Wire',
			url: 'https://example.org/story',
			published: '2024-02-03'
		});
	});

	it('falls back to <title> and a <time datetime>', () => {
		const html = '<title> A  plain page </title><p><time datetime="2024-01-09">9 Jan</time></p>';
		expect(htmlMetadata(html)).toEqual({ title: 'A plain page', published: '2024-01-09' });
	});

	it('ignores a URL that is not http(s)', () => {
		expect(
			htmlMetadata('<meta property="og:url" content="javascript:alert(1)">').url
		).toBeUndefined();
	});
});

describe('markdownMetadata', () => {
	it('reads and removes YAML front matter', () => {
		const md =
			'---\ntitle: "Invented story"\ndate: 4 March 2024\nsource: Invented Wire\nurl: https://example.org/s\n---\nBody text.';
		expect(markdownMetadata(md)).toEqual({
			text: 'Body text.',
			metadata: {
				title: 'Invented story',
				published: '2024-03-04',
				publisher: 'Invented Wire',
				url: 'https://example.org/s'
			}
		});
	});

	it('takes the first heading as the title when there is no front matter', () => {
		expect(markdownMetadata('Intro\n\n# The heading\n\nText').metadata.title).toBe('The heading');
	});
});

describe('textMetadata', () => {
	it('drops header lines of keys it does not know with the header, not into the body', () => {
		const out = textMetadata(
			'Title: Invented\nAuthor: Jane Roe\nTags: front, drones\nDate: 2024-05-06\n\nFirst paragraph.'
		);
		expect(out).toEqual({
			text: 'First paragraph.',
			metadata: { title: 'Invented', published: '2024-05-06' }
		});
	});

	it('keeps a first line with a colon as body when no line names a known key', () => {
		const text = 'Testograd: drones hit a depot overnight.\n\nMore follows.';
		expect(textMetadata(text).text).toBe(text);
	});

	it('reads a header block and removes it from the text', () => {
		const out = textMetadata('Title: Invented\nPublished: 2024-05-06\n\nFirst paragraph.');
		expect(out).toEqual({
			text: 'First paragraph.',
			metadata: { title: 'Invented', published: '2024-05-06' }
		});
	});

	it('keeps a text without a header whole and finds a date standing on its own line', () => {
		const text = 'A headline\n\nMay 7, 2024\n\nSomething happened: a lot.';
		expect(textMetadata(text)).toEqual({ text, metadata: { published: '2024-05-07' } });
	});

	it('does not take a sentence with a colon for a header', () => {
		const text = 'Officials said: nothing happened.\n\nMore.';
		expect(textMetadata(text).text).toBe(text);
	});
});

describe('readArticleFile', () => {
	it('chooses the reader by extension', () => {
		expect(readArticleFile('a.HTML', '<title>T</title>').metadata.title).toBe('T');
		expect(readArticleFile('a.md', '# M').metadata.title).toBe('M');
		expect(readArticleFile('a.txt', 'Title: X\n\nY').metadata.title).toBe('X');
	});

	it('accepts only article extensions', () => {
		expect(isArticleFileName('x.txt')).toBe(true);
		expect(isArticleFileName('x.htm')).toBe(true);
		expect(isArticleFileName('x.pdf')).toBe(false);
	});
});
