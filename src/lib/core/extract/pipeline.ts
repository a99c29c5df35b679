/**
 * The extraction pipeline: article → sentences → claimants → events → places → dates → the validated
 * claims FeatureCollection. Pure: the geocoder is passed in and called once on the whole shown text.
 */
import type {
	Alternative,
	ClaimCollection,
	ClaimFeature,
	ClaimProperties,
	EventType,
	Stance
} from '../contract';
import { SETTLEMENT_WORDS } from '../geocode/lexicon';
import type { Geocoder, ResolvedMention } from '../geocode/types';
import { buildClaimCollection } from '../geojson/build';
import { round6 } from '../geojson/round';
import { formatProblems, validateClaimCollection } from '../geojson/validate';
import { prepareArticle, type Article, type ArticleInput } from './article';
import { anaphoricPlaces, eventReferencePlaces, landmarkOf, landmarkPlaces } from './anaphora';
import {
	asContainer,
	isGovernment,
	withoutFarForeignNamesake,
	withoutForeignNearMiss
} from './containers';
import { attributeReport } from './attribution';
import { ASIDE_CUE_VERBS } from './claimant-vocabulary';
import { datelineLength, MONTH } from './claimants';
import { EMPTY_ENTITY_TABLE, type EntityTable } from './entities';
import { resolveEventDate } from './dates';
import { downingOf, findEvents, isDowning, type EventClaim } from './events';
import { furnitureKind } from './furniture';
import { heldSeatAsOblast } from './held-seats';
import { fnv1a64 } from './hash';
import { findItems } from './quantities';
import { selectIncidentPlaces } from './places';
import { splitSentences } from './sentences';
import { splitContrastClauses } from './clauses';
import { readStance } from './stance';

/** The program named in the `claimsmap.generator` member unless the caller names another. */
export const DEFAULT_GENERATOR = 'claimsmap-extract 0.1.0';

/** Options of an extraction run. */
export interface ExtractOptions {
	/** Written to `claimsmap.generator`. */
	generator?: string;
	/** Longest accepted input, in characters. */
	maxChars?: number;
	/** The claimant table (`geodata/claimants.tsv`); without it sides come from the text's words only. */
	entities?: EntityTable;
}

/**
 * The outcome of extracting one article. `text` is the article AS SHOWN (markup stripped): every
 * feature's `quote` equals `text.slice(quoteStart, quoteEnd)`.
 */
export type Extraction =
	| {
			kind: 'extracted';
			collection: ClaimCollection;
			text: string;
			article: Article;
			warnings: string[];
	  }
	| { kind: 'rejected'; reason: string };

type PlaceFields = Pick<
	ClaimProperties,
	| 'placeMention'
	| 'placeName'
	| 'gazetteerId'
	| 'admin1'
	| 'precision'
	| 'uncertaintyKm'
	| 'confidence'
	| 'alternatives'
> & { point: [number, number] | null };

/** The place fields of a claim that names no place (or one the geocoder could not resolve). */
function noPlace(): PlaceFields {
	return {
		placeMention: null,
		placeName: null,
		gazetteerId: null,
		admin1: null,
		precision: null,
		uncertaintyKm: null,
		confidence: 0,
		alternatives: [],
		point: null
	};
}

function placeFields(m: ResolvedMention | null): PlaceFields {
	if (!m) return noPlace();
	const r = m.resolution;
	const alternatives = (r.alternatives ?? [])
		.slice(0, 5)
		.map((a: Alternative) => ({ ...a, lon: round6(a.lon), lat: round6(a.lat) }));
	if (r.kind === 'unresolved')
		return { ...noPlace(), placeMention: m.mention.mention, alternatives };
	return {
		placeMention: m.mention.mention,
		placeName: r.place.name,
		gazetteerId: r.place.id,
		admin1: r.place.admin1,
		precision: r.precision,
		uncertaintyKm: Math.round(r.uncertaintyKm * 10) / 10,
		confidence: Math.round(Math.min(1, Math.max(0, r.confidence)) * 1000) / 1000,
		alternatives,
		point: [round6(r.place.lon), round6(r.place.lat)]
	};
}

/** How many sentences back "the village" may look for the village it means. */
const MAX_ANAPHORA_DISTANCE = 2;
/** How many sentences back a bare denial ("Kyiv denied this") may look for the claim it denies. */
const MAX_DENIAL_DISTANCE = 2;
/** "All five of the villages" counts its referents, so it may look a little further back. */
const MAX_COUNTED_ANAPHORA_DISTANCE = 5;
/**
 * A sentence that only says where the thing just claimed about was: "It was located near X", "The
 * depot was situated in the village of Y", "They were stationed outside Z".
 */
const LOCATES_BACK =
	/^\s*(?:it|they|this|these|the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:was|were|had\s+been|is|are)\s+(?:(?:reportedly|also)\s+)?(?:located|situated|based|stationed|deployed|positioned|hidden|housed)\s+(?:in|near|at|outside|on|close\s+to|not\s+far\s+from)\b/iu;

/**
 * A sentence that names the places of the claim before it ("Among the villages listed were X and
 * Y", "The villages listed were X and Y", "They include X"): where that claim happened.
 */
const NAMES_BACK =
	/^\s*(?:among\s+(?:the|them|those|these)\s+(?:(?:settlements|villages|towns|localities|places|areas)\s+(?:(?:named|mentioned|listed|cited|attacked|targeted|hit|shelled)\s+)?)?(?:are|were|is|was)\b|(?:the|these|those)\s+(?:settlements|villages|towns|localities|places)\s+(?:named|mentioned|listed|cited)\s+(?:are|were|include|included)\b|they\s+(?:include|included)\b)/iu;

/** A settlement word and a name after it ("the village of Dronka", "in the town of Dronka"). */
const SETTLEMENT_NAMED = new RegExp(
	`\\b(?:${[...SETTLEMENT_WORDS].join('|')})\\s+of\\s+(?=\\p{Lu})`,
	'gu'
);

/**
 * Whether `quote` (at `offset` in the text) names a settlement by a settlement word and a name that
 * no mention of `mentions` covers: a place the gazetteer lacks.
 */
function namesUnknownSettlement(
	quote: string,
	offset: number,
	mentions: readonly ResolvedMention[]
): boolean {
	for (const m of quote.matchAll(SETTLEMENT_NAMED)) {
		const at = offset + m.index + m[0].length;
		if (!mentions.some((x) => x.mention.start <= at && x.mention.end > at)) return true;
	}
	return false;
}

/**
 * The words a place heading may hold besides its place names: a date and time, settlement and
 * district words ("June 8, 01:50, Dubky village, Lypky district.").
 */
const HEADING_WORD = new RegExp(
	`^(?:\\d{1,4}(?:st|nd|rd|th)?|${MONTH}|village|villages|town|city|settlement|urban-type|district|region|oblast|raion|hromada|community|of|the|in|near|and|at|am|pm|a\\.m|p\\.m)$`,
	'i'
);
/** The most words a place heading holds. */
const HEADING_MAX_WORDS = 16;

/**
 * Whether `quote` (at `offset` in the text) is a place heading of a timeline: names and the words
 * of `HEADING_WORD` only, no verb ("June 8, 01:50, Dubky village, Lypky district."). The event told
 * in the next sentence happened there.
 */
function isPlaceHeading(
	quote: string,
	offset: number,
	mentions: readonly ResolvedMention[],
	from: number
): boolean {
	let rest = quote;
	for (
		let i = from;
		i < mentions.length && mentions[i].mention.start < offset + quote.length;
		i++
	) {
		const { start, end } = mentions[i].mention;
		rest = rest.slice(0, start - offset) + ' '.repeat(end - start) + rest.slice(end - offset);
	}
	const words = rest.split(/[\s,.;:()\-–—/]+/).filter((w) => w !== '');
	return quote.split(/\s+/).length <= HEADING_MAX_WORDS && words.every((w) => HEADING_WORD.test(w));
}

/** A relative clause in commas right before a verb of saying ("X, which borders Y, said"). */
const RELATIVE_ASIDE = new RegExp(
	`,\\s*(?:which|who|whose|where)\\s[^,;:.!?“”"]{1,100},(?=\\s*(?:(?:has|have|had|also)\\s+)*(?:${ASIDE_CUE_VERBS.join('|')})\\b)`,
	'u'
);

/** A participle with its agent ("controlled by Russia"): an event word describing a noun. */
const PARTICIPLE_BY = /^\p{L}+(?:ed|en|ld|ut)\s+by\s/u;
/** The characters PARTICIPLE_BY needs after an event word's start (a long word, "by" and a space). */
const PARTICIPLE_REACH = 40;

/** A word that makes a claimant an official of the place named in it. */
const OFFICIAL_WORD = /(?<![\p{L}])(?:officials?|head|chief|leader|governor|mayor)(?![\p{L}])/iu;

/** How many sentences back "It was located near X" may look for its claim (none between made one). */
const MAX_LOCATES_BACK_DISTANCE = 3;
/** How many sentences back "the dam" may look for the dam named with its place. */
const MAX_LANDMARK_DISTANCE = 4;
/** How many sentences back "the strike" may look for the strike it means (quotes and asides between). */
const MAX_EVENT_REFERENCE_DISTANCE = 6;

/** The distinct settlement-level places named in a sentence (from `from`, before `end`). */
function settlementsIn(
	text: string,
	mentions: readonly ResolvedMention[],
	from: number,
	end: number
): ResolvedMention[] {
	const found: ResolvedMention[] = [];
	for (let i = from; i < mentions.length && mentions[i].mention.start < end; i++) {
		const r = mentions[i].resolution;
		if (r.kind === 'unresolved' || !['settlement', 'near_settlement'].includes(r.precision))
			continue;
		// "Moscow denies it": a capital standing for its government is no city "the city" can mean.
		if (isGovernment(text, mentions[i])) continue;
		if (
			!found.some((f) => f.resolution.kind !== 'unresolved' && f.resolution.place.id === r.place.id)
		)
			found.push(mentions[i]);
	}
	return found;
}

/** How far back (in characters) the places that set a mention's country context may stand. */
const CONTEXT_CHARS = 600;

/**
 * The nearest finer-than-country place named confidently before mention `i`, close enough; with
 * `countries`, the nearest in one of them (a first name read as a town abroad sets no context).
 */
function contextPlace(
	mentions: readonly ResolvedMention[],
	i: number,
	countries: readonly string[] | null = null
): ResolvedMention | null {
	const at = mentions[i].mention.start;
	for (let j = i - 1; j >= 0 && at - mentions[j].mention.end <= CONTEXT_CHARS; j--) {
		const r = mentions[j].resolution;
		if (
			r.kind !== 'unresolved' &&
			r.precision !== 'country' &&
			r.confidence >= 0.8 &&
			(!countries || countries.includes(r.place.countryCode))
		)
			return mentions[j];
	}
	return null;
}

/** The countries of the war, whose places set the context of a namesake. */
const WAR_COUNTRIES = ['UA', 'RU'];

/** The country of `contextPlace`, or null. */
function contextCountry(mentions: readonly ResolvedMention[], i: number): string | null {
	const r = contextPlace(mentions, i)?.resolution;
	return r && r.kind !== 'unresolved' ? r.place.countryCode : null;
}

/** The mention right after mention `i` when it follows closely ("X, Testopol region"), or null. */
function nextClose(mentions: readonly ResolvedMention[], i: number): ResolvedMention | null {
	const next = mentions[i + 1];
	return next && next.mention.start - mentions[i].mention.end <= 40 ? next : null;
}

/** One key per distinct place, so a place named twice in a claim gives one feature. */
function placeKey(m: ResolvedMention): string {
	return m.resolution.kind === 'unresolved'
		? `mention:${m.mention.mention.toLowerCase()}`
		: m.resolution.place.id;
}

/**
 * Ties each place of a sentence to the event whose trigger comes nearest before it ("destroyed X near
 * A and captured B"); an event left without places ("shelled A and B, wounding three") shares them all
 * unless it does not share (`sharesPlaces`: a launch before a downing).
 */
function assignPlaces(
	events: readonly EventClaim[],
	places: readonly ResolvedMention[],
	sentenceStart: number
): ResolvedMention[][] {
	if (events.length === 1) return [[...places]];
	const assigned: ResolvedMention[][] = events.map(() => []);
	for (const place of places) {
		const at = place.mention.start - sentenceStart;
		let best = 0;
		let bestAnchor = -Infinity;
		events.forEach((event, e) => {
			for (const anchor of event.anchors)
				if (anchor <= at && anchor > bestAnchor) [best, bestAnchor] = [e, anchor];
		});
		assigned[best].push(place);
	}
	return assigned.map((own, e) => (own.length > 0 || !events[e].sharesPlaces ? own : [...places]));
}

/** Extracts the claims of one article as a validated FeatureCollection of the contract. */
export function extractClaims(
	input: ArticleInput,
	geocoder: Geocoder,
	options: ExtractOptions = {}
): Extraction {
	const prepared = prepareArticle(input, options.maxChars);
	if (prepared.kind === 'rejected') return prepared;
	const { article } = prepared;
	const warnings = [...prepared.warnings];
	const { text } = article;
	const whole = splitSentences(text);
	const sentences = splitContrastClauses(text, whole);
	// The published date tells the geocoder which fronts were active when the article was written.
	const mentions = [...geocoder.geocode(text, { date: article.published })].sort(
		(a, b) => a.mention.start - b.mention.start
	);
	const entities = options.entities ?? EMPTY_ENTITY_TABLE;
	const attributions = attributeReport(text, sentences, {
		table: entities,
		mentions,
		title: article.title,
		publisher: article.publisher
	});
	const features: ClaimFeature[] = [];
	let mentionIndex = 0;
	// The settlements of the latest sentence that named any: what "both villages" refers to.
	let recent: { sentence: number; places: ResolvedMention[] } = { sentence: -1, places: [] };
	/** Facilities named with their place ("the Testovo dam"), by sentence. */
	const landmarks: { sentence: number; noun: string; mention: ResolvedMention }[] = [];
	let landmarkFrom = 0;
	// The latest place heading of a timeline ("June 8, 01:50, Dubky village."): where the next
	// sentence's event happened.
	let heading: { sentence: number; places: ResolvedMention[] } = { sentence: -99, places: [] };
	// The places of the latest claim: what "the strike" of a later sentence refers to.
	let lastEvent: { sentence: number; places: ResolvedMention[] } = { sentence: -99, places: [] };
	// The events of the latest sentence that claimed any: what a bare denial ("Kyiv denied this") denies.
	let lastClaims: { sentence: number; events: (EventClaim & { stance: Stance })[] } = {
		sentence: -99,
		events: []
	};
	// A paragraph that a photo credit closes is a caption in every sentence ("A man walks past X.
	// AGENCY/Jane Roe").
	// Furniture (a caption, a byline) is told by the whole sentence, not by a clause of it.
	const wholeFurniture = whole.map((s) => furnitureKind(text.slice(s.start, s.end)));
	let w = 0;
	const furniture = sentences.map((s) => {
		while (whole[w].end < s.end) w++;
		return wholeFurniture[w];
	});
	const captionParagraphs = new Set<number>();
	for (const sentence of sentences) {
		const last = sentences[sentence.index + 1]?.paragraph !== sentence.paragraph;
		if (last && furniture[sentence.index] === 'caption') captionParagraphs.add(sentence.paragraph);
	}
	for (const sentence of sentences) {
		const quote = text.slice(sentence.start, sentence.end);
		const reading = readStance(quote);
		// "Air defence shot down 20 drones. Intercepts were recorded over A and B.": a downing that
		// names nothing downed downs what the sentence just before did.
		// Read only for such a downing, not for every sentence.
		const downedBefore = (): EventType | null => {
			if (sentence.index - lastClaims.sentence !== 1) return null;
			const types = new Set(
				lastClaims.events
					.filter((e) => isDowning(e.eventType) && !e.unnamedObject)
					.map((e) => e.eventType)
			);
			return types.size === 1 ? [...types][0] : null;
		};
		const found: (EventClaim & { stance: Stance })[] =
			furniture[sentence.index] || captionParagraphs.has(sentence.paragraph)
				? []
				: reading.parts.flatMap((part) =>
						findEvents(part.text).map((event) => {
							const before = event.unnamedObject ? downedBefore() : null;
							return { ...(before ? downingOf(event, before) : event), stance: part.stance };
						})
					);
		const deniesBack =
			found.length === 0 &&
			reading.refersBack &&
			sentence.index - lastClaims.sentence <= MAX_DENIAL_DISTANCE;
		// "Troops destroyed a depot. It was located near X": where the claim just made happened.
		const locatesBack =
			found.length === 0 &&
			!deniesBack &&
			sentence.index - lastClaims.sentence <= MAX_LOCATES_BACK_DISTANCE &&
			// Only a claim placed no finer than a region: one placed at a town needs no other place.
			!(
				lastEvent.sentence === lastClaims.sentence &&
				lastEvent.places.some(
					(m) =>
						m.resolution.kind !== 'unresolved' &&
						(m.resolution.precision === 'settlement' ||
							m.resolution.precision === 'near_settlement')
				)
			) &&
			(LOCATES_BACK.test(quote) || NAMES_BACK.test(quote));
		const reported =
			deniesBack || locatesBack
				? lastClaims.events.map((event) => ({
						...event,
						quantities: [],
						anchors: [0],
						sharesPlaces: true,
						stance: deniesBack ? ('denies' as const) : event.stance
					}))
				: found;
		if (found.length > 0) lastClaims = { sentence: sentence.index, events: found };
		while (mentionIndex < mentions.length && mentions[mentionIndex].mention.start < sentence.start)
			mentionIndex++;
		const named = settlementsIn(text, mentions, mentionIndex, sentence.end);
		const distance = sentence.index - recent.sentence;
		const referred = distance <= MAX_ANAPHORA_DISTANCE ? recent.places : [];
		const counted = distance <= MAX_COUNTED_ANAPHORA_DISTANCE ? recent.places : [];
		if (named.length > 0) recent = { sentence: sentence.index, places: named };
		if (
			found.length === 0 &&
			named.length > 0 &&
			isPlaceHeading(quote, sentence.start, mentions, mentionIndex)
		)
			heading = { sentence: sentence.index, places: named };
		while (
			landmarkFrom < landmarks.length &&
			sentence.index - landmarks[landmarkFrom].sentence > MAX_LANDMARK_DISTANCE
		)
			landmarkFrom++;
		// The facilities named before this sentence (read only when a claim needs a place).
		const landmarkEnd = landmarks.length;
		for (const m of named) {
			const noun = landmarkOf(text, m);
			if (noun) landmarks.push({ sentence: sentence.index, noun, mention: m });
		}
		// "An official in the region controlled by Russia blamed the strikes on Kyiv": an event word
		// inside the claimant's own words describes the speaker, not the claim.
		const speaking = attributions[sentence.index];
		const events =
			speaking.kind === 'attributed' && speaking.inSentence && !deniesBack && !locatesBack
				? reported.filter(
						(e) =>
							!e.anchors.every(
								(a) =>
									sentence.start + a >= speaking.start &&
									sentence.start + a < speaking.end &&
									PARTICIPLE_BY.test(quote.slice(a, a + PARTICIPLE_REACH))
							)
					)
				: reported;
		if (events.length === 0) continue;
		// A weapon's name ("Shahed drones") is never a place, whatever the gazetteer holds.
		const itemSpans = findItems(quote).map((i) => [
			sentence.start + i.start,
			sentence.start + i.end
		]);
		// A dateline ("CITY, Month D. /AGENCY/.") says where the report was filed, not where anything happened.
		const firstOfParagraph = sentence.start === 0 || text[sentence.start - 1] === '\n';
		const datelineEnd = sentence.start + (firstOfParagraph ? datelineLength(quote) : 0);
		// A source the claimant table names ("Vladimir Roe", "the Kyiv Independent") is no place,
		// whatever place name it holds.
		const sourceSpans = entities
			.find(quote)
			.filter((e) => e.row.match === 'name')
			.map((e) => [sentence.start + e.start, sentence.start + e.end]);
		const own: ResolvedMention[] = [];
		for (
			let i = mentionIndex;
			i < mentions.length && mentions[i].mention.start < sentence.end;
			i++
		) {
			const m = mentions[i].mention;
			if (
				m.start >= datelineEnd &&
				!itemSpans.some(([a, b]) => m.start < b && m.end > a) &&
				!sourceSpans.some(([a, b]) => m.start >= a && m.end <= b)
			)
				own.push(
					withoutFarForeignNamesake(
						withoutForeignNearMiss(asContainer(text, mentions[i]), contextCountry(mentions, i)),
						contextPlace(mentions, i, WAR_COUNTRIES),
						nextClose(mentions, i)
					)
				);
		}
		const attribution = attributions[sentence.index];
		const claimantSpan =
			attribution.kind === 'attributed' && attribution.inSentence
				? { start: attribution.start, end: attribution.end }
				: null;
		// "Officials in X, which borders Y, said": the relative clause describes the speaker's place.
		const aside = RELATIVE_ASIDE.exec(quote);
		const candidates = aside
			? own.filter(
					(m) =>
						m.mention.end <= sentence.start + aside.index ||
						m.mention.start >= sentence.start + aside.index + aside[0].length
				)
			: own;
		const places: ResolvedMention[] = [];
		const keys = new Set<string>();
		const decisions = selectIncidentPlaces(text, sentence, candidates, claimantSpan);
		for (const d of decisions) {
			if (d.kind !== 'incident' || keys.has(placeKey(d.mention))) continue;
			keys.add(placeKey(d.mention));
			places.push(d.mention);
		}
		// A denial that names no place denies the claim just reported, at its places ("dismissed
		// reports that troops had occupied the villages"), before any other referent.
		if (
			places.length === 0 &&
			events.some((e) => e.stance === 'denies') &&
			sentence.index - lastEvent.sentence <= MAX_DENIAL_DISTANCE
		)
			places.push(...lastEvent.places);
		if (places.length === 0 && heading.sentence === sentence.index - 1)
			places.push(...heading.places);
		if (places.length === 0)
			// Within the sentence, only the claimant's own place ("the mayor of X … the city") is a referent.
			places.push(
				...anaphoricPlaces(
					quote,
					sentence.start,
					referred,
					decisions
						.filter(
							(d) =>
								d.kind === 'excluded' &&
								d.reason === 'claimant' &&
								attribution.kind === 'attributed' &&
								attribution.claimantKind === 'office'
						)
						.map((d) => d.mention)
						.filter((m) => named.includes(m)),
					counted
				)
			);
		// "… the Testovo dam. Troops blew up the dam": the facility named before.
		if (places.length === 0)
			places.push(
				...landmarkPlaces(quote, sentence.start, landmarks.slice(landmarkFrom, landmarkEnd))
			);
		if (places.length === 0 && sentence.index - lastEvent.sentence <= MAX_EVENT_REFERENCE_DISTANCE)
			places.push(...eventReferencePlaces(quote, sentence.start, lastEvent.places));
		if (places.length === 0 && deniesBack) places.push(...lastEvent.places);
		// "The mayor of X said 31 people were killed": with no other place, the office's own place;
		// not when the sentence names its own place the gazetteer lacks ("in the village of Dronka").
		if (
			places.length === 0 &&
			!namesUnknownSettlement(quote, sentence.start, own) &&
			attribution.kind === 'attributed' &&
			(attribution.claimantKind === 'office' ||
				attribution.claimantKind === 'person' ||
				// "A Moscow-installed official in the X region": an official of no kind the table knows.
				(attribution.claimantKind === null && OFFICIAL_WORD.test(attribution.claimant)))
		) {
			const officePlaces = decisions
				.filter((d) => d.kind === 'excluded' && d.reason === 'claimant')
				.map((d) => d.mention)
				.filter((m) => m.resolution.kind !== 'unresolved' && m.resolution.precision !== 'country');
			if (officePlaces.length === 1) places.push(officePlaces[0]);
		}
		if (places.length > 0) lastEvent = { sentence: sentence.index, places: [...places] };
		const when = resolveEventDate(quote, article.published);
		const placesOf = assignPlaces(events, places, sentence.start);
		events.forEach((event, e) => {
			const claimId = fnv1a64(
				// An asserted claim keeps the id it had before stances existed.
				`${article.articleId}|${sentence.start}|${sentence.end}|${event.eventType}${event.stance === 'denies' ? '|denies' : ''}`
			);
			const own = placesOf[e];
			const side = attribution.kind === 'none' ? 'unattributed' : attribution.side;
			for (const found of own.length > 0 ? own : [null]) {
				const place = found && heldSeatAsOblast(text, quote, found, side, event.eventType);
				const { point, ...fields } = placeFields(place);
				const properties: ClaimProperties = {
					claimId,
					eventType: event.eventType,
					claimantSide: side,
					claimant: attribution.kind === 'none' ? null : attribution.claimant,
					attribution:
						attribution.kind === 'none'
							? null
							: {
									claimant: attribution.claimant,
									side: attribution.side,
									kind: attribution.claimantKind,
									basis: attribution.basis
								},
					stance: event.stance,
					summary: event.summary,
					quantities: event.quantities,
					quote,
					quoteStart: sentence.start,
					quoteEnd: sentence.end,
					...fields,
					eventDate: when.eventDate,
					datePrecision: when.datePrecision,
					articleId: article.articleId,
					articleTitle: article.title,
					publisher: article.publisher,
					url: article.url,
					published: article.published
				};
				features.push({
					type: 'Feature',
					id: fnv1a64(`${claimId}|${place ? placeKey(place) : 'none'}`),
					geometry: point ? { type: 'Point', coordinates: point } : null,
					properties
				});
			}
		});
	}
	if (features.length === 0) warnings.push('no claims found in the article');
	const collection = buildClaimCollection(features, {
		generator: options.generator ?? DEFAULT_GENERATOR,
		gazetteer: geocoder.gazetteerLabel
	});
	const check = validateClaimCollection(collection);
	if (!check.ok)
		throw new Error(`extraction produced an invalid collection:\n${formatProblems(check.errors)}`);
	return { kind: 'extracted', collection, text, article, warnings };
}
