/**
 * Romanisation of Cyrillic names under the systems that English-language war reporting mixes:
 * Ukrainian national (2010), BGN/PCGN for Ukrainian (1965) and for Russian, and the loose "common English" forms that news
 * wires use (Nikolaev, Zaporozhye, Kalinovskoye). Input is folded (lower case) Cyrillic. A
 * Ukrainian name is also read the Russian way (Зелений Гай as Зеленый Гай, Петрівка as Петровка),
 * as Russian-language sources and their translations write villages that have no Russian name
 * of their own in the gazetteer.
 */

/** The romanisation systems the gazetteer indexes Cyrillic names under. */
export const ROMANISATION_SYSTEMS = [
	'ukrainian2010',
	'bgnUkrainian',
	'bgnRussian',
	'commonEnglish'
] as const;
export type RomanisationSystem = (typeof ROMANISATION_SYSTEMS)[number];

interface SystemTable {
	/** Letter → romanisation in any position. */
	base: Record<string, string>;
	/** Letter → romanisation at the start of a word. */
	initial: Record<string, string>;
	/** Letter → romanisation after a vowel, soft or hard sign. */
	afterVowel: Record<string, string>;
}

const COMMON_BASE: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	д: 'd',
	ж: 'zh',
	з: 'z',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ь: '',
	ъ: ''
};

const UKRAINIAN_2010: SystemTable = {
	base: {
		...COMMON_BASE,
		г: 'h',
		ґ: 'g',
		е: 'e',
		є: 'ie',
		и: 'y',
		і: 'i',
		ї: 'i',
		й: 'i',
		ю: 'iu',
		я: 'ia',
		ё: 'e',
		ы: 'y',
		э: 'e'
	},
	initial: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
	afterVowel: {}
};

/**
 * BGN/PCGN for Ukrainian (1965), GeoNames' older spellings: the national letters with y-glides
 * everywhere (ye, yi, y, yu, ya), as the national system writes them only at the start of a word.
 */
const BGN_UKRAINIAN: SystemTable = {
	base: { ...UKRAINIAN_2010.base, ...UKRAINIAN_2010.initial, ё: 'yo' },
	initial: {},
	afterVowel: {}
};

const BGN_RUSSIAN: SystemTable = {
	base: {
		...COMMON_BASE,
		г: 'g',
		ґ: 'g',
		е: 'e',
		ё: 'ye',
		и: 'i',
		й: 'y',
		ы: 'y',
		э: 'e',
		ю: 'yu',
		я: 'ya',
		і: 'i',
		ї: 'yi',
		є: 'ye'
	},
	initial: { е: 'ye' },
	afterVowel: { е: 'ye', ё: 'yo' }
};

const COMMON_ENGLISH: SystemTable = {
	base: {
		...COMMON_BASE,
		г: 'g',
		ґ: 'g',
		е: 'e',
		ё: 'yo',
		и: 'i',
		й: 'y',
		ы: 'y',
		э: 'e',
		ю: 'yu',
		я: 'ya',
		і: 'i',
		ї: 'i',
		є: 'ye'
	},
	initial: { е: 'ye' },
	// Wire services write Nikolaev, Zaporozhye, Kalinovskoye: "е" after a soft sign keeps its y.
	afterVowel: {}
};

const TABLES: Record<RomanisationSystem, SystemTable> = {
	ukrainian2010: UKRAINIAN_2010,
	bgnUkrainian: BGN_UKRAINIAN,
	bgnRussian: BGN_RUSSIAN,
	commonEnglish: COMMON_ENGLISH
};

const CYRILLIC_VOWELS = new Set('аеёиіїоуыэюяєъь');

/** Romanises Cyrillic text (folded to lower case first) under one system; other characters pass through. */
export function romanise(input: string, system: RomanisationSystem): string {
	const table = TABLES[system];
	const text = input.toLowerCase();
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		const prev = i > 0 ? text[i - 1] : ' ';
		const atStart = !/[\u0400-\u04ff]/.test(prev);
		let r: string | undefined;
		if (atStart) r = table.initial[c];
		else if (CYRILLIC_VOWELS.has(prev)) r = table.afterVowel[c];
		if (system === 'commonEnglish' && c === 'е' && (prev === 'ь' || prev === 'ъ')) r = 'ye';
		// The Ukrainian system writes зг as zgh so that it is not read as zh.
		if (system === 'ukrainian2010' && c === 'г' && prev === 'з') r = 'gh';
		out += r ?? table.base[c] ?? c;
	}
	return out;
}

/**
 * Ukrainian spellings: the letters і, ї, є, ґ or the apostrophe, or the endings -ий, -ське, -цьке
 * and the neuter adjective's -не, -ве, -ке, -ре, -ле after a consonant or vowel (Левадне, Широке).
 */
const UKRAINIAN_SPELLING = /[іїєґ'’ʼ]|(?:ий|[сц]ьке|[нвкрл]е)(?![а-яёіїєґ])/;

/** Ukrainian word parts and their regular Russian counterparts (Петрівка → Петровка, Харків → Харьков). */
const RUSSIAN_FORMS: readonly [RegExp, string][] = [
	[/([сц])ьк/g, '$1к'],
	[/([сц])ке(?![а-яёіїєґ])/g, '$1кое'],
	[/іївка(?![а-яёіїєґ])/g, 'еевка'],
	[/ївка(?![а-яёіїєґ])/g, 'евка'],
	[/івка(?![а-яёіїєґ])/g, 'овка'],
	[/ївск/g, 'евск'],
	[/івск/g, 'овск'],
	[/ів(?![а-яёіїєґ])/g, 'ов'],
	// Adjectives: Зелений → Зеленый, but Великий stays (Russian writes no ы after к, г, х, hushing ones).
	[/([^кгхжшчщц])ий(?![а-яёіїєґ])/g, '$1ый'],
	// Neuter adjectives: Левадне → Левадное, Широке → Широкое, Веселе → Веселое (not the noun поле).
	[/([нвкр]|(?<!по)л)е(?![а-яёіїєґ])/g, '$1ое'],
	// Word-initial від-, віль- are Russian от-, воль- (Відрадне → Отрадное, Вільне → Вольное).
	[/(^|[\s-])від/g, '$1от'],
	[/(^|[\s-])віль/g, '$1воль']
];

/**
 * A Ukrainian name (folded) spelled the Russian way by the regular correspondences (-івка →
 * -овка, -(і)ївка → -(е)евка, -івське → -овское, -ів → -ов, adjective -ий → -ый, neuter -не → -ное,
 * word-initial від-/віль- → от-/воль-; і, ї → и; є → е; ґ → г);
 * null when the name has no Ukrainian spelling to convert.
 */
export function russianReading(text: string): string | null {
	const lower = text.toLowerCase();
	if (!UKRAINIAN_SPELLING.test(lower)) return null;
	let word = lower;
	for (const [pattern, replacement] of RUSSIAN_FORMS) word = word.replace(pattern, replacement);
	return word.replace(/[іїєґ'’ʼ]/g, (c) =>
		c === 'і' || c === 'ї' ? 'и' : c === 'є' ? 'е' : c === 'ґ' ? 'г' : 'ъ'
	);
}

/**
 * Every distinct romanisation of folded Cyrillic text under the indexed systems (the national one
 * also with "ія" as "ia"), and of its Russian reading under the Russian ones (with "-yy" also as
 * the wires' "-y": Zeleny Gay).
 */
export function romaniseAll(text: string): string[] {
	const out = new Set<string>();
	let national = '';
	for (const system of ROMANISATION_SYSTEMS) {
		const roman = romanise(text, system);
		if (system === 'ukrainian2010') national = roman;
		out.add(roman);
	}
	// English texts write the Ukrainian "ія" as "ia" more often than the national "iia" (Tavria, Oleksandria).
	if (national.includes('iia')) out.add(national.replace(/iia/g, 'ia'));
	const russian = russianReading(text);
	if (russian !== null)
		for (const system of ['bgnRussian', 'commonEnglish'] as const) {
			const roman = romanise(russian, system);
			out.add(roman);
			out.add(roman.replace(/yy\b/g, 'y'));
		}
	return [...out];
}
