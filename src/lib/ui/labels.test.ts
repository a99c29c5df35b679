import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../core/contract';
import { createClaimFeature } from '../core/synthetic/feature';
import { attributionLine, placeLine, spellsName } from './labels';

function feature(placeMention: string, placeName: string, admin1: string | null): ClaimFeature {
	return {
		type: 'Feature',
		id: 'c1',
		geometry: { type: 'Point', coordinates: [36, 49] },
		properties: { placeMention, placeName, admin1 }
	} as unknown as ClaimFeature;
}

describe('placeLine', () => {
	it('names the place and its oblast', () => {
		expect(placeLine(feature('Kharkov', 'Kharkiv', 'Kharkiv Oblast'))).toBe(
			'Kharkiv, Kharkiv Oblast'
		);
		expect(placeLine(feature('Azovstal steel plant', 'Azovstal', 'Donetsk Oblast'))).toBe(
			'Azovstal, Donetsk Oblast'
		);
	});

	it('adds the text’s word when it is another name of the place', () => {
		expect(placeLine(feature('Artemovsk', 'Bakhmut', 'Donetsk Oblast'))).toBe(
			'Bakhmut (as “Artemovsk”), Donetsk Oblast'
		);
		expect(placeLine(feature('Novoselivka', 'Malynivka', null))).toBe(
			'Malynivka (as “Novoselivka”)'
		);
	});

	it('reads spellings of one name as the same name', () => {
		expect(spellsName('Yevgenovka', 'Yevhenivka')).toBe(true);
		expect(spellsName('Maliye Prokhody', 'Mali Prokhody')).toBe(true);
		expect(spellsName('Dzerzhinsk', 'Toretsk')).toBe(false);
	});
});

describe('attributionLine', () => {
	it('names the claimant with its side and the outlet apart', () => {
		const f = createClaimFeature({
			claimant: 'the invented general staff',
			claimantSide: 'ukraine',
			publisher: 'Invented Wire'
		});
		expect(attributionLine(f)).toBe(
			'Claimed by the invented general staff (Ukraine) · reported by Invented Wire'
		);
	});

	it('says a denial is denied by its claimant', () => {
		const f = createClaimFeature({
			claimant: 'the invented ministry',
			claimantSide: 'russia',
			stance: 'denies',
			publisher: null
		});
		expect(attributionLine(f)).toBe('Denied by the invented ministry (Russia)');
	});

	it('says when the text names no source', () => {
		const f = createClaimFeature({
			claimant: null,
			claimantSide: 'unattributed',
			attribution: null,
			publisher: null
		});
		expect(attributionLine(f)).toBe('No source named in the text');
	});
});
