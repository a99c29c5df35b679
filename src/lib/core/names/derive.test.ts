import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStems, colloquialRegionStems, derivedKeys, jAsY, nounForms } from './derive';
import { phoneticKey } from './phonetic';

describe('nounForms', () => {
	it('reads an -ivska/-ivskyi adjective back to the -ivka village and the -ivsk town', () => {
		expect(nounForms('dubrovivska')).toContain('dubrovivka');
		expect(nounForms('ozerianskyi')).toContain('ozeriansk');
	});

	it('reads a -chanska adjective back to a -chka name', () => {
		expect(nounForms('berestochanska')).toContain('berestochka');
	});

	it('reads Russian district adjectives back to their -ino, -ovo and -yki towns', () => {
		expect(nounForms('testinsky')).toContain('testino');
		expect(nounForms('probovsky')).toContain('probovo');
		expect(nounForms('dronuysky')).toContain('dronuyki');
	});

	it('leaves words that are not adjectives alone', () => {
		expect(nounForms('lypky')).toEqual([]);
	});
});

describe('derivedKeys', () => {
	it('splits compound adjectives into the two words of the name they come from', () => {
		const keys = derivedKeys('krasnoozersk');
		// "Krasnyi Ozer" / "Krasnyy Ozer" and every gender form share this phonetic key.
		expect(keys.map(phoneticKey)).toContain(phoneticKey('krasnyy ozer'));
		expect(derivedKeys('malodubivska').map(phoneticKey)).toContain(phoneticKey('mala dubivka'));
	});

	it('reads "j" written for the iotated letters as "y"', () => {
		expect(jAsY('kalje')).toBe('kalye');
		expect(derivedKeys('kalje')).toContain('kalye');
	});

	it('reads "sch" written for щ as "shch"', () => {
		expect(derivedKeys('lyschyn')).toContain('lyshchyn');
		expect(derivedKeys('lyshchyn')).not.toContain('lyshshchyn');
		expect(derivedKeys('lyschchyn').some((k) => k.includes('shshch'))).toBe(false);
	});

	it('offers the stem of a declined name', () => {
		expect(caseStems('dubrovnoi')).toEqual(['dubrovn']);
		expect(caseStems('ivanovom')).toEqual(['ivanov']);
		expect(caseStems('kyiv')).toEqual([]);
	});

	it('never returns the key itself and never throws', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{1,14}( [a-z]{1,10})?$/), (key) => {
				expect(derivedKeys(key)).not.toContain(key);
			})
		);
	});
});

describe('colloquialRegionStems', () => {
	it('reads a region named after its centre back to the centre’s name', () => {
		expect(colloquialRegionStems('ostrivshchyna')).toContain('ostriv');
		expect(colloquialRegionStems('ostrivshchyni')).toContain('ostriv');
		expect(colloquialRegionStems('bilyshchyna')).toContain('bilysk');
		expect(colloquialRegionStems('mostyshchyna')).toContain('mostysy');
		expect(colloquialRegionStems('dolynechchyna')).toContain('dolynetsk');
		expect(colloquialRegionStems('ostrychchyna')).toContain('ostrytsia');
	});

	it('leaves every other word alone', () => {
		expect(colloquialRegionStems('ostrivka')).toEqual([]);
		expect(colloquialRegionStems('shchyna')).toEqual([]);
	});
});
