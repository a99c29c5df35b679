import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleIdOf, prepareArticle, type ArticleInput } from './article';
import { stripMarkup } from './markup';

function createInput(text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
	return { text, published: '2023-03-10', ...extra };
}

describe('stripMarkup', () => {
	it('removes tags, scripts and comments and decodes entities', () => {
		const html =
			'<html><head><script>var x = "<p>";</script><style>p{}</style></head><body><!-- nav --><h1>Night raid</h1><p>Troops shelled the depot &amp; the bridge&nbsp;at dawn.</p></body></html>';
		const { text } = stripMarkup(html);
		expect(text).toBe('Night raid\n\nTroops shelled the depot & the bridge at dawn.');
	});

	it('drops scraped comment residue that lost its opening bracket', () => {
		const { text } = stripMarkup(
			'!-- Analytics tag (tracker.js) -->\n\nHeadline here\n\nBody text.'
		);
		expect(text).toBe('Headline here\n\nBody text.');
	});

	it('keeps the text of Markdown links and drops images, heading marks and emphasis', () => {
		const { text } = stripMarkup(
			'# Report\n\n![map](x.png)\nThe **army** said it hit a [depot](http://x.test/a).'
		);
		expect(text).toBe('Report\n\nThe army said it hit a depot.');
	});

	it('maps every kept character back to the same character of the input', () => {
		const input = '<p>Drones were <b>downed</b> over the &quot;coast&quot; [at night](u).</p>';
		const { text, sourceOffsets } = stripMarkup(input);
		expect(sourceOffsets).toHaveLength(text.length);
		for (let i = 0; i < text.length; i++) {
			if (text[i] === '"' || text[i] === '\n') continue;
			expect(input[sourceOffsets[i]]).toBe(text[i]);
		}
	});

	it('keeps offsets monotonic and the same length as the text for any input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				const { text, sourceOffsets } = stripMarkup(s);
				expect(sourceOffsets).toHaveLength(text.length);
				for (let i = 1; i < sourceOffsets.length; i++)
					expect(sourceOffsets[i]).toBeGreaterThanOrEqual(sourceOffsets[i - 1]);
			})
		);
	});
});

describe('prepareArticle', () => {
	it('takes the first non-empty line as the title when none is given', () => {
		const out = prepareArticle(
			createInput('\n\n  Artillery duel near the river\n\nThe army said guns fired all night.')
		);
		expect(out.kind).toBe('article');
		if (out.kind === 'article') expect(out.article.title).toBe('Artillery duel near the river');
	});

	it('rejects empty text, markup-only text and binary bytes with a reason', () => {
		expect(prepareArticle(createInput(''))).toMatchObject({
			kind: 'rejected',
			reason: expect.stringMatching(/empty/)
		});
		expect(prepareArticle(createInput('<div><br/></div>'))).toMatchObject({ kind: 'rejected' });
		const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
		expect(prepareArticle(createInput(binary))).toMatchObject({
			kind: 'rejected',
			reason: expect.stringMatching(/binary/)
		});
	});

	it('rejects text above the size limit instead of working on it', () => {
		const big = 'The army said it shelled the town. '.repeat(150_000);
		expect(big.length).toBeGreaterThan(5_000_000);
		expect(prepareArticle(createInput(big))).toMatchObject({
			kind: 'rejected',
			reason: expect.stringMatching(/too large/)
		});
	});

	it('rejects a published date that is not a calendar date', () => {
		expect(
			prepareArticle(createInput('Some text here.', { published: '2023-02-30' }))
		).toMatchObject({ kind: 'rejected' });
	});

	it('warns about text that is not English', () => {
		const out = prepareArticle(
			createInput('Збройні сили повідомили про обстріл міста вночі. Війська відступили.')
		);
		expect(out.kind).toBe('article');
		if (out.kind === 'article') expect(out.warnings.join(' ')).toMatch(/English/);
	});

	it('gives the same id to the same text whatever its whitespace, and different ids to different texts', () => {
		expect(articleIdOf('Guns  fired\n\nat dawn.')).toBe(articleIdOf('Guns fired at dawn.'));
		expect(articleIdOf('Guns fired at dawn.')).not.toBe(articleIdOf('Guns fired at dusk.'));
	});
});
