/**
 * Names derived from a place name by Slavic word formation, read backwards: an adjective
 * ("Dubrovivska school", "Ozerianskyi district", "Krasnoozersk direction") back to the noun
 * forms of the name it was made from ("dubrovivka", "ozeriansk", "krasnyi ozer"), and spellings
 * that write the Cyrillic й/я/ю/є with a "j" (German, Polish or Czech habit: "Kalje" → "kalye").
 * Every output is a candidate key, to be confirmed by the gazetteer (exactly or phonetically).
 */

/** Adjectival endings of Ukrainian and Russian, after the -sk- that makes an adjective of a name. */
const ADJECTIVE =
	/^(.*?)(s'?k)(yi|yy|iy|ij|ii|yj|i|y|a|e|ogo|oho|aya|oye|oe|ye|iye|aia|oi|yi|oho|ykh|ikh)?$/;

/** Compound first parts ("Krasno-", "Malo-") and the adjective they stand for, as a phonetic stem. */
const COMPOUND_PARTS: readonly [string, string][] = [
	['verkhnyo', 'verkhnii'],
	['verkhne', 'verkhnii'],
	['nyzhnyo', 'nyzhnii'],
	['nizhne', 'nyzhnii'],
	['chervono', 'chervonyi'],
	['krasno', 'krasnyi'],
	['velyko', 'velykyi'],
	['veliko', 'velykyi'],
	['staro', 'staryi'],
	['novo', 'novyi'],
	['malo', 'malyi'],
	['bilo', 'bilyi'],
	['belo', 'bilyi'],
	['chorno', 'chornyi'],
	['cherno', 'chornyi'],
	['sukho', 'sukhyi'],
	['zeleno', 'zelenyi'],
	['vysoko', 'vysokyi'],
	['dovho', 'dovhyi'],
	['kruto', 'krutyi'],
	['shyroko', 'shyrokyi'],
	['shiroko', 'shyrokyi']
];

/** Noun forms of one adjectival word: "ozerianskyi" → "ozeriansk", "ozerian"; "-ivska" → "-ivka". */
export function nounForms(word: string): string[] {
	const m = ADJECTIVE.exec(word);
	if (!m || m[1].length < 3) return [];
	const stem = m[1];
	const out = [stem + 'sk', stem];
	// Villages in -ivka/-ovka take adjectives in -ivskyi/-ovskaya ("Dubrovivska" → Dubrovivka).
	if (/[iyoe]v$/.test(stem)) out.push(stem + 'ka');
	// Names in -chka/-tka take adjectives in -chanska ("Berestochanska" → Berestochka).
	if (/(ch|ts|t|sh)an$/.test(stem) && stem.length > 5) out.push(stem.replace(/an$/, 'ka'));
	// Names in -ia/-ya take adjectives in -ivska after the stem ("Lozohirivska" → Lozohiria).
	if (/[iy]v$/.test(stem) && stem.length > 5) out.push(stem.replace(/[iy]v$/, 'ia'));
	// Russian towns in -ino/-ovo/-evo take -insky/-ovsky ("Testinsky" district → Testino), and
	// names in -yki/-ki take -ysky ("Testuysky" → Testuyki).
	if (/(?:in|ov|ev)$/.test(stem)) out.push(stem + 'o');
	if (/[aeiouy]$/.test(stem)) out.push(stem + 'ki');
	// Names in -e/-o take -ivska too ("Kamianska" → "kamianske").
	if (m[3] && m[3] !== 'e' && !/v$/.test(stem)) out.push(stem + 'ske');
	return out.filter((w) => w !== word);
}

/** Ukrainian names of a region after its centre, in any case: "Kharkivshchyna", "Donechchyni". */
const COLLOQUIAL_REGION = /^(.{3,}?)(shch|chch|shh)(?:yna|ina|yny|yni|ynu|ynoiu)$/;

/**
 * The names a colloquial region name may be made from: "kharkivshchyna" → "kharkiv", "sumshchyna" →
 * "sumy", "luhanshchyna" → "luhansk", "donechchyna" → "donetsk", "vinnychchyna" → "vinnytsia".
 * Empty for any other word.
 */
export function colloquialRegionStems(word: string): string[] {
	// Nearly every word lacks the suffix: two cheap tests before the pattern.
	const tail = word.slice(-9);
	if (!tail.includes('shch') && !tail.includes('chch') && !tail.includes('shh')) return [];
	const m = COLLOQUIAL_REGION.exec(word);
	if (!m) return [];
	const stem = m[1];
	// -цьк-/-ц- before the suffix become -чч-: Донецьк → Донеччина, Вінниця → Вінниччина.
	if (m[2] === 'chch') return [`${stem}tsk`, `${stem}tsia`, `${stem}tskyi`, `${stem}tsya`];
	return [
		...new Set([
			stem,
			`${stem}a`,
			`${stem}y`,
			`${stem}sk`,
			`${stem}sa`,
			`${stem}sy`,
			stem.replace(/n$/, 'ne')
		])
	];
}

/** Case endings of Ukrainian and Russian nouns as romanised ("u Dubrovni", "bilia Ivanova"). */
const CASE_ENDING = /^(.*[bcdfghklmnprstvz])(ia|iu|ya|yu|i|a|u|om|em|oi)$/;

/** The nominative a declined name may stand for: "dubrovni" → "dubrovn", "ivanova" → "ivanov". */
export function caseStems(word: string): string[] {
	const m = CASE_ENDING.exec(word);
	return m && m[1].length >= 4 ? [m[1]] : [];
}

/** Splits a compound adjective's first part off: "krasnoozer" → ["krasnyi", "ozer"]. */
function splitCompound(word: string): [string, string] | null {
	for (const [part, adjective] of COMPOUND_PARTS)
		if (word.startsWith(part) && word.length - part.length >= 4)
			return [adjective, word.slice(part.length)];
	return null;
}

/** "j" written for the Cyrillic iotated letters, as "y": "kunje" → "kunye", "zaporojie" untouched. */
export function jAsY(word: string): string {
	return word.replace(/([aeiouy]|^)j|j(?=[aeiou])/g, (_m, v: string | undefined) => `${v ?? ''}y`);
}

/**
 * Candidate keys derived from a normalised key: its last word read as an adjective (noun forms) or
 * as a declined noun (its stem), compound adjectives split into two words ("krasnoozersk" →
 * "krasnyi ozer"), and "j" as "y".
 * The key itself is not included.
 */
export function derivedKeys(key: string): string[] {
	const words = key.split(' ');
	const head = words.slice(0, -1);
	const tail = words[words.length - 1];
	const out = new Set<string>();
	const add = (w: string[]) => {
		const k = w.join(' ');
		if (k !== key) out.add(k);
	};
	const tails = [tail, ...nounForms(tail), ...caseStems(tail)];
	const jy = jAsY(tail);
	if (jy !== tail) tails.push(jy, ...nounForms(jy));
	// "Moschun": a German habit writes щ as "sch" where English writes "shch".
	const shch = tail.replace(/(?<!s)sch(?!ch)/g, 'shch');
	if (shch !== tail) tails.push(shch);
	for (const t of tails) {
		add([...head, t]);
		const split = splitCompound(t);
		if (split) {
			add([...head, ...split]);
			for (const noun of nounForms(split[1])) add([...head, split[0], noun]);
		}
	}
	return [...out];
}
