import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, normaliseName } from './normalise';
import { phoneticKey } from './phonetic';
import { nameSimilarity } from './similarity';
import { romanise, romaniseAll, ROMANISATION_SYSTEMS, russianReading } from './transliterate';

const CYRILLIC = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ';
const cyrillicWord = fc
	.array(fc.constantFrom(...CYRILLIC), { minLength: 2, maxLength: 12 })
	.map((letters) => letters.join(''));

describe('normaliseName', () => {
	it('is idempotent on any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
				const once = normaliseName(s);
				expect(normaliseName(once)).toBe(once);
			})
		);
	});

	it('is idempotent on name-like text with generic words', () => {
		const word = fc.constantFrom(
			'the',
			'village',
			'of',
			'region',
			'Kharkiv',
			"Kam'yans'ke",
			'Oblast',
			'city',
			'-',
			'Île'
		);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 8 }), (words) => {
				const once = normaliseName(words.join(' '));
				expect(normaliseName(once)).toBe(once);
			})
		);
	});

	it('folds case, diacritics, every apostrophe form and hyphens', () => {
		const forms = ["Kam'yans'ke", 'Kam’yans’ke', 'Kamʼyansʼke', 'Kamʹyansʹke', 'KAM`YANS`KE'];
		for (const f of forms) expect(normaliseName(f)).toBe('kamyanske');
		// The Greek numeral sign decomposes to a modifier prime: folded away on the first pass too.
		expect(normaliseName('Kam\u0374yans\u0374ke')).toBe('kamyanske');
		expect(normaliseName('\u0374')).toBe('');
		expect(normaliseName('Ivano-Frankivsk')).toBe('ivano frankivsk');
		expect(normaliseName('Kraków')).toBe('krakow');
	});

	it('drops generic words', () => {
		expect(normaliseName('the Kharkov region')).toBe('kharkov');
		expect(normaliseName('Kherson Oblast')).toBe('kherson');
		expect(normaliseName('village of Ruski Tyshki')).toBe('ruski tyshki');
		expect(normaliseName('Snake Island')).toBe('snake');
		expect(normaliseName('Krasnodar Krai')).toBe('krasnodar');
		expect(normaliseName('Primorskiy Kray')).toBe('primorskiy');
		expect(normaliseName('Region')).toBe('region');
	});

	it('keeps Cyrillic letters intact apart from case', () => {
		expect(foldName('Миколаїв')).toBe('миколаїв');
		expect(foldName('Йосипівка')).toBe('йосипівка');
	});
	it('reads Ukrainian and Russian words for reservoirs and canals as the English words', () => {
		expect(normaliseName('Lisove Vodoskhovyshche')).toBe(normaliseName('Lisove reservoir'));
		expect(normaliseName('Lisovoye Vodokhranilishche')).toBe('lisovoye reservoir');
		expect(normaliseName('Zorianyi Kanal')).toBe(normaliseName('Zorianyi Canal'));
		expect(normaliseName('Kanalne')).toBe('kanalne');
	});
	it('spells out power-plant abbreviations after a name, and reads "power station" as "power plant"', () => {
		const plant = 'ostriv nuclear power plant';
		expect(normaliseName('Ostriv Nuclear Power Plant')).toBe(plant);
		expect(normaliseName('Ostriv NPP')).toBe(plant);
		expect(normaliseName('Ostriv AES')).toBe(plant);
		expect(normaliseName('Ostriv nuclear power station')).toBe(plant);
		expect(normaliseName('Ostriv HPP')).toBe('ostriv hydroelectric power plant');
		expect(normaliseName('Ostrivska TETs')).toBe('ostrivska combined heat and power plant');
		// Only after a name: a word of its own stays, and so does a station that is not a power station.
		expect(normaliseName('Tes')).toBe('tes');
		expect(normaliseName('Ostriv railway station')).toBe('ostriv railway station');
	});
	it('reads the shorter names reports give a plant as its full name', () => {
		const plant = 'ostriv nuclear power plant';
		expect(normaliseName('Ostriv nuclear plant')).toBe(plant);
		expect(normaliseName('Ostriv nuclear facility')).toBe(plant);
		expect(normaliseName('Ostriv atomic power station')).toBe(plant);
		expect(normaliseName('Ostriv atomic station')).toBe(plant);
		const hydro = 'ostriv hydroelectric power plant';
		expect(normaliseName('Ostriv hydropower plant')).toBe(hydro);
		expect(normaliseName('Ostriv hydroelectric station')).toBe(hydro);
		// Other plants and words of their own keep their words.
		expect(normaliseName('Ostriv chemical plant')).toBe('ostriv chemical plant');
		expect(normaliseName('Atomic')).toBe('atomic');
	});
});

describe('romanisation', () => {
	it('romanises capitalised Cyrillic as well as folded', () => {
		expect(romanise('Мирне', 'ukrainian2010')).toBe('myrne');
		expect(romaniseAll('Харків')).toContain('kharkiv');
	});

	it('romanises under the Ukrainian national system', () => {
		expect(romanise('харків', 'ukrainian2010')).toBe('kharkiv');
		expect(romanise('євгенівка', 'ukrainian2010')).toBe('yevhenivka');
		expect(romanise('згурівка', 'ukrainian2010')).toBe('zghurivka');
	});

	it('romanises Ukrainian names under BGN/PCGN (1965), the spelling of older GeoNames names', () => {
		expect(romanise('люботин', 'bgnUkrainian')).toBe('lyubotyn');
		expect(romanise('миколаїв', 'bgnUkrainian')).toBe('mykolayiv');
		expect(romanise('запоріжжя', 'bgnUkrainian')).toBe('zaporizhzhya');
	});

	it('romanises Russian names under BGN/PCGN and common English forms', () => {
		expect(romanise('калиновское', 'bgnRussian')).toBe('kalinovskoye');
		expect(romanise('николаев', 'commonEnglish')).toBe('nikolaev');
		expect(romanise('запорожье', 'commonEnglish')).toBe('zaporozhye');
	});

	it('reads a Ukrainian name the Russian way by the regular correspondences', () => {
		expect(russianReading('зелений гай')).toBe('зеленый гай');
		expect(russianReading('петрівка')).toBe('петровка');
		expect(russianReading('андріївка')).toBe('андреевка');
		expect(russianReading('калинівське')).toBe('калиновское');
		expect(russianReading('харків')).toBe('харков');
		expect(russianReading('великий бурлук')).toBe('великий бурлук');
		expect(russianReading('левадне')).toBe('левадное');
		expect(russianReading('нове поле')).toBe('новое поле');
		expect(russianReading('веселе')).toBe('веселое');
		expect(russianReading('відрадне')).toBe('отрадное');
		expect(russianReading('вільне')).toBe('вольное');
		expect(russianReading('новосадове')).toBe('новосадовое');
		// A name with no Ukrainian spelling has no other reading.
		expect(russianReading('николаевка')).toBeNull();
	});

	it('also writes the Ukrainian "ія" as the English "ia" (Tavria, Oleksandria)', () => {
		expect(romaniseAll('Таврія')).toEqual(expect.arrayContaining(['tavriia', 'tavria']));
		expect(romaniseAll('Олександрія')).toContain('oleksandria');
	});

	it('indexes the Russian reading under the Russian systems (Zeleny Gay, Petrovka)', () => {
		expect(romaniseAll('Зелений Гай')).toEqual(
			expect.arrayContaining(['zelenyi hai', 'zeleny gay'])
		);
		expect(romaniseAll('Петрівка')).toEqual(expect.arrayContaining(['petrivka', 'petrovka']));
		expect(romaniseAll('Калинівське')).toContain('kalinovskoye');
	});

	it('produces Latin output for every Cyrillic word under every system', () => {
		fc.assert(
			fc.property(cyrillicWord, (w) => {
				for (const s of ROMANISATION_SYSTEMS) expect(romanise(w, s)).toMatch(/^[a-z]*$/);
			})
		);
	});

	it('gives the romanisations of a name one phonetic key (letter pairs that read as digraphs aside)', () => {
		const plain = cyrillicWord.filter((w) => !/[кзсцтшп][ьъ]*[гхсшч]/.test(w));
		fc.assert(
			fc.property(plain, (w) => {
				const keys = new Set(romaniseAll(w).map((r) => phoneticKey(normaliseName(r))));
				expect(keys.size).toBe(1);
			})
		);
	});
});

describe('phoneticKey', () => {
	const pairs: [string, string][] = [
		['Kharkov', 'Kharkiv'],
		['Yevgenovka', 'Yevhenivka'],
		['Maliye Prokhody', 'Mali Prokhody'],
		['Ruski Tyshki', 'Ruski Tyshky'],
		['Kalinovskoye', 'Kalynivske'],
		['Vysokoye', 'Vysoke'],
		['Dementiyevka', 'Dementiivka'],
		['Artemovsk', 'Artemivsk'],
		['Zaporozhye', 'Zaporizhzhia']
	];
	it.each(pairs)('%s meets %s', (a, b) => {
		expect(phoneticKey(normaliseName(a))).toBe(phoneticKey(normaliseName(b)));
	});

	it('keeps different names apart', () => {
		expect(phoneticKey('kharkiv')).not.toBe(phoneticKey('kherson'));
		expect(phoneticKey('donetsk')).not.toBe(phoneticKey('luhansk'));
	});
});

describe('nameSimilarity', () => {
	it('rates romanisation variants above unrelated names', () => {
		expect(nameSimilarity('shipilovka', 'shpylivka')).toBeGreaterThan(0.45);
		expect(nameSimilarity('hrakove', 'kharkiv')).toBeLessThan(0.3);
	});
});
