import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function texts(text: string): string[] {
	return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks', () => {
		expect(texts('Guns fired at dawn. Drones followed! Was anyone hurt? Nobody knows.')).toEqual([
			'Guns fired at dawn.',
			'Drones followed!',
			'Was anyone hurt?',
			'Nobody knows.'
		]);
	});

	it('does not split after titles, initials, months, numbers and dotted abbreviations', () => {
		const text =
			'Lt. Gen. Ivan Petrenko of the U.S. Army said unit No. 3 moved on Feb. 24 at 2.5 km per hour. Then it stopped.';
		expect(texts(text)).toHaveLength(2);
		expect(texts(text)[0]).toMatch(/per hour\.$/);
	});

	it('keeps a quotation with several sentences inside one sentence', () => {
		const text = 'The colonel said: “We held. They ran. We will hold again.” Then he left.';
		expect(texts(text)).toEqual([
			'The colonel said: “We held. They ran. We will hold again.”',
			'Then he left.'
		]);
	});

	it('ends a sentence after a closing quotation mark', () => {
		const text = 'The mayor called it “a disaster.” “We need help,” she added.';
		expect(texts(text)).toEqual([
			'The mayor called it “a disaster.”',
			'“We need help,” she added.'
		]);
	});

	it('numbers paragraphs at blank lines and at line breaks between complete lines', () => {
		const text = 'Headline without stop\nFirst paragraph. Still first.\n\nSecond paragraph.';
		const s = splitSentences(text);
		expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2]);
	});

	it('joins hard-wrapped lines of one sentence', () => {
		const text = 'The regional governor said artillery\nhit the depot overnight.';
		expect(texts(text)).toEqual(['The regional governor said artillery\nhit the depot overnight.']);
	});

	it('cuts text without stops into bounded pieces', () => {
		const pieces = splitSentences('word '.repeat(3000));
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every((p) => p.end - p.start <= 2100)).toBe(true);
	});

	it('gives offsets that slice back to trimmed sentences', () => {
		const text = '  One here.   Two there.  \n\n Three. ';
		for (const s of splitSentences(text)) {
			const t = text.slice(s.start, s.end);
			expect(t).toBe(t.trim());
			expect(t.length).toBeGreaterThan(0);
		}
	});
});

describe('splitSentences: scraped text without spaces after stops', () => {
	it('starts a sentence after a lower-case word, a stop and a capital or an opening quote', () => {
		const text =
			'Troops took Testovo, the ministry said in a statement.Units hit Lisne, it said."Losses were 40," it added.';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'Troops took Testovo, the ministry said in a statement.',
			'Units hit Lisne, it said.',
			'"Losses were 40," it added.'
		]);
	});

	it('keeps abbreviations, initials and web addresses whole', () => {
		const text = 'The U.S.Army said it would. See example.com for more.';
		expect(splitSentences(text)).toHaveLength(2);
	});
});
