/**
 * Links between the mentions of a text once they are found: regions and countries that qualify
 * a place ("X, Kherson region"), places that only give a bearing for the place before them ("X,
 * north of Y"), a plural region word shared by a list ("Donetsk and Luhansk regions"), names that
 * the text uses as people ("Austin said") and names that it uses as rivers ("a bridge over the X").
 */
import {
	ACTOR_VERBS,
	AUXILIARIES,
	COMMON_WORDS,
	MATERIEL_WORDS,
	PERSON_OBJECT_VERBS,
	PERSON_POSSESSIONS,
	PERSON_TITLES,
	PERSON_VERBS,
	SHIP_WORDS,
	SPEECH_VERBS,
	STRIKE_AFTER
} from './lexicon';
import type { FoundMention } from './mentions';
import { joined, possessive, type Token } from './tokens';

const QUALIFIER_GLUE = new Set(['in', 'of', 'the']);

/** Whether mention b directly follows mention a as a list item ("X and Y", "X, Y", "X or Y"). */
function listed(a: FoundMention, b: FoundMention, tokens: Token[]): boolean {
	if (a.sentence !== b.sentence) return false;
	const between = tokens.slice(a.lastToken + 1, b.firstToken);
	if (between.length > 1 || !between.every((t) => t.folded === 'and' || t.folded === 'or'))
		return false;
	return between.length === 1 || /^\s*,\s*$/.test(tokens[b.firstToken].gapBefore);
}

/**
 * "Kalynivske, Kherson region", "Perevalsk of the Luhansk region", "Taganrog, Russia": a region,
 * district or country right after a place qualifies it (and the places listed with it). A bare
 * name after a comma at the end of a list ("Velyka Novosilka, Donetsk") or in brackets ("Marinka
 * (Donetsk)") is read as its region, or its city when the place it qualifies lies near that city.
 */
export function linkQualifiers(found: FoundMention[], tokens: Token[]): void {
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (p.sentence !== f.sentence || f.kind === 'settlement') continue;
		const between = tokens.slice(p.lastToken + 1, f.firstToken);
		if (!between.every((t) => QUALIFIER_GLUE.has(t.folded))) continue;
		const gapText = tokens
			.slice(p.lastToken + 1, f.firstToken + 1)
			.map((t) => t.gapBefore)
			.join(' ');
		if (/[.;:!?]/.test(gapText)) continue;
		const hasComma = gapText.includes(',') || gapText.includes('(');
		const isArea =
			f.kind === 'region' ||
			f.kind === 'district' ||
			f.hits.some((h) => h.place.featureCode === 'PCLI');
		const regionName = f.hits.some((h) => h.place.featureCode === 'ADM1');
		// "The Shevchenkivskyi district of Kharkiv": a district of a city (or of the oblast of that name).
		const districtOf =
			p.kind === 'district' &&
			!isArea &&
			between.length === 1 &&
			between[0].folded === 'of' &&
			f.hits.some((h) => h.place.featureClass === 'P');
		if (districtOf) f.bareQualifier = regionName;
		else if (!isArea) {
			if (!hasComma || !regionName || between.length > 0) continue;
			if (p.hits.some((h) => h.place.featureCode === 'ADM1' || h.place.featureCode === 'PCLI'))
				continue;
			const next = tokens[f.lastToken + 1];
			// "Velyka Novosilka, Donetsk" ends a list or a sentence; "Krasnohorivka (Donetsk)" closes.
			const closes = gapText.includes('(') && next !== undefined && /^\s*\)/.test(next.gapBefore);
			const endsList = !next || next.sentence !== f.sentence || /,/.test(next.gapBefore) || closes;
			const afterAnd = tokens[f.firstToken - 1]?.folded === 'and';
			if (!endsList || afterAnd) continue;
			// A bare name: the oblast or its city; the ranking decides from where the place it qualifies lies.
			f.bareQualifier = true;
		} else if (!hasComma && between.length === 0) continue;
		f.mention = { ...f.mention, qualifier: true };
		f.qualifies = p;
		p.qualifiers.push(f);
		// Back through the list, to its start or to a qualifier of an earlier place ("A, Donetsk,
		// B, Luhansk": Luhansk says where B is, not where A is), so each place is walked over once.
		for (
			let k = q - 2;
			k >= 0 &&
			listed(found[k], found[k + 1], tokens) &&
			found[k].kind === null &&
			found[k].qualifies === undefined;
			k--
		)
			found[k].qualifiers.push(f);
	}
}

/**
 * "Kharkiv's Shevchenkivskyi district": a place written in the possessive right before a district
 * says where the district is, as "the Shevchenkivskyi district of Kharkiv" does.
 */
export function linkPossessiveCities(found: FoundMention[], tokens: Token[]): void {
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (f.kind !== 'district' || p.kind !== null || p.qualifies || p.lastToken + 1 !== f.firstToken)
			continue;
		if (!possessive(tokens, p.lastToken) || !p.hits.some((h) => h.place.featureClass === 'P'))
			continue;
		p.mention = { ...p.mention, qualifier: true };
		p.qualifies = f;
		p.bareQualifier = p.hits.some((h) => h.place.featureCode === 'ADM1');
		f.qualifiers.push(p);
	}
}

/** "Donetsk and Luhansk regions": a plural region word covers every name listed before it. */
export function shareCollectiveCues(found: FoundMention[], tokens: Token[]): void {
	for (let m = found.length - 1; m > 0; m--) {
		const f = found[m];
		if (
			!f.mention.cue ||
			!/s$/.test(f.mention.cue) ||
			(f.kind !== 'region' && f.kind !== 'district')
		)
			continue;
		for (let k = m - 1; k >= 0; k--) {
			const prev = found[k];
			const between = tokens.slice(prev.lastToken + 1, found[k + 1].firstToken);
			const listed =
				between.every((t) => t.folded === 'and' || t.folded === 'or') && between.length <= 1;
			const comma = /^\s*,\s*$/.test(tokens[found[k + 1].firstToken].gapBefore) || listed;
			if (prev.kind !== null || prev.sentence !== f.sentence || !comma) break;
			prev.kind = f.kind;
			prev.mention = { ...prev.mention, cue: f.mention.cue };
		}
	}
}

/** Capitals and countries: the places whose names also stand for their governments. */
const SEATS_OF_POWER = /^(PPLC|PCLI)$/;

/**
 * Drops a capital or a country written as the subject or the object of a verb of saying or
 * deciding ("Moscow said", "Washington has pledged", "accused Kyiv of"): it names a government
 * that acts or is addressed, not a place. Other mentions of the same name stay.
 */
export function dropActors(found: FoundMention[], tokens: Token[]): FoundMention[] {
	return found.filter((f) => {
		if (f.kind !== null || f.mention.near) return true;
		if (!f.hits.some((h) => SEATS_OF_POWER.test(h.place.featureCode))) return true;
		const before = tokens[f.firstToken - 1];
		if (before && joined(tokens, f.firstToken) && ACTOR_VERBS.has(before.folded)) return false;
		let k = f.lastToken + 1;
		if (k < tokens.length && joined(tokens, k) && AUXILIARIES.has(tokens[k].folded)) k++;
		return !(k < tokens.length && joined(tokens, k) && ACTOR_VERBS.has(tokens[k].folded));
	});
}

/** Endings of East Slavic surnames (Zakharova, Shevchenko, Kovalchuk, Zelenskyy, Petrovych). */
const SURNAME = /(?:ova|eva|ov|ev|enko|chuk|yuk|uk|sky|skyy|skyi|skiy|ska|ich|ych|vich|ina|yna)$/;

/** In capitals an ordinary word ("IN", "NEAR") is no part of the name a title introduces. */
function ordinary(t: Token): boolean {
	return t.shouted && COMMON_WORDS.has(t.folded);
}

/** Drops names used as people anywhere in the text ("Austin said", then every "Austin"). */
export function dropPeople(found: FoundMention[], tokens: Token[]): FoundMention[] {
	const people = new Set<string>();
	const starts = new Set(found.map((f) => f.firstToken));
	// A capital or an oblast of that very spelling ("Kyiv said") stands for its government.
	const notable = (f: FoundMention) =>
		f.hits.some(
			(h) =>
				/^(PPLC|PPLA|ADM1|PCLI)$/.test(h.place.featureCode) &&
				(h.strength === 'primary' || h.strength === 'alternate' || h.strength === 'romanised')
		);
	const byFirst = new Map(found.map((f) => [f.firstToken, f]));
	// The names listed with a person are people too ("Putin, Shoigu and Gerasimov discussed";
	// "met Zaluzhnyi and Syrskyi"): capitalised words joined by commas and "and".
	const addList = (from: number, step: -1 | 1) => {
		for (let k = from; k >= 0 && k < tokens.length; k += step) {
			const t = tokens[k];
			const gap = step < 0 ? tokens[k + 1].gapBefore : t.gapBefore;
			if (!/^(?:\s+|\s*,\s*)$/.test(gap) || t.sentence !== tokens[from - step].sentence) break;
			if (t.folded === 'and' || t.folded === 'or') continue;
			const f = byFirst.get(k);
			// In capitals every word is capitalised: there only the mentions make the list.
			if (!t.capital || (t.shouted && !f)) break;
			if (f && f.kind === null && !notable(f)) people.add(f.key);
		}
	};
	for (const f of found) {
		if (f.kind !== null) continue;
		const prev = tokens[f.firstToken - 1];
		const next = tokens[f.lastToken + 1];
		const nextJoined = next !== undefined && joined(tokens, f.lastToken + 1);
		const saidAfter = nextJoined && PERSON_VERBS.has(next.folded);
		// "…,” said Syrskyi.": a speech verb after a quote or a comma puts its speaker after it;
		// "officials said Kupiansk came under fire" names a place.
		const saidBefore =
			prev &&
			SPEECH_VERBS.has(prev.folded) &&
			joined(tokens, f.firstToken) &&
			/[,"”’']\s*$/.test(prev.gapBefore) &&
			(!nextJoined || next.capital);
		// "Putin's spokesman".
		const owner =
			nextJoined && possessive(tokens, f.lastToken) && PERSON_POSSESSIONS.has(next.folded);
		// "Zelensky met Zaluzhnyi and Syrskyi".
		const metBefore = prev && PERSON_OBJECT_VERBS.has(prev.folded) && joined(tokens, f.firstToken);
		// "Maria Zakharova": one word right before a capitalised surname that names no place.
		const firstName =
			f.firstToken === f.lastToken &&
			nextJoined &&
			next.capital &&
			!starts.has(f.lastToken + 1) &&
			SURNAME.test(next.folded);
		if (notable(f)) continue;
		if (saidAfter || saidBefore || firstName || metBefore || owner) people.add(f.key);
		if (saidAfter) addList(f.firstToken - 1, -1);
		if (metBefore) addList(f.lastToken + 1, 1);
	}
	// Names introduced by a title elsewhere in the text are people too.
	for (let i = 1; i < tokens.length; i++) {
		if (!tokens[i].capital || !PERSON_TITLES.has(tokens[i - 1].folded) || ordinary(tokens[i]))
			continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			tokens[j + 1].capital &&
			joined(tokens, j + 1) &&
			!ordinary(tokens[j + 1])
		)
			j++;
		if (j > i || !tokens[i].initial) people.add(tokens[j].folded);
	}
	if (people.size === 0) return found;
	return found.filter((f) => f.kind !== null || f.mention.near || !people.has(f.key));
}

/** Whether token `k` may continue a list of names: a comma or a space before it, and "and", "or" or a capitalised word (in capitals, a mention) that is no materiel noun. */
function continuesList(tokens: Token[], k: number, starts: ReadonlySet<number>): boolean {
	const t = tokens[k];
	return (
		/^(?:\s+|\s*,\s*)$/.test(t.gapBefore) &&
		(t.folded === 'and' || t.folded === 'or' || (t.capital && (!t.shouted || starts.has(k)))) &&
		!MATERIEL_WORDS.has(t.folded)
	);
}

/**
 * For a token `k`, the first token from `k` on that ends the list of names running through it
 * within its sentence (`tokens.length` at the end). Each end is found once and remembered for
 * every token of the list: a list of n names costs n steps, not n² (every name of a long list
 * would otherwise walk to its end).
 */
function listEnds(tokens: Token[], starts: ReadonlySet<number>): (k: number) => number {
	const memo = new Int32Array(tokens.length).fill(-1);
	return (from: number) => {
		const path: number[] = [];
		let k = from;
		let end = -1;
		while (end < 0) {
			if (k < tokens.length && memo[k] >= 0) end = memo[k];
			else if (k >= tokens.length || !continuesList(tokens, k, starts)) end = k;
			else {
				path.push(k);
				// The list ends with its sentence.
				if (k + 1 < tokens.length && tokens[k + 1].sentence !== tokens[k].sentence) end = k + 1;
				else k++;
			}
		}
		for (const p of path) memo[p] = end;
		return end;
	};
}

/**
 * Drops names of weapons, vehicles, ships and units ("Bradley vehicles", "Grad, Uragan and Smerch
 * launchers", "the Azov and Kraken regiments"): a name, or a list of capitalised names, right before
 * such a noun. A capital, an oblast or a big regional centre stays ("Kyiv drones"), and so does "the
 * Kharkiv missile strike".
 */
export function dropMaterielNames(found: FoundMention[], tokens: Token[]): FoundMention[] {
	const drop = new Set<FoundMention>();
	const starts = new Set(found.map((f) => f.firstToken));
	const listEnd = listEnds(tokens, starts);
	for (const f of found) {
		if (f.kind !== null || f.mention.near) continue;
		// "The cruiser Moskva", "the landing ship Minsk": a ship named after a place, even a capital.
		const before = tokens[f.firstToken - 1];
		if (before && SHIP_WORDS.has(before.folded) && /^\s+$/.test(tokens[f.firstToken].gapBefore)) {
			drop.add(f);
			continue;
		}
		if (
			f.hits.some(
				(h) =>
					/^(PPLC|ADM1|PCLI)$/.test(h.place.featureCode) ||
					(h.place.featureCode === 'PPLA' && h.place.population >= 100_000)
			)
		)
			continue;
		// Through the rest of a list: "Grad, Uragan and Smerch" (in capitals, through mentions only).
		const k0 = f.lastToken + 1;
		const k = k0 < tokens.length && tokens[k0].sentence === f.sentence ? listEnd(k0) : k0;
		const noun = tokens[k];
		if (!noun || noun.sentence !== f.sentence || !/^\s+$/.test(noun.gapBefore)) continue;
		if (!MATERIEL_WORDS.has(noun.folded) || STRIKE_AFTER.has(tokens[k + 1]?.folded ?? '')) continue;
		drop.add(f);
	}
	return drop.size === 0 ? found : found.filter((f) => !drop.has(f));
}

/** A compass bearing as reports write it before "of" ("north", "south-east", "western"). */
const BEARING = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?';

/** What lies between a place and a reference point that only locates it ("Andriivka, south of Bakhmut", "Andriivka (south of Bakhmut)"). */
export const REFERENCE_GAP = new RegExp(
	`^\\s*[,(]?\\s*(?:(?:about|some|around)\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:km|kilometres|kilometers|miles)\\s+)?${BEARING}\\s+of\\s+(?:the\\s+)?$`,
	'i'
);

/**
 * What lies between a settlement and a place that only says it is near it ("the village of Stepove
 * near Avdiivka"); a reference only after a settlement or landmark ("Ukraine near Kharkov" is not).
 */
export const NEAR_GAP =
	/^\s+(?:near|outside|not\s+far\s+from)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$/i;

/** A bearing from a place ("north of", "south-east of the") anywhere in a stretch of text. */
const BEARING_OF = new RegExp(`\\b${BEARING}\\s+of\\s+`, 'i');

/**
 * Whether a bearing ("north of") is written in sentence `sentence` before offset `end`: the test
 * `BEARING_OF.test(text.slice(sentence start, end))`, with each sentence's first bearing searched
 * once (a sentence of n references would otherwise be searched n times from its start).
 */
function bearingsBefore(tokens: Token[], text: string): (sentence: number, end: number) => boolean {
	/** Character offsets where each sentence starts and ends (its next sentence's start). */
	const starts: number[] = [];
	for (const t of tokens) if (starts.length === t.sentence) starts.push(t.start);
	const first = new Map<number, RegExpExecArray | null>();
	return (sentence, end) => {
		const from = starts[sentence];
		let m = first.get(sentence);
		if (m === undefined) {
			m = BEARING_OF.exec(text.slice(from, starts[sentence + 1] ?? text.length));
			first.set(sentence, m);
		}
		// No bearing in the whole sentence: none before `end`. A match within the slice is one in
		// the whole sentence (both start at the sentence's start), so the first one decides, unless
		// it runs across `end`: then the slice itself is searched.
		if (m === null || from + m.index >= end) return false;
		if (from + m.index + m[0].length <= end) return true;
		return BEARING_OF.test(text.slice(from, end));
	};
}

/**
 * "Kozarovychi, north of Kyiv", "Stepove near Avdiivka": the second place only says where the first one is. It is marked as
 * a reference; the ranking still lets it pull the first place towards it. In a list of bearings
 * ("east of X, west of Y") no place locates another, so nothing is marked.
 */
export function markReferences(found: FoundMention[], tokens: Token[], text: string): void {
	const bearingBefore = bearingsBefore(tokens, text);
	for (let m = 1; m < found.length; m++) {
		const f = found[m];
		const p = found[m - 1];
		if (p.sentence !== f.sentence || p.mention.reference) continue;
		const gap = text.slice(p.mention.end, f.mention.start);
		const near =
			NEAR_GAP.test(gap) &&
			(p.kind === null || p.kind === 'settlement' || p.kind === 'landmark') &&
			p.hits.some((h) => h.place.featureClass === 'P' || h.place.featureClass === 'S');
		if (!near && !REFERENCE_GAP.test(gap)) continue;
		if (bearingBefore(p.sentence, p.mention.start)) continue;
		f.mention = { ...f.mention, reference: true };
	}
}

/** Words right before a name that make it a river: "a bridge over (the) X", "crossed the X", "the left bank of the X". */
const WATER_BEFORE =
	/(?:\bbridges?\s+(?:over|across)\s+(?:the\s+)?|\b(?:across|crossed|crossing|cross|crosses)\s+the\s+|\bbanks?\s+of\s+the\s+)$/i;

/** Words that may follow a river's name; a noun there ("the X border", "the X road") makes X a modifier. */
const AFTER_RIVER = new Set([
	'at',
	'near',
	'in',
	'into',
	'to',
	'toward',
	'towards',
	'and',
	'on',
	'from',
	'by',
	'between',
	'under',
	'south',
	'north',
	'east',
	'west'
]);

/** Gazetteer features whose names a river phrase may rightly hold: oblasts, countries, water bodies. */
const AREA_OR_WATER = /^(?:ADM1|PCLI|RSV|CNL|LK|BAY|SEA|STM|RGN)$/;

/**
 * Drops names the text uses as rivers ("a bridge over Dnipro", "crossed the Oskil"): the gazetteer
 * holds the towns named after them, not the rivers, and a town's point would be a confident wrong
 * location. Names that are regions, countries or water bodies in the gazetteer stay.
 */
export function dropWaterways(
	found: FoundMention[],
	tokens: Token[],
	text: string
): FoundMention[] {
	return found.filter((f) => {
		if (f.kind !== null || f.hits.some((h) => AREA_OR_WATER.test(h.place.featureCode))) return true;
		if (!WATER_BEFORE.test(text.slice(Math.max(0, f.mention.start - 40), f.mention.start)))
			return true;
		const next = tokens[f.lastToken + 1];
		const ends = !next || next.sentence !== f.sentence || /[,;:()]/.test(next.gapBefore);
		return !(ends || AFTER_RIVER.has(next.folded));
	});
}
