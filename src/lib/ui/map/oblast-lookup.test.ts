import { describe, expect, test } from 'vitest';
import { createOblastLookup, oblastKey } from './oblast-lookup';

function createOblasts() {
	return [
		{
			admin1Code: 'UA.05',
			name: 'Donetsk Oblast',
			label: 'Donetsk',
			nameLocal: 'Донецька область'
		},
		{ admin1Code: 'UA.26', name: 'Zaporizhzhya Oblast', label: 'Zaporizhzhya' }
	];
}

describe('oblast lookup', () => {
	test('matches the basemap name, the short label and spelling variants', () => {
		const lookup = createOblastLookup(createOblasts());
		expect(lookup('Donetsk Oblast')).toBe('UA.05');
		expect(lookup('donetsk')).toBe('UA.05');
		expect(lookup("Donets'k Region")).toBe('UA.05');
		expect(lookup('Донецька область')).toBe('UA.05');
		expect(lookup('Zaporizhzhya')).toBe('UA.26');
	});

	test('prefers a known admin1Code property and rejects unknown names', () => {
		const lookup = createOblastLookup(createOblasts());
		expect(lookup('Somewhere', 'UA.26')).toBe('UA.26');
		expect(lookup('Belgorod Oblast')).toBeNull();
		expect(lookup(null)).toBeNull();
		expect(lookup('Donetsk', 'XX.99')).toBe('UA.05');
	});

	test('the key ignores case, apostrophes and the word oblast', () => {
		expect(oblastKey("Luhans'k OBLAST")).toBe(oblastKey('Luhansk'));
	});
});
