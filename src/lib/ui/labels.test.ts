import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../core/contract';
import { placeLine, spellsName } from './labels';

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
