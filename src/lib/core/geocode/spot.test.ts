import { describe, expect, it } from 'vitest';
import { createFixtureGazetteer } from './fixture';
import { createSpotContext, spotAll, spotAt } from './mentions';

const gazetteer = createFixtureGazetteer();

/** Every span of `text` as "words (source)". */
function spans(text: string): string[] {
	const spot = createSpotContext(text, gazetteer);
	return spotAll(spot).map(
		(s) => `${text.slice(spot.tokens[s.first].start, spot.tokens[s.last].end)} (${s.source})`
	);
}

describe('the spot stage', () => {
	it('finds exact, loose, lower-case and acronym spans and says which spotter found each', () => {
		expect(spans('Shelling near Lypky and Lipky, then near zelenivka.')).toEqual([
			'Lypky (exact)',
			'Lipky (loose)',
			'zelenivka (lower-case)'
		]);
		expect(spans('The DPR said troops left Kharkivshchyna.')).toEqual([
			'DPR (acronym)',
			'Kharkivshchyna (colloquial-region)'
		]);
	});

	it('drops nothing: a span the classify stage would reject is still spotted', () => {
		// "Minister Dubky" is a person to the classify stage, but the span is the spot stage's output.
		expect(spans('Minister Dubky said so.')).toEqual(['Dubky (exact)']);
	});

	it('is a pure function of the text and the gazetteer', () => {
		const text = 'Shelling near Lypky and Kharkiv.';
		const spot = createSpotContext(text, gazetteer);
		const first = spotAll(spot);
		expect(spotAll(spot)).toEqual(first);
		expect(
			spotAt(
				spot,
				spot.tokens.findIndex((t) => t.raw === 'Kharkiv')
			)?.key
		).toBe('kharkiv');
	});

	it('reads a recurring word by its own cues each time (loose matches are kept per text)', () => {
		// "Lapka" sounds like Lypky: close enough after "near", not bare. Invented sentences.
		expect(spans('Reports named Lapka. Shelling near Lapka.')).toEqual(['Lapka (loose)']);
		expect(spans('Shelling near Lapka. Reports named Lapka.')).toEqual(['Lapka (loose)']);
		expect(spans('Reports named Lapka. Reports named Lapka.')).toEqual([]);
	});
});
