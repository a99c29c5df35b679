/**
 * The shortcuts of the worst-shape speed work (a ninth round) against the straightforward
 * computations they replace: the same answer on every input tried, or the geocoder's output would
 * change.
 */
import { describe, expect, it } from 'vitest';
import { MATCH_STRENGTHS, type KeyHit } from '../gazetteer';
import { createRandom } from '../synthetic/random';
import { createFixtureGazetteer } from './fixture';
import { hasLatinLetter, referenceRelations } from './links';
import { BETWEEN_GAP, NEAR_GAP, OFFSET_PLACE_GAP, REFERENCE_GAP } from './lexicon';
import { findMentions, wantsSoundAlikes } from './mentions';
import { mentionFacts, namesCommunity } from './rank';
import { tokenise } from './tokens';

const gazetteer = createFixtureGazetteer();

describe('hasLatinLetter', () => {
	it('says what a search for a Latin letter in the slice says', () => {
		const random = createRandom(11);
		const alphabet = 'aZz, .;()-–—«»\'"0123456789\u00a0\t\nёЖß\u017f\u212a\u0130ıé@[`{';
		for (let n = 0; n < 2000; n++) {
			let text = '';
			const length = Math.floor(random() * 12);
			for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
			const from = Math.floor(random() * (length + 1));
			const to = from + Math.floor(random() * (length - from + 1));
			expect(hasLatinLetter(text, from, to)).toBe(/[A-Za-z]/.test(text.slice(from, to)));
		}
	});

	it('skips only gaps that no reference pattern matches', () => {
		// Every pattern `referenceRelations` tries needs a word: a gap without a Latin letter
		// matches none of them, whatever its punctuation, spaces or other scripts.
		const gaps = [
			', ',
			' ',
			'',
			' (',
			', — ',
			' – ',
			' ; ',
			',\u00a0',
			' \u017f \u212a \u0130 ',
			' ж ',
			' 12 '
		];
		for (const gap of gaps) {
			expect(hasLatinLetter(gap, 0, gap.length)).toBe(false);
			for (const pattern of [OFFSET_PLACE_GAP, BETWEEN_GAP, NEAR_GAP, REFERENCE_GAP])
				expect(pattern.test(gap)).toBe(false);
		}
		// A gap with a word still reads as a reference.
		expect(REFERENCE_GAP.test(', north of ')).toBe(true);
		expect(hasLatinLetter(', north of ', 0, 11)).toBe(true);
	});

	it('still finds the references of a text, and none in its comma list', () => {
		const text = 'Lypky, Dubky, Sadova, north of Bakhmut. Shelling hit Lypky near Dubky.';
		const found = findMentions(text, gazetteer);
		const relations = referenceRelations(found, tokenise(text), text).map((r) =>
			r.kind === 'references'
				? [found[r.reference].mention.mention, found[r.place].mention.mention, r.place]
				: [r.kind]
		);
		expect(relations).toEqual([
			['Bakhmut', 'Sadova', 2],
			['Dubky', 'Lypky', 4]
		]);
	});
});

describe('namesCommunity', () => {
	it("reads a feminine adjective as the regular expression /s'?ka$/ does", () => {
		for (const key of [
			'dubkivska',
			"dubkivs'ka",
			'ska',
			"s'ka",
			'sk',
			'ka',
			'dubkivsky',
			"s''ka",
			'skA'
		])
			for (const kind of [null, 'settlement'] as const)
				expect(namesCommunity(kind, '', key)).toBe(kind === null && /s'?ka$/.test(key));
		expect(namesCommunity('settlement', 'community', 'dubky')).toBe(true);
	});
});

describe('wantsSoundAlikes', () => {
	it('agrees with the tests it replaces on seeded lists of hits', () => {
		const random = createRandom(5);
		const places = Array.from({ length: gazetteer.size }, (_, i) => gazetteer.place(i));
		expect(places.some((p) => p.featureClass === 'A')).toBe(true);
		expect(places.some((p) => p.featureCode === 'ADM1')).toBe(true);
		for (let n = 0; n < 3000; n++) {
			const hits: KeyHit[] = [];
			const length = Math.floor(random() * 8);
			for (let k = 0; k < length; k++)
				hits.push({
					place: places[Math.floor(random() * places.length)],
					strength: MATCH_STRENGTHS[Math.floor(random() * MATCH_STRENGTHS.length)]
				});
			const straightforward =
				(hits.length < 5 || hits.every((h) => h.place.featureClass === 'A')) &&
				!hits.some((h) => h.strength === 'primary' && h.place.featureClass !== 'A') &&
				!hits.some((h) => h.place.featureCode === 'PCLI' || h.place.featureCode === 'ADM1');
			expect(wantsSoundAlikes(hits)).toBe(straightforward);
		}
	});
});

describe('mentionFacts', () => {
	it('holds each mention’s key, sentence and links', () => {
		const text =
			'Shelling of Lypky, Dubky (Kharkiv) and Sadova. Sadova, north of Bakhmut, and Dubky again.';
		const found = findMentions(text, gazetteer);
		expect(found.some((f) => f.qualifies !== undefined)).toBe(true);
		expect(found.some((f) => f.locates !== undefined)).toBe(true);
		const facts = mentionFacts(found);
		found.forEach((f, m) => {
			expect(facts.key[m]).toBe(f.key);
			expect(facts.sentence[m]).toBe(f.sentence);
			expect((facts.links[m] & 1) !== 0).toBe(f.qualifies !== undefined);
			expect((facts.links[m] & 2) !== 0).toBe(f.locates !== undefined);
		});
	});
});
