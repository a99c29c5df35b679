import { describe, expect, it } from 'vitest';
import { createTestGeocoder } from './fixtures';
import { extractClaims } from './pipeline';
import { readStance } from './stance';

function denied(sentence: string): string[] {
	return readStance(sentence)
		.parts.filter((p) => p.stance === 'denies')
		.map((p) => p.text.trim());
}

describe('readStance', () => {
	it('reads a plain report as one asserted part', () => {
		const reading = readStance('Guns shelled Zorivka overnight, the governor said.');
		expect(reading.rule).toBeNull();
		expect(reading.parts).toEqual([
			{ stance: 'asserts', text: 'Guns shelled Zorivka overnight, the governor said.' }
		]);
	});

	it('reads "denied that" as a denial of what follows', () => {
		const reading = readStance('The garrison denied that its guns shelled Zorivka.');
		expect(reading.rule).toBe('denied');
		expect(denied('The garrison denied that its guns shelled Zorivka.')).toEqual([
			'its guns shelled Zorivka.'
		]);
		expect(reading.refersBack).toBe(false);
	});

	it('reads "called the reports … false" as a denial of the reports', () => {
		const sentence = 'The ministry called reports that troops had captured Lisne false.';
		expect(readStance(sentence).rule).toBe('reports-called-false');
		expect(denied(sentence)).toEqual(['that troops had captured Lisne']);
	});

	it('reads "claims that … were refuted" as a denial of the claims', () => {
		const sentence = 'Claims that troops had entered Lisne were refuted by the garrison.';
		expect(readStance(sentence).rule).toBe('reports-were-denied');
		expect(denied(sentence)).toEqual(['troops had entered Lisne']);
	});

	it('keeps the offsets of the sentence in every part', () => {
		const sentence = 'Guns hit Lisne, but the garrison denied that it shelled Zorivka.';
		for (const part of readStance(sentence).parts) expect(part.text).toHaveLength(sentence.length);
		expect(readStance(sentence).parts.map((p) => p.stance)).toEqual(['asserts', 'denies']);
	});

	it('reads no denial of an event in a dismissed significance or a rejected offer', () => {
		expect(
			readStance('The president dismissed the significance of the push on Lisne.').rule
		).toBeNull();
		expect(
			readStance('Kyiv rejected the offer of talks after the strike on Zorivka.').rule
		).toBeNull();
	});

	it('reads a clause that only denies the claim before it ("a claim denied by X")', () => {
		for (const clause of [
			'a claim denied by the garrison.',
			'which the garrison flatly rejected.',
			'a claim that the ministry disputes.'
		]) {
			expect(readStance(clause).rule, clause).toBe('claim-denied');
			expect(readStance(clause).refersBack, clause).toBe(true);
		}
		expect(readStance('a claim that troops shelled Lisne was repeated.').rule).toBeNull();
	});

	it('marks a denial that names nothing as referring back', () => {
		expect(readStance('The garrison denied this.').refersBack).toBe(true);
		expect(readStance('The ministry called the reports false.').refersBack).toBe(true);
		expect(readStance('The ministry dismissed the claims as propaganda.').refersBack).toBe(true);
	});
});

const geocoder = createTestGeocoder([
	{ name: 'Zorivka', lat: 48.1, lon: 37.2 },
	{ name: 'Lisne', lat: 48.2, lon: 37.3 }
]);

function claims(text: string) {
	const e = extractClaims({ text, published: '2023-06-14', title: null }, geocoder);
	if (e.kind !== 'extracted') throw new Error(e.reason);
	return e.collection.features.map((f) => [
		f.properties.stance,
		f.properties.eventType,
		f.properties.placeMention
	]);
}

describe('denials in the pipeline', () => {
	it('keeps a denied event as a claim that denies it', () => {
		expect(claims('The Russian Defence Ministry denied that its aircraft struck Zorivka.')).toEqual(
			[['denies', 'strike', 'Zorivka']]
		);
	});

	it('reads a bare denial as denying the claim before it, at its places', () => {
		expect(
			claims(
				'The Russian Defence Ministry said its troops had captured Lisne. The Ukrainian army denied this.'
			)
		).toEqual([
			['asserts', 'territorial_control', 'Lisne'],
			['denies', 'territorial_control', 'Lisne']
		]);
	});

	it('puts a denial of "the village" at the place of the claim it denies', () => {
		expect(
			claims(
				'The ministry in Lisne said its troops had captured Zorivka. The Ukrainian army denied that troops had captured the village.'
			)
		).toEqual([
			['asserts', 'territorial_control', 'Zorivka'],
			['denies', 'territorial_control', 'Zorivka']
		]);
	});

	it('keeps what a sentence asserts before the denial', () => {
		expect(
			claims('Ukrainian guns shelled Lisne, but Kyiv denied that its troops fired on Zorivka.')
		).toEqual([
			['asserts', 'strike', 'Lisne'],
			['denies', 'strike', 'Zorivka']
		]);
	});

	it('gives a denial another id than an assertion of the same event', () => {
		const text =
			'Guns shelled Zorivka, the governor said. The Russian Defence Ministry denied that its guns shelled Zorivka.';
		const e = extractClaims({ text, published: '2023-06-14', title: null }, geocoder);
		if (e.kind !== 'extracted') throw new Error(e.reason);
		const ids = e.collection.features.map((f) => f.properties.claimId);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
