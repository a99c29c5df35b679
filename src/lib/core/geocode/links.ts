/**
 * Stage 4, link: the relations between the mentions of a text once they are found: regions and
 * countries that qualify a place ("X, Kherson region"), a city that says where a district is,
 * places that only give a bearing for the place before them ("X, north of Y") and a plural region
 * word shared by a list ("Donetsk and Luhansk regions"). Each builder is pure: it reads mentions and
 * returns typed relations; `withRelations` makes new mentions that carry them.
 */
import type { KeyHit } from '../gazetteer';
import type { FoundMention } from './mentions';
import { possessive, type Token } from './tokens';
import { REGION_WORDS } from './cues';
import {
	AREA_PART_WORDS,
	BEARING,
	BORDER_WORDS,
	HAS_DISTANCE,
	BETWEEN_GAP,
	BETWEEN_PAIR_GAP,
	LIST_OPENING_GAP,
	DISTRICT_KIND_ADJECTIVES,
	DISTRICT_WORDS,
	MAX_REGION_ADJECTIVES,
	NEAR_GAP,
	OFFSET_BEFORE,
	OFFSET_LOOKBACK,
	OFFSET_PLACE_GAP,
	PARALLEL_PREPOSITIONS,
	QUALIFIER_GLUE,
	LIST_WORDS,
	REFERENCE_GAP,
	SETTLEMENT_DESCRIBERS,
	SETTLEMENT_WORDS
} from './lexicon';
import type { PlaceMention } from './types';

/**
 * A copy of a mention with some fields changed: links never change a mention in place. Written with
 * Object.assign, which stays fast where object spread is lowered to a helper.
 */
function copied(m: PlaceMention, changes: Partial<PlaceMention>): PlaceMention {
	return Object.assign({}, m, changes);
}

/** Whether mention b directly follows mention a as a list item ("X and Y", "X, Y", "X or Y"). */
function listed(a: FoundMention, b: FoundMention, tokens: Token[]): boolean {
	if (a.sentence !== b.sentence) return false;
	// The words between, read in place: lists ask this of every pair of neighbours.
	const between = b.firstToken - a.lastToken - 1;
	if (between > 1) return false;
	if (between === 1) return andOr(tokens[a.lastToken + 1]);
	return /^\s*,\s*$/.test(tokens[b.firstToken].gapBefore);
}

/** Whether a token is "and" or "or". */
function andOr(t: Token): boolean {
	return t.folded === 'and' || t.folded === 'or';
}

/**
 * A relation between two mentions of a text (indices into its mentions), as the link stage reads
 * the words between them. The stage only returns relations; `withRelations` makes the mentions
 * that carry them, as new objects.
 */
export type Relation =
	/** A plural region word after a list covers the names before it ("Donetsk and Luhansk regions"). */
	| { kind: 'sharesCue'; from: number; to: number }
	/** A list opened by a plural region word ("eight oblasts – A, B and C") is a list of regions. */
	| { kind: 'listOfRegions'; word: string; to: number }
	/** A region, district, country or bare name right after a place says where it is (and where the places listed with it are). */
	| {
			kind: 'qualifies';
			qualifier: number;
			place: number;
			bare: boolean | undefined;
			listed: number[];
			/** The qualifier is the city the place, a district, is part of ("the X district of Y"). */
			cityOfDistrict: boolean;
	  }
	/** The city a district is part of: "the X district of Kharkiv", "Kharkiv's X district". */
	| { kind: 'districtOf'; city: number; district: number; bare: boolean }
	/** A place that only gives a bearing for the place before it ("X, north of Y"). */
	| { kind: 'references'; reference: number; place: number }
	/** An area named as the other side of a border ("near the border with the Y region"). */
	| { kind: 'bordersOn'; area: number };

/**
 * Whether the words between a place and a later mention let the mention qualify it: glue alone
 * ("in", "of the"), or "in the <describing words> region of" before a region.
 */
function qualifierGap(
	between: readonly Token[],
	p: FoundMention,
	f: FoundMention,
	gapBefore: string
): boolean {
	if (between.every((t) => QUALIFIER_GLUE.has(t.folded))) return true;
	// "Lypove village, Kherson region": the place's own kind word, then (after a comma) the qualifier.
	if (
		between.length === 1 &&
		f.kind !== null &&
		SETTLEMENT_WORDS.has(between[0].folded) &&
		/[,(]/.test(gapBefore)
	)
		return true;
	// "X, Y district, Z region" or "Y urban district, Z region": a district's own word, then its region.
	const word = between.at(-1)?.folded;
	if (
		p.kind === 'district' &&
		f.kind === 'region' &&
		word !== undefined &&
		DISTRICT_WORDS.has(word) &&
		between.slice(0, -1).every((t) => DISTRICT_KIND_ADJECTIVES.has(t.folded)) &&
		between.length <= 2 &&
		/[,(]/.test(gapBefore)
	)
		return true;
	const n = between.length;
	if (f.kind !== 'region' || n < 2 || between[0].folded !== 'in') return false;
	// "X, in the south-east corner of the Y region": a part of the region holds X.
	if (partOfArea(between)) return true;
	// "X in the eastern Y region": describing words before the region's name.
	if (between[n - 1].folded !== 'of') return describing(between.slice(1));
	if (n < 3 || !REGION_WORDS.has(between[n - 2].folded)) return false;
	return describing(between.slice(1, n - 2));
}

/** "in the south-east corner of the": describing words, a part of an area, "of" and "the" at most. */
function partOfArea(between: readonly Token[]): boolean {
	const k = between.findIndex((t) => t.folded === 'of');
	return (
		k >= 2 &&
		between[0].folded === 'in' &&
		AREA_PART_WORDS.has(between[k - 1].folded) &&
		describing(between.slice(1, k - 1)) &&
		between.slice(k + 1).every((t) => t.folded === 'the')
	);
}

/** Whether `words` are at most a few lower-case describing words, "the" aside ("the neighbouring eastern"). */
function describing(words: readonly Token[]): boolean {
	const middle = words.filter((t) => t.folded !== 'the');
	return (
		middle.length <= MAX_REGION_ADJECTIVES &&
		middle.every(
			(t) => !t.capital && !t.cyrillic && !QUALIFIER_GLUE.has(t.folded) && !LIST_WORDS.has(t.folded)
		)
	);
}

/** `areaCodes` bits: some hit is a country, some hit an oblast. */
const COUNTRY = 1;
const OBLAST = 2;

/** `areaCodes` by hits array: a name's hits are one array, and lists name the same places again. */
const AREA_CODES = new WeakMap<readonly KeyHit[], number>();

/**
 * Whether any of `hits` is a country (`COUNTRY`) or an oblast (`OBLAST`), once per array: a common
 * name has a hundred namesakes, each a place object to read.
 */
function areaCodes(hits: readonly KeyHit[]): number {
	let codes = AREA_CODES.get(hits);
	if (codes === undefined) {
		codes = 0;
		for (const h of hits) {
			if (h.place.featureCode === 'PCLI') codes |= COUNTRY;
			else if (h.place.featureCode === 'ADM1') codes |= OBLAST;
		}
		AREA_CODES.set(hits, codes);
	}
	return codes;
}

/**
 * "Dubkivka, Kherson region", "Lypove of the Luhansk region", "Sadovo, Russia": a region,
 * district or country right after a place qualifies it (and the places listed with it). A bare
 * name after a comma at the end of a list ("Velyka Lypka, Donetsk") or in brackets ("Sadove
 * (Donetsk)") is read as its region, or its city when the place it qualifies lies near that city.
 */
export function qualifierRelations(found: readonly FoundMention[], tokens: Token[]): Relation[] {
	const out: Relation[] = [];
	/** Which mentions are qualifiers so far: a list walks back to one. */
	const isQualifier: boolean[] = [];
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (p.sentence !== f.sentence || f.kind === 'settlement') continue;
		// "Counterattacks by Testland in the Testov region": a country lies in no region.
		if (p.kind === null && (areaCodes(p.hits) & COUNTRY) !== 0 && p.hits.length === 1) continue;
		// "Kyiv, Donetsk and Kherson oblasts": names that share one plural region word are peers.
		if (p.kind !== null && p.kind === f.kind && p.mention.cue === f.mention.cue && isPlural(f))
			continue;
		const between = tokens.slice(p.lastToken + 1, f.firstToken);
		// "The Shevchenkivskyi district of Kharkiv": a district of a city (or of the oblast of that
		// name); the district word may stand between when the name was spotted without it.
		const districtOf =
			p.kind === 'district' &&
			f.kind === null &&
			!f.hits.some((h) => h.place.featureCode === 'PCLI') &&
			between.length >= 1 &&
			between.length <= 2 &&
			between[between.length - 1].folded === 'of' &&
			(between.length === 1 || DISTRICT_WORDS.has(between[0].folded)) &&
			f.hits.some((h) => h.place.featureClass === 'P');
		if (!districtOf && !qualifierGap(between, p, f, tokens[f.firstToken].gapBefore)) continue;
		// Most qualifiers follow their place at once ("X, Y"): then the gap is the one before it.
		const gapText =
			f.firstToken === p.lastToken + 1
				? tokens[f.firstToken].gapBefore
				: tokens
						.slice(p.lastToken + 1, f.firstToken + 1)
						.map((t) => t.gapBefore)
						.join(' ');
		if (/[.;:!?]/.test(gapText)) continue;
		const hasComma = gapText.includes(',') || gapText.includes('(');
		const codes = areaCodes(f.hits);
		const isArea = f.kind === 'region' || f.kind === 'district' || (codes & COUNTRY) !== 0;
		const regionName = (codes & OBLAST) !== 0;
		let bare: boolean | undefined;
		if (districtOf) bare = regionName;
		else if (!isArea) {
			if (!hasComma || !regionName || between.length > 0) continue;
			if (areaCodes(p.hits) !== 0) continue;
			const next = tokens[f.lastToken + 1];
			// "Velyka Lypka, Donetsk" ends a list or a sentence; "Sadove (Donetsk)" closes.
			const closes = gapText.includes('(') && next !== undefined && /^\s*\)/.test(next.gapBefore);
			// A lower-case word other than "and"/"or" right after it ends the list too ("X, Sumy on
			// Monday"): no further place is listed.
			const lowerAfter =
				next !== undefined && !next.capital && next.folded !== 'and' && next.folded !== 'or';
			const endsList =
				!next || next.sentence !== f.sentence || /,/.test(next.gapBefore) || closes || lowerAfter;
			const afterAnd = tokens[f.firstToken - 1]?.folded === 'and';
			if (!endsList || afterAnd) continue;
			// A bare name: the oblast or its city; the ranking decides from where the place it qualifies lies.
			bare = true;
		} else if (!hasComma && between.length === 0) continue;
		isQualifier[q] = true;
		// Back through the list, to its start or to a qualifier of an earlier place ("A, Donetsk,
		// B, Luhansk": Luhansk says where B is, not where A is), so each place is walked over once.
		const listedBefore: number[] = [];
		for (
			let k = q - 2;
			k >= 0 &&
			listed(found[k], found[k + 1], tokens) &&
			(found[k].kind === null || found[k].kind === 'settlement') &&
			!isQualifier[k];
			k--
		)
			listedBefore.push(k);
		out.push({
			kind: 'qualifies',
			qualifier: q,
			place: q - 1,
			bare,
			listed: listedBefore,
			cityOfDistrict: districtOf
		});
	}
	return out;
}

/**
 * "Kharkiv's Shevchenkivskyi district": a place written in the possessive right before a district
 * says where the district is, as "the Shevchenkivskyi district of Kharkiv" does; `qualified` are the
 * relations found so far, which leave a qualifier out.
 */
export function possessiveCityRelations(
	found: readonly FoundMention[],
	tokens: Token[],
	qualified: readonly Relation[]
): Relation[] {
	const qualifiers = new Set(
		qualified.flatMap((r) => (r.kind === 'qualifies' ? [r.qualifier] : []))
	);
	const out: Relation[] = [];
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (
			f.kind !== 'district' ||
			p.kind !== null ||
			qualifiers.has(q - 1) ||
			p.lastToken + 1 !== f.firstToken
		)
			continue;
		if (!possessive(tokens, p.lastToken) || !p.hits.some((h) => h.place.featureClass === 'P'))
			continue;
		const bare = p.hits.some((h) => h.place.featureCode === 'ADM1');
		out.push({ kind: 'districtOf', city: q - 1, district: q, bare });
	}
	return out;
}

/**
 * "The Testov village of Lypka", "the Testov region border town of Lypka": a region's or city's
 * name before a settlement word and "of" says where the settlement lies, as "Lypka, Testov region"
 * does; `qualified` are the relations found so far, which leave a qualifier out.
 */
export function adjectiveQualifierRelations(
	found: readonly FoundMention[],
	tokens: Token[],
	qualified: readonly Relation[]
): Relation[] {
	const taken = new Set(
		qualified.flatMap((r) => (r.kind === 'qualifies' ? [r.qualifier, r.place] : []))
	);
	const out: Relation[] = [];
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (p.sentence !== f.sentence || taken.has(q - 1) || taken.has(q)) continue;
		if (p.kind !== null && p.kind !== 'region') continue;
		if (f.kind !== null && f.kind !== 'settlement') continue;
		const between = tokens.slice(p.lastToken + 1, f.firstToken);
		const n = between.length;
		// The region word of "the Testov region village of" may stand apart from the name.
		let k = p.kind === null && REGION_WORDS.has(between[0]?.folded ?? '') ? 1 : 0;
		while (k < n && SETTLEMENT_DESCRIBERS.has(between[k].folded)) k++;
		if (n - k !== 2 || !SETTLEMENT_WORDS.has(between[k].folded) || between[k + 1].folded !== 'of')
			continue;
		// "The" before the name: "the Testov village of", not "near Testov village of".
		if (tokens[p.firstToken - 1]?.folded !== 'the') continue;
		if (between.some((t) => /[,;:()]/.test(t.gapBefore))) continue;
		const areas = areaCodes(p.hits);
		const named = areas !== 0 || p.hits.some((h) => h.place.featureClass === 'P');
		if (!named) continue;
		out.push({
			kind: 'qualifies',
			qualifier: q - 1,
			place: q,
			bare: p.kind === null,
			listed: [],
			cityOfDistrict: false
		});
	}
	return out;
}

/**
 * Whether `b` follows `a` in one list of names a plural cue word covers: after a comma, a single
 * "and" or "or", or nothing at all ("Donetsk, Luhansk and Kharkiv regions").
 */
function sharesList(a: FoundMention, b: FoundMention, tokens: Token[]): boolean {
	const between = b.firstToken - a.lastToken - 1;
	if (between <= 0 || (between === 1 && andOr(tokens[a.lastToken + 1]))) return true;
	return /^\s*,\s*$/.test(tokens[b.firstToken].gapBefore);
}

/** Whether a mention's cue is a plural region or district word ("oblasts", "the regions of"). */
function isPlural(f: FoundMention): boolean {
	const cue = f.mention.cue;
	return cue !== null && cue !== undefined && /s(?: of)?$/.test(cue);
}

/** "Donetsk and Luhansk regions": a plural region word covers every name listed before it. */
export function collectiveCueRelations(
	found: readonly FoundMention[],
	tokens: Token[]
): Relation[] {
	const out: Relation[] = [];
	// The kind and cue each mention has once the relations so far are applied.
	const kinds = found.map((f) => f.kind);
	const cues = found.map((f) => f.mention.cue);
	for (let m = found.length - 1; m > 0; m--) {
		const f = found[m];
		const cue = cues[m];
		if (!cue || !/s$/.test(cue) || (kinds[m] !== 'region' && kinds[m] !== 'district')) continue;
		for (let k = m - 1; k >= 0; k--) {
			if (kinds[k] !== null || found[k].sentence !== f.sentence) break;
			if (!sharesList(found[k], found[k + 1], tokens)) break;
			kinds[k] = kinds[m];
			cues[k] = cue;
			out.push({ kind: 'sharesCue', from: m, to: k });
		}
	}
	// "The regions of Belgorod, Bryansk and Kursk": a plural region word before a list covers
	// every name listed after the first.
	for (let m = 0; m < found.length - 1; m++) {
		const f = found[m];
		const cue = cues[m];
		if (!cue || !/s of$/.test(cue) || (kinds[m] !== 'region' && kinds[m] !== 'district')) continue;
		for (let k = m + 1; k < found.length; k++) {
			if (kinds[k] !== null || found[k].sentence !== f.sentence) break;
			if (!sharesList(found[k - 1], found[k], tokens)) break;
			kinds[k] = kinds[m];
			cues[k] = cue;
			out.push({ kind: 'sharesCue', from: m, to: k });
		}
	}
	// "Attacks in eight oblasts – Sumy, Kharkiv and Kherson", "the regions: A, B": a plural region
	// word, then a dash, a colon or "including", then the list: every name of it is a region.
	for (let m = 0; m < found.length; m++) {
		if (kinds[m] !== null) continue;
		const plural = pluralRegionWordBefore(found[m], tokens);
		if (plural === null) continue;
		for (let j = m; j < found.length && found[j].sentence === found[m].sentence; j++) {
			if (j > m && (kinds[j] !== null || !sharesList(found[j - 1], found[j], tokens))) break;
			if ((areaCodes(found[j].hits) & OBLAST) === 0) break;
			kinds[j] = 'region';
			cues[j] = plural;
			out.push({ kind: 'listOfRegions', word: plural, to: j });
		}
	}
	// "Drones were downed over the Odesa region, and four over Mykolaiv and Kherson": bare oblast
	// names after the same preposition as a region named with its word are regions too.
	// One pass: the first region named with its word after each preposition, per sentence.
	let sentence = -1;
	const regionAfter = new Map<string, number>();
	for (let k = 0; k < found.length; k++) {
		if (found[k].sentence !== sentence) {
			sentence = found[k].sentence;
			regionAfter.clear();
		}
		const preposition = prepositionBefore(found[k], tokens);
		if (preposition === null) continue;
		if (kinds[k] === 'region' && cues[k] && !/s(?: of)?$/.test(cues[k] ?? '')) {
			if (!regionAfter.has(preposition)) regionAfter.set(preposition, k);
			continue;
		}
		const m = regionAfter.get(preposition);
		if (kinds[k] !== null || m === undefined) continue;
		// The names listed after it with it ("over A and B").
		let j = k;
		for (; j < found.length && found[j].sentence === sentence; j++) {
			if (j > k && (kinds[j] !== null || !sharesList(found[j - 1], found[j], tokens))) break;
			if ((areaCodes(found[j].hits) & OBLAST) === 0) break;
			kinds[j] = 'region';
			cues[j] = cues[m];
			out.push({ kind: 'sharesCue', from: m, to: j });
		}
		k = Math.max(k, j - 1);
	}
	return out;
}

/**
 * The plural region word a list opens with ("oblasts – ", "regions: ", "regions, including "), right
 * before a mention, or null.
 */
function pluralRegionWordBefore(f: FoundMention, tokens: Token[]): string | null {
	const first = tokens[f.firstToken];
	let before = tokens[f.firstToken - 1];
	let gap = first.gapBefore;
	if (before?.folded === 'including' && /^\s+$/.test(gap)) {
		gap = before.gapBefore;
		before = tokens[f.firstToken - 2];
		if (!/^\s*,?\s*$/.test(gap)) return null;
	} else if (!LIST_OPENING_GAP.test(gap)) return null;
	if (!before || before.sentence !== f.sentence) return null;
	return REGION_WORDS.has(before.folded) && /s$/.test(before.folded) ? before.folded : null;
}

/** The locative preposition right before a mention (past "the"), or null. */
function prepositionBefore(f: FoundMention, tokens: Token[]): string | null {
	let i = f.firstToken - 1;
	if (tokens[i]?.folded === 'the') i--;
	const word = tokens[i]?.folded;
	return word !== undefined && PARALLEL_PREPOSITIONS.has(word) && tokens[i].sentence === f.sentence
		? word
		: null;
}

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
 * Whether `text` holds a Latin letter from `from` to `to`. Every gap that makes a reference names a
 * word ("in", "near", "between", "of", "from"): a gap of punctuation and spaces alone, as between
 * the places of a comma-separated list, needs none of the patterns tried.
 */
export function hasLatinLetter(text: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		// Upper case to lower case by its bit; no other character lands on a to z so.
		const c = text.charCodeAt(k) | 0x20;
		if (c >= 0x61 && c <= 0x7a) return true;
	}
	return false;
}

/**
 * "Lypove, north of Kyiv", "Sadove near Dubky": the second place only says where the first one is.
 * It is a reference; the ranking still lets it pull the first place towards it. In a list of bearings
 * ("east of X, west of Y") no place locates another, so there is none.
 */
export function referenceRelations(
	found: readonly FoundMention[],
	tokens: Token[],
	text: string
): Relation[] {
	const bearingBefore = bearingsBefore(tokens, text);
	const out: Relation[] = [];
	/** Which mentions are references so far: a reference locates nothing after it. */
	const isReference = found.map((f) => f.mention.reference === true);
	for (let m = 1; m < found.length; m++) {
		const f = found[m];
		const p = found[m - 1];
		if (p.sentence !== f.sentence || isReference[m - 1]) continue;
		// No word between them: no pattern below can match (each needs one), so no gap to slice.
		if (!hasLatinLetter(text, p.mention.end, f.mention.start)) continue;
		const gap = text.slice(p.mention.end, f.mention.start);
		// "Some 60 km north of Dubky, in the town of Lypove": the offset's reference comes first.
		if (
			OFFSET_PLACE_GAP.test(gap) &&
			OFFSET_BEFORE.test(
				text.slice(Math.max(0, p.mention.start - OFFSET_LOOKBACK), p.mention.start)
			) &&
			f.kind !== 'region' &&
			f.kind !== 'district' &&
			f.hits.some((h) => h.place.featureClass === 'P')
		) {
			isReference[m - 1] = true;
			out.push({ kind: 'references', reference: m - 1, place: m });
			continue;
		}
		const pointLike =
			(p.kind === null || p.kind === 'settlement' || p.kind === 'landmark') &&
			p.hits.some((h) => h.place.featureClass === 'P' || h.place.featureClass === 'S');
		// "Lypove, which lies between Dubky and Sadove": both ends only say where Lypove is.
		if (pointLike && BETWEEN_GAP.test(gap)) {
			isReference[m] = true;
			out.push({ kind: 'references', reference: m, place: m - 1 });
			const n = found[m + 1];
			if (
				n &&
				n.sentence === f.sentence &&
				BETWEEN_PAIR_GAP.test(text.slice(f.mention.end, n.mention.start))
			) {
				isReference[m + 1] = true;
				out.push({ kind: 'references', reference: m + 1, place: m - 1 });
			}
			continue;
		}
		const near = NEAR_GAP.test(gap) && pointLike;
		if (!near && !REFERENCE_GAP.test(gap)) continue;
		// "East of Lypove, 18 km south-east of Dubky": a distance from the second place locates the
		// first, unless the first is itself an offset's reference ("2 km east of X, 3 km west of Y").
		if (
			bearingBefore(p.sentence, p.mention.start) &&
			!(
				HAS_DISTANCE.test(gap) &&
				!OFFSET_BEFORE.test(
					text.slice(Math.max(0, p.mention.start - OFFSET_LOOKBACK), p.mention.start)
				)
			)
		)
			continue;
		isReference[m] = true;
		out.push({ kind: 'references', reference: m, place: m - 1 });
	}
	return out;
}

/**
 * Adds `q` to `f`'s qualifiers in a new array of their number: the array `f` had may be another
 * mention's, and most places have one qualifier, where an array grown by a push keeps room for
 * seventeen through the rest of the run.
 */
function addQualifier(f: FoundMention, q: FoundMention): void {
	f.qualifiers = f.qualifiers.length === 0 ? [q] : [...f.qualifiers, q];
}

/** The mentions relation `r` writes to (not those it only reads). */
function writtenBy(r: Relation): number[] {
	switch (r.kind) {
		case 'sharesCue':
		case 'listOfRegions':
			return [r.to];
		case 'qualifies':
			return [r.qualifier, r.place, ...r.listed];
		case 'districtOf':
			return [r.city, r.district];
		case 'references':
			return [r.reference];
		case 'bordersOn':
			return [r.area];
	}
}

/**
 * The mentions with `relations` applied (the input is left as it was): cues shared, qualifiers and
 * the places they qualify tied to each other, references marked. A mention a relation writes to is
 * a new object; the others, most of a long list, are passed on as they are.
 */
export function withRelations(
	found: readonly FoundMention[],
	relations: readonly Relation[]
): FoundMention[] {
	// Every copy is made before any relation is applied, so that a mention points only at the
	// mentions returned. Each copy shares its mention's qualifiers until one is added
	// (`addQualifier`).
	const out = found.slice();
	for (const r of relations)
		for (const i of writtenBy(r)) if (out[i] === found[i]) out[i] = Object.assign({}, found[i]);
	for (const r of relations) {
		switch (r.kind) {
			case 'sharesCue':
				out[r.to].kind = out[r.from].kind;
				out[r.to].mention = copied(out[r.to].mention, { cue: out[r.from].mention.cue });
				break;
			case 'listOfRegions':
				out[r.to].kind = 'region';
				out[r.to].mention = copied(out[r.to].mention, { cue: r.word });
				break;
			case 'qualifies': {
				const q = out[r.qualifier];
				if (r.bare !== undefined) q.bareQualifier = r.bare;
				if (r.cityOfDistrict) q.cityOfDistrict = true;
				q.mention = copied(q.mention, { qualifier: true });
				q.qualifies = out[r.place];
				addQualifier(out[r.place], q);
				for (const k of r.listed) addQualifier(out[k], q);
				break;
			}
			case 'districtOf': {
				const city = out[r.city];
				city.mention = copied(city.mention, { qualifier: true });
				city.qualifies = out[r.district];
				city.bareQualifier = r.bare;
				city.cityOfDistrict = true;
				addQualifier(out[r.district], city);
				break;
			}
			case 'references':
				out[r.reference].mention = copied(out[r.reference].mention, { reference: true });
				out[r.reference].locates = out[r.place];
				break;
			case 'bordersOn':
				out[r.area].bordersOn = true;
				break;
		}
	}
	return out;
}

/**
 * "X near the border with the Y region", "along the Y border": an area named as the other side of a
 * border says where a place is not, so it is no region the place lies in nor a point it lies near.
 */
export function borderRelations(found: readonly FoundMention[], tokens: Token[]): Relation[] {
	const out: Relation[] = [];
	found.forEach((f, m) => {
		if (f.kind !== 'region' && f.kind !== 'district') return;
		let k = f.firstToken - 1;
		if (tokens[k]?.folded === 'the') k--;
		const glue = tokens[k]?.folded;
		const border = tokens[k - 1]?.folded;
		if ((glue === 'with' || glue === 'of') && border !== undefined && BORDER_WORDS.has(border))
			out.push({ kind: 'bordersOn', area: m });
	});
	return out;
}
