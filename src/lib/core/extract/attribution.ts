/**
 * Stage 3b, attribution through the report: who asserts each sentence, and how that was decided.
 *
 * - `explicit`: the sentence names the claimant and its own words give the side ("the Russian
 *   Defence Ministry said", "the Russian-installed head of X said", "the governor of Kursk region").
 * - `knowledge`: the sentence names the claimant and the claimant table gives the side ("Jane Roe
 *   said", where the table knows Jane Roe as an official of one side).
 * - `reference`: the sentence refers to a claimant ("he added", "the ministry said", "the governor
 *   said"), resolved to the one named before, or, for an office, to the holder for the place the
 *   sentence is about (an unmarked office of a place in Ukraine is Ukraine's, in Russia Russia's).
 * - `lead`: no cue in the sentence; the claim carries the claimant of the report's lead (a
 *   single-source report: a briefing, a General Staff update, an assessment retold) or of the
 *   sentences before it in the paragraph.
 *
 * A report with claimants of more than one side (wire copy) carries a claimant only within its
 * paragraph; its unsourced sentences stay `unattributed`, never a guess.
 */
import type { AttributionBasis, ClaimantKind, ClaimantSide } from '../contract';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../geocode/lexicon';
import type { ResolvedMention } from '../geocode/types';
import {
	BOTH_BELLIGERENTS,
	CUE_VERBS,
	EVIDENCE_NOUNS,
	HEADLINE_CUE_VERBS,
	OCCUPATION_MARKER,
	OCCUPATION_STATE,
	OFFICE_TITLE,
	OFFICE_REFERENCE,
	OWN_FORCES_GAIN,
	REFERENCE_SUBJECTS,
	RUSSIAN_HELD,
	VISUAL_EVIDENCE,
	WEB_DOMAINS,
	type ReferenceKind
} from './claimant-vocabulary';
import {
	claimantTerm,
	datelineLength,
	findCues,
	GENERIC_UNSOURCED,
	ownedByCountry,
	sideOfClaimant,
	type Cue
} from './claimants';
import { isGovernment } from './containers';
import { hasTrigger } from './events';
import type { EntityTable } from './entities';
import type { Sentence } from './sentences';
import { FALSE_WORDS } from './stance';
import { subsetOf } from './subset';

/** Who asserts a sentence. `start`/`end` (text offsets) delimit the claimant as written, wherever it is. */
export interface Attributed {
	kind: 'attributed';
	claimant: string;
	side: ClaimantSide;
	claimantKind: ClaimantKind | null;
	basis: AttributionBasis;
	start: number;
	end: number;
	/** True when the claimant is named inside this sentence (a place inside it names the source). */
	inSentence: boolean;
}

/** A sentence's attribution; `none` when nothing in the report names its source. */
export type SentenceAttribution = Attributed | { kind: 'none' };

/** What the discourse knows besides the sentences. */
export interface AttributionContext {
	table: EntityTable;
	/** Every place mention of the text, in order (any role): offices are resolved by place. */
	mentions: readonly ResolvedMention[];
	/** The article's title, when it is not part of the text. */
	title?: string | null;
	/** The outlet that published the text: a national outlet's unqualified "the ministry" is its country's. */
	publisher?: string | null;
}

/** A claimant met in the report. */
interface Speaker {
	claimant: string;
	side: ClaimantSide;
	kind: ClaimantKind | null;
	basis: AttributionBasis;
	start: number;
	end: number;
	/** The admin1 code and country of the place the speaker's office or statement is about. */
	region: string | null;
	country: string | null;
	/** Named, but neither its words nor the table say whose it is (side `other`). */
	unknown?: boolean;
	/** Quoted as said before the report's news ("X had said"): background, not one of its sources. */
	recalled?: boolean;
	/**
	 * Quoted only to be called false by the report ("Enemy propagandists claim X, but this is not
	 * true"): an aside, not one of its sources.
	 */
	disputed?: boolean;
}

/** Speaks for its own sentence only: background, or a voice the report quotes to refute. */
const aside = (s: Speaker) => Boolean(s.recalled || s.disputed);

/** One of the report's own sources: no outlet that relays, no unknown name, no aside. */
const ownSource = (s: Speaker) => s.kind !== 'outlet' && !s.unknown && !aside(s);

/** A claimant the report names as a spreader of falsehoods: "enemy propagandists", "Russian propaganda". */
const PROPAGANDA = /\bpropagand/i;

/** The report's own word that what was just quoted is false (the denials' words, stance.ts). */
const REFUTED = `(?:${FALSE_WORDS}|a\\s+fake|not\\s+the\\s+case)\\b`;
/** "…, but this is not true", "…, which is false" after the quoted words. */
const REFUTED_AFTER = new RegExp(
	`(?:\\b(?:but|however)\\s*,?\\s+(?:this|that|it|these\\s+claims?|such\\s+claims?|the\\s+claim)|,\\s*which)\\s+(?:is|was|are|were)\\s+(?:\\p{L}+ly\\s+)?${REFUTED}`,
	'iu'
);
/** A sentence that only calls the one before false: "This is not true.", "Such claims are lies." */
const REFUTED_NEXT = new RegExp(
	`^\\s*(?:this|that|it|these\\s+claims?|such\\s+claims?|the\\s+claim)\\s+(?:is|was|are|were)\\s+(?:\\p{L}+ly\\s+)?${REFUTED}`,
	'iu'
);

/** A cue verb in the past perfect or set back in time: "had said", "had previously stated", "earlier said". */
const RECALLED_BEFORE =
	/\b(?:had|previously|earlier)\s+(?:(?:previously|earlier|also|already|repeatedly)\s+)?$/i;

/** A place's holder by its country: Crimea and Sevastopol (UA.11, UA.20) are held by Russia since 2014. */
const RUSSIAN_HELD_ADMIN1 = new Set(['UA.11', 'UA.20']);
const KIND_PRIORITY: readonly ClaimantKind[] = [
	'person',
	'institution',
	'assessor',
	'office',
	'outlet'
];

function located(m: ResolvedMention) {
	return m.resolution.kind === 'unresolved' ? null : m.resolution.place;
}

function sideOfPlace(country: string | null, admin1: string | null): ClaimantSide | null {
	if (country === 'RU') return 'russia';
	if (country === 'UA') return admin1 && RUSSIAN_HELD_ADMIN1.has(admin1) ? 'russia' : 'ukraine';
	return null;
}

/** The index of the first mention that starts at or after `at` (mentions are sorted by start). */
function firstFrom(mentions: readonly ResolvedMention[], at: number): number {
	let lo = 0;
	let hi = mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (mentions[mid].mention.start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The located mentions inside [start, end), found by binary search so long texts stay linear. */
function placesIn(mentions: readonly ResolvedMention[], start: number, end: number) {
	const found: ResolvedMention[] = [];
	for (let i = firstFrom(mentions, start); i < mentions.length; i++) {
		const m = mentions[i];
		if (m.mention.start >= end) break;
		if (m.mention.end <= end && located(m)) found.push(m);
	}
	return found;
}

/** Offices that are many people: "he" is none of them. */
const COLLECTIVE_OFFICE =
	/(?<![\p{L}])(?:authorities|officials|administrations?|councils?|services?|police|rescuers|prosecutors)(?![\p{L}])/iu;

/** A claimant that is a nation by name ("Russia", "Kyiv", "Russian forces"), never a "he". */
function namesNation(claimant: string): boolean {
	return claimantTerm(claimant)?.tier === 'nation' && claimant.trim().split(/\s+/).length <= 2;
}

/** A military unit that speaks for itself: a brigade, a battalion, a regiment, an assault or drone unit. */
const UNIT_SPEAKER =
	/(?<![\p{L}])(?:brigades?|battalions?|regiments?|(?:assault|drone|reconnaissance)\s+(?:units?|groups?|detachments?|companies|company))(?![\p{L}])/iu;

const BACK_TO_UNIT =
	/(?<![\p{L}])the\s+(?:brigade|battalion|regiment|unit)(?![\p{L}])(?!\s+\p{Lu})/iu;

/** "a spokesman for the brigade", "an officer of the group": a body named before, by its noun. */
const BODY_OF =
	/(?<![\p{L}])(?:(?:for|of|from)\s+the\s+|the\s+(?=[\p{L}]+[’']s\b))(brigade|battalion|regiment|division|group|unit|ministry|army|military|command|administration|service|agency|force|forces)(?![\p{L}])/iu;
/** Words that describe an assessor by its trade ("American analysts", "the US-based think tank"). */
const ANALYSTS =
	/(?<![\p{L}])(?:analysts|experts|researchers|think[-\s]tank|military\s+bloggers?\s+at\s+the\s+institute)$/iu;
/** A bare name of one to three capitalised words ("Roe", "Jane Roe"). */
const BARE_NAME = /^\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){0,2}$/u;

/** A title in capitals and glue words right before a full name: "Spokesperson for the Testland Army Jane Roe". */
const TITLED_PERSON =
	/(?<![\p{L}])((?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the|and|to|at|in)\s+){2,16})(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
/** Words of a title among those capitals: the run names an office, not just a body. */
const TITLE_WORD =
	/(?<![\p{L}])(?:spokes\p{L}*|head|chief|commander|governor|mayor|minister|advis[eo]r|representative|director|secretary|deputy|officer)(?![\p{L}])/iu;

/** A full name and the title set after it between commas: "Jane Roe, an adviser to the ministry,". */
const INTRODUCED_PERSON =
	/(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+((?:an?|the)\s+[^,.;:!?]{3,100}?),/gu;

/** Words for people and sources that can say something ("residents", "a soldier", "witnesses"). */
const SOURCE_NOUN =
	/(?<![\p{L}])(?:residents?|locals|witness(?:es)?|fishermen|officials?|sources?|soldiers?|servicem[ae]n|troops|journalists?|reporters?|correspondents?|analysts?|experts?|bloggers?|commanders?|spokes\p{L}*|observers?|monitors?|volunteers?|activists?|medics?|doctors?|rescuers?|police|prosecutors?|investigators?|researchers?|minister|officer|general|colonel|chief|head|deputy|adviser|advisor|president|lawmakers?|mps?|eyewitness(?:es)?|survivors?|relatives|people)(?![\p{L}])/iu;
const MONTH_OR_DAY = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})$`, 'i');

/** Whether an unknown phrase names someone who can speak: a proper name, or a person or source noun. */
function looksLikeSource(phrase: string): boolean {
	if (SOURCE_NOUN.test(phrase)) return true;
	const words = phrase.split(/\s+/);
	// A proper name: capitalised words that are no month or day ("About it January 4th" is not).
	return words.some(
		(w, i) =>
			(i > 0 || words.length === 1 || /^\p{Lu}/u.test(words[1] ?? '')) &&
			/^\p{Lu}\p{Ll}/u.test(w) &&
			!MONTH_OR_DAY.test(w)
	);
}

/**
 * A named body as written without its article or country ("Ukraine's Azov brigade", "the Azov
 * brigade" → "azov brigade"), or null when what is left names nothing (no capital in it).
 */
function bodyKey(phrase: string): string | null {
	const rest = phrase
		.trim()
		.replace(/^(?:the\s+)?(?:(?:Ukraine|Russia)['’]s|Ukrainian|Russian)\s+/iu, '')
		.replace(/^the\s+/i, '');
	if (rest.split(/\s+/).length < 2 || !/\p{Lu}|\d/u.test(rest)) return null;
	return rest.toLowerCase().replace(/\s+/g, ' ');
}

/** The last word of a name ("Jane Roe" → "Roe"). */
function surnameOf(name: string): string {
	return name.trim().split(/\s+/).at(-1) ?? name;
}

/** How sure a place must be for an office's side to follow it rather than the official named before. */
const SURE_PLACE = 0.8;
/** An office named by its title alone ("the governor", "the head of the region"): the title word. */
const SAME_OFFICE =
	/^the\s+(?:regional\s+|local\s+|acting\s+)?(governor|mayor|head)\b(?:\s+of\s+the\s+(?:region|city|oblast|regional\s+administration|administration))?$/i;

/** A name that is a web address's: an outlet ("Testnews.net", "Newsline.ua"). */
const WEB_OUTLET = new RegExp(`^(?:the\\s+)?[\\p{L}\\d-]+\\.(?:${WEB_DOMAINS.join('|')})$`, 'iu');

/** Bodies with a name of their own ("the Air Force"), by the words an antecedent must contain. */
const SPECIFIC_BODY = /^the\s+(air force|navy|border guards?|national guard)$/i;

/** How many earlier speakers a reference looks back through ("he" is rarely further back). */
const SPEAKER_LOOKBACK = 40;

/** The latest of the last `SPEAKER_LOOKBACK` speakers that `wanted` accepts. */
function latest(speakers: readonly Speaker[], wanted: (s: Speaker) => boolean): Speaker | null {
	for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - SPEAKER_LOOKBACK); i--)
		if (wanted(speakers[i])) return speakers[i];
	return null;
}

/** What a phrase's own words and the table say of a claimant (no discourse). */
interface Identity {
	side: ClaimantSide | null;
	kind: ClaimantKind | null;
	basis: 'explicit' | 'knowledge';
	/** An office whose side depends on the place it is of ("the governor", "city authorities"). */
	office: boolean;
}

function identify(
	phrase: string,
	table: EntityTable,
	place: { country: string | null; admin1: string | null } | null
): Identity {
	if (GENERIC_UNSOURCED.test(phrase))
		return { side: 'unattributed', kind: null, basis: 'explicit', office: false };
	const found = table.find(phrase);
	const named = found.filter((m) => m.row.match === 'name');
	const titled = found.filter((m) => m.row.match === 'title');
	const officeWords = OFFICE_TITLE.test(phrase);
	if (OCCUPATION_MARKER.test(phrase))
		return {
			side: 'russia',
			kind: named[0]?.row.kind ?? (officeWords ? 'office' : null),
			basis: 'explicit',
			office: false
		};
	if (named.length > 0) {
		const best = [...named].sort(
			(a, b) => KIND_PRIORITY.indexOf(a.row.kind) - KIND_PRIORITY.indexOf(b.row.kind)
		)[0];
		return { side: best.row.side, kind: best.row.kind, basis: 'knowledge', office: false };
	}
	// "according to Testnews.net": a web outlet the table does not know relays, it does not claim.
	if (WEB_OUTLET.test(phrase.trim()))
		return { side: 'other', kind: 'outlet', basis: 'explicit', office: false };
	const term = claimantTerm(phrase);
	if (term?.tier === 'nation')
		return {
			side: term.side,
			kind: officeWords ? 'office' : null,
			basis: 'explicit',
			office: false
		};
	const placeSide = place ? sideOfPlace(place.country, place.admin1) : null;
	if ((officeWords || titled.length > 0 || term) && placeSide)
		return { side: placeSide, kind: 'office', basis: 'explicit', office: false };
	if (titled.length > 0)
		return {
			side: titled[0].row.side,
			kind: titled[0].row.kind,
			basis: 'knowledge',
			office: false
		};
	if (term) return { side: term.side, kind: 'institution', basis: 'knowledge', office: false };
	if (officeWords) return { side: null, kind: 'office', basis: 'explicit', office: true };
	return { side: null, kind: null, basis: 'explicit', office: false };
}

/** The reference kind of a subject that stands for a claimant, or null when it names one. */
function referenceKind(phrase: string): ReferenceKind | null {
	const key = phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
	const direct = REFERENCE_SUBJECTS.get(key);
	if (direct) return direct;
	if (OFFICE_REFERENCE.test(key)) return 'office';
	// "Geolocated footage published on Monday shows", "other maps showed": evidence without its author.
	const head = key.replace(
		/\s+(?:published|posted|released|shared|filmed|taken|geolocated|circulated|from|on|in)\b.*$/,
		''
	);
	if (
		/^(?:(?:the|this|that|these|those|other|additional|new|further|latest|recent|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(
			head
		) &&
		VISUAL_EVIDENCE.test(head.split(/\s+/).at(-1) ?? '') &&
		!/\p{Lu}/u.test(phrase.slice(0, head.length).replace(/^\p{Lu}/u, ''))
	)
		return 'document';
	// "Additional footage published on Monday", "the latest update": a document without its author.
	if (
		/^(?:the|this|that|these|additional|new|further|latest|a|an)\b/i.test(key) &&
		EVIDENCE_NOUNS.test(key) &&
		!/\p{Lu}/u.test(phrase.replace(/^\p{Lu}/u, ''))
	)
		return 'any';
	return null;
}

/** A country named as a title's topic before its source ("Ukraine, Jane Roe: …"). */
const TOPIC_KICKER = /^(?:Ukraine|Russia)\s*,\s*(?=\S)/u;

/** Splits a title into the source it names ("Governor: …", "… - General Staff"), if any. */
function titleSource(title: string): string | null {
	const statement =
		/^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|report|update|briefing|summary|message)\s+(?:by|of|from)\s+(.{2,100}?)\.?$/iu.exec(
			title.trim()
		);
	if (statement) return statement[1].trim();
	// "Governor: …" names a source; "Russians hit X with rockets: two killed" is a clause, no source.
	const prefix = /^([^:]{2,60}):\s/.exec(title);
	if (prefix && prefix[1].split(/\s+/).length <= 8 && !hasTrigger(prefix[1]))
		// "Ukraine, Jane Roe: …" (a topic, then the source, as some agencies title): the source.
		return prefix[1].replace(TOPIC_KICKER, '').trim();
	const suffix = /\s[-–—|]\s+([^-–—|]{2,60})$/.exec(title);
	// "… - 7 December 2024": a date names no source.
	if (suffix && suffix[1].trim().split(/\s+/).length <= 6 && !DATE_ONLY.test(suffix[1].trim()))
		return suffix[1].trim();
	// "Troops advance near X, reports the Institute", "…, says governor".
	const inverted = INVERTED_SOURCE.exec(title);
	if (inverted && inverted[1].trim().split(/\s+/).length <= 8) return inverted[1].trim();
	const according = /\baccording to\s+([^,;:]{2,60})$/i.exec(title);
	if (according) return according[1].trim();
	// "Russia says it repelled an attack near X": a headline led by its one source.
	const leading = LEADING_SOURCE.exec(title.trim());
	if (
		leading &&
		leading[1].split(/\s+/).length <= 6 &&
		!hasTrigger(leading[1]) &&
		!SECOND_VOICE.test(title.slice(leading[0].length))
	)
		return leading[1].trim();
	return null;
}

/** A headline's source after its speech verb, last ("…, says governor", "…, according to X"). */
const INVERTED_SOURCE = new RegExp(
	`,\\s*(?:${HEADLINE_CUE_VERBS.join('|')}|according to)\\s+([^,;:]{2,60})$`,
	'i'
);

/** A headline's source before its speech verb ("Russia says …", "UPDATE - Kyiv claims …"). */
const LEADING_SOURCE = new RegExp(
	`^(?:(?:update|breaking|live)\\s*\\d*\\s*[-–—:]\\s*)?([^,;:'"‘’“”]{2,50}?)\\s+(?:${HEADLINE_CUE_VERBS.join('|')})\\s+`,
	'iu'
);

/**
 * A second voice in a headline ("Ukraine says it took X, Russia insists …"): no one source leads.
 * The headline's verbs, those of insisting and denying, and two of replying ("counters",
 * "responds") that are no cue verbs.
 */
const SECOND_VOICE_VERBS = [
	...HEADLINE_CUE_VERBS,
	...subsetOf(CUE_VERBS, 'insists insisted denies denied'),
	'counters',
	'responds'
];
const SECOND_VOICE = new RegExp(`\\b(?:${SECOND_VOICE_VERBS.join('|')})\\b`, 'i');

/** A date alone ("7 December 2024", "Dec. 7", "2024-12-07"). */
const DATE_ONLY =
	/^(?:\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?|\p{L}+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u;

/**
 * The signature of an embedded post ("— Ministry of Defence 🇬🇧 (@SomeHandle) December 7, 2024"):
 * its author is the source of the post quoted above it.
 */
const POST_SIGNATURE =
	/[—–]\s*([^—–\n()@]{2,80}?)\s*\(@[A-Za-z0-9_]{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4})?\s*$/mu;

/** Flags (regional-indicator pairs) as the nation words the vocabulary knows. */
const FLAG_NATIONS: Readonly<Record<string, string>> = {
	GB: 'UK',
	UA: 'Ukrainian',
	RU: 'Russian',
	US: 'US'
};

/** A post author's name with a flag after it read as its nation ("Ministry of Defence 🇬🇧" → "UK Ministry of Defence"). */
function withFlagNation(name: string): string {
	let nation = '';
	const plain = name
		.replace(/([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu, (_, a: string, b: string) => {
			const code = String.fromCharCode(
				(a.codePointAt(0) ?? 0) - 0x1f1e6 + 65,
				(b.codePointAt(0) ?? 0) - 0x1f1e6 + 65
			);
			nation ||= FLAG_NATIONS[code] ?? '';
			return '';
		})
		.replace(/\s+/g, ' ')
		.trim();
	return nation ? `${nation} ${plain}` : plain;
}

/**
 * A source named outside the text's sentences (a title, a post's signature) as a speaker, when its
 * words or the table give it a side and it is no office of an unknown place; else null.
 */
function outsideSpeaker(claimant: string, table: EntityTable): Speaker | null {
	const identity = identify(claimant, table, null);
	if (!identity.side || identity.side === 'unattributed' || identity.office) return null;
	return {
		claimant,
		side: identity.side,
		kind: identity.kind,
		basis: identity.basis,
		start: -1,
		end: -1,
		region: null,
		country: null
	};
}

/**
 * A line that only says who reported what came before it: "This was announced by X", "The
 * information was reported in the summary of X".
 */
const SOURCE_AFTER =
	/^\s*(?:this|that|it|the\s+(?:\p{L}+\s+)?(?:statement|information|news|report|update|data))\s+(?:was|is|has\s+been)\s+(?:\p{L}+ly\s+)?(?:announced|reported|stated|published|posted|said|confirmed|written)\b/iu;

/**
 * A sentence that opens with the toll of an event told just before it ("At least five people were
 * wounded, regional prosecutors said."): its source is the event's.
 */
const TOLL_OPENING =
	/^\s*(?:(?:at\s+least|some|about|around|another|a\s+further)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|many|a\s+(?:man|woman|child|civilian|person))\s[^.;:]{0,80}?(?<![\p{L}])(?:killed|wounded|injured|hurt|dead|died)(?![\p{L}])/iu;
/** The day of a news event ("On Saturday", "overnight", "early Monday"): an event, not background. */
const EVENT_DAY = new RegExp(
	`(?<![\\p{L}])(?:(?:on|early|late)\\s+(?:${WEEKDAY_NAMES.join('|')})|overnight|last\\s+night|this\\s+morning|yesterday)(?![\\p{L}])`,
	'iu'
);
/** Background told as such: "has been shelled for months", "since 2014". */
const BACKGROUND_TENSE =
	/(?<![\p{L}])(?:(?:has|have|had)\s+been|for\s+(?:days|weeks|months|years)|since)(?![\p{L}])/iu;

/** An official written by title alone, with an article: "the Russian-backed mayor of the city". */
const UNNAMED_OFFICIAL = /^(?:[Tt]he|[Aa]n?)\s(?:(?!\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+).)*$/u;

/** A "Source: X" line, as news sites print under the lead of a retold report. */
const SOURCE_LINE =
	/^sources?\s*:\s*(.{2,120}?)(?:\s*,?\s+(?:on|in|via)\s+(?:telegram|facebook|twitter|x|its\s+website|the\s+website)\b.*|\s+quote\s*:.*|\s*\.?)$/is;

/** A wire agency saying it could not check what it reports: "Reuters could not independently verify …". */
const WIRE_COPY =
	/(?<![\p{L}])(?:Reuters|AFP|AP|The Associated Press|Associated Press)\s+(?:was|were|has\s+been|have\s+been|could|can|did)\s+(?:not\s+|unable\s+to\s+)(?:immediately\s+|independently\s+)*(?:verify|confirm)/u;
/**
 * A sentence that goes on with the claim before it, naming what it covered ("Among the villages
 * taken are X and Y", "They include Z", "The settlements are named as …", "Also captured were …",
 * "The other two attacks were near …"), or where what it downed came down ("Intercepts were
 * recorded over A and B", "Most of the drones were shot down over C"): the previous sentence's
 * source speaks in it, even across a paragraph break.
 */
const ELABORATION =
	/^\s*(?:(?:the\s+)?(?:intercepts|interceptions|downings|shoot-?downs)\s+(?:took\s+place|occurred|happened|were\s+(?:recorded|reported|registered))\b|(?:they|(?:most|all|some|many|half|the\s+rest|none)\s+of\s+(?:them|the\s+(?:drones|missiles|uavs|targets))|the\s+(?:[\p{L}-]+\s+)?(?:drones|missiles|uavs))\s+(?:were|was)\s+(?:(?:later|all|mostly|reportedly)\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b|among\s+(?:the|them|those|these)\b|(?:they|these|those)\s+(?:include|included|includes)\b|(?:the\s+)?(?:villages?|settlements?|towns?|localities|targets|sites)\s+(?:(?:captured|taken|liberated|seized|hit|struck|attacked|shelled|targeted|named|listed)\s+)?(?:include|included|includes|(?:are|were)\s+named)\b|also\s+(?:captured|taken|liberated|seized|hit|struck|attacked|shelled|targeted|downed|destroyed)\s+(?:were|was)\b|the\s+(?:other|remaining)\s+(?:[\p{L}\d-]+\s+)?(?:attacks?|assaults?|strikes?|drones?|missiles?|villages?|settlements?|ones)\b)/iu;

/**
 * What marks a sentence as the reporter's background rather than the news a source gives: a habit
 * or a state that has lasted ("routinely shell", "for months", "since 2014", "has long held").
 */
const BACKGROUND =
	/(?<![\p{L}])(?:routinely|regularly|frequently|often|constantly|for\s+(?:many\s+|several\s+)?(?:weeks|months|years)|since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)\b|the\s+(?:full-scale\s+)?invasion|last\s+year)|ha(?:s|ve)\s+long|long-(?:running|contested|held|disputed))(?![\p{L}])/iu;

/** A government's armed or defence body named by its kind ("the defence ministry", "the military"). */
const ARMED_BODY =
	/\b(?:ministry|mod|military|army|armed\s+forces|defen[cs]e\s+forces|air\s+force|navy|command|headquarters|brigade|group)\b/i;

/** A wire agency's dateline: "KYIV (Reuters) -", "MOSCOW, May 3 (AP) —". */
const WIRE_DATELINE = /\((?:Reuters|AFP|AP)\)/u;

/** An outlet relaying the source of a "Source:" line: "…, as reported by Outlet". */
const RELAYED_BY = /,?\s+as\s+(?:reported|cited|quoted|relayed)\s+by\s+.*$/is;
/** The document a "Source:" line names after its author: "X review dated 26 April", "X's update". */
const SOURCE_DOCUMENT =
	/(?:['’]s)?\s+(?:daily\s+|latest\s+|morning\s+|evening\s+)?(?:review|report|update|summary|statement|post|message|briefing|bulletin)\b.*$/is;

/** Offsets of quotations `[open, close)` in the text, paired within a paragraph. */
function quotations(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const re = /[“”"]|\n[^\S\n]*\n/g;
	let open = -1;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const c = m[0];
		// A blank line ends a paragraph and any quotation left open in it.
		if (c.startsWith('\n')) open = -1;
		else if (open < 0) {
			if (c !== '”') open = m.index;
		} else if (c !== '“') {
			spans.push([open, m.index + 1]);
			open = -1;
		} else open = m.index;
	}
	return spans;
}

/**
 * Whether paragraph `paragraph` (its sentences end before sentence `before`) leaves a quotation
 * open: it holds an odd number of straight quote marks, or more opening curly ones than closing.
 */
function openQuoteAtEnd(
	text: string,
	sentences: readonly Sentence[],
	paragraph: number,
	before: number
): boolean {
	let start = -1;
	let end = -1;
	for (let j = before - 1; j >= 0 && sentences[j].paragraph >= paragraph; j--)
		if (sentences[j].paragraph === paragraph) {
			start = sentences[j].start;
			if (end < 0) end = sentences[j].end;
		}
	if (start < 0) return false;
	const body = text.slice(start, end);
	const straight = (body.match(/"/g) ?? []).length;
	const opening = (body.match(/“/g) ?? []).length;
	const closing = (body.match(/”/g) ?? []).length;
	return straight % 2 === 1 || opening > closing;
}

/** Whether the paragraph that sentence `i` opens is one quotation from its first character. */
function wholeQuote(
	sentences: readonly Sentence[],
	i: number,
	spans: readonly [number, number][]
): boolean {
	let last = i;
	while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[i].paragraph)
		last++;
	const span = spans.find(([a]) => a === sentences[i].start);
	return span !== undefined && span[1] >= sentences[last].end - 1;
}

/** Whether the paragraph just before sentence `i` holds a quotation. */
function quotedBefore(
	sentences: readonly Sentence[],
	i: number,
	spans: readonly [number, number][]
): boolean {
	if (i === 0) return false;
	const paragraph = sentences[i - 1].paragraph;
	let first = i - 1;
	while (first > 0 && sentences[first - 1].paragraph === paragraph) first--;
	const start = sentences[first].start;
	const end = sentences[i - 1].end;
	return spans.some(([a, b]) => a >= start && b <= end);
}

/** Attributes every sentence of a text: see the module comment for the rules. */
export function attributeReport(
	text: string,
	sentences: readonly Sentence[],
	context: AttributionContext
): SentenceAttribution[] {
	const { table, mentions } = context;
	const speakers: Speaker[] = [];
	// A country named in passing ("Russia's strike on X") says nothing of whose office speaks.
	// A capital standing for its government ("since Moscow invaded") is no place a sentence is about.
	const finer = (m: ResolvedMention) =>
		m.resolution.kind !== 'unresolved' &&
		m.resolution.precision !== 'country' &&
		!isGovernment(text, m);
	// How many mentions back the place a sentence is about may be looked for.
	const PLACE_LOOKBACK = 40;
	const regionNear = (start: number, end: number) => {
		const own = placesIn(mentions, start, end).find(finer);
		if (own) return own;
		const from = firstFrom(mentions, start) - 1;
		for (let i = from; i >= Math.max(0, from - PLACE_LOOKBACK); i--)
			if (mentions[i].mention.end <= start && finer(mentions[i])) return mentions[i];
		return null;
	};
	const placeOf = (m: ResolvedMention | null) => {
		const p = m ? located(m) : null;
		return p ? { country: p.countryCode, admin1: p.admin1Code } : null;
	};

	// The country of the outlet (the publisher, or the agency in the opening dateline), when it is a
	// belligerent's: what an unqualified "the ministry" or "the military" of its report belongs to.
	// The datelines opening the first paragraphs (after a title or a standfirst): "CITY (Agency) -".
	const datelines = text
		.split(/\n\s*\n/, 6)
		.map((p) => p.trim().slice(0, datelineLength(p.trim())))
		.join(' ');
	const outlets = [...table.find(context.publisher ?? ''), ...table.find(datelines)].filter(
		(m) => m.row.kind === 'outlet' && (m.row.side === 'russia' || m.row.side === 'ukraine')
	);
	// Else the capital the report is filed from: "MOSCOW (Agency) -" cites Moscow's ministries unqualified.
	const filedFrom: ClaimantSide | null = /\bmoscow\b/i.test(datelines)
		? 'russia'
		: /\b(?:kyiv|kiev)\b/i.test(datelines)
			? 'ukraine'
			: null;
	const outletSide: ClaimantSide | null = outlets[0]?.row.side ?? null;
	const homeSide: ClaimantSide | null = outletSide ?? filedFrom;

	/** The earlier speaker a phrase points back to: a body it names with "the", or a name it repeats. */
	const speakerReferredTo = (phrase: string): Speaker | null => {
		const body = BODY_OF.exec(phrase);
		if (body) {
			const noun = body[1].toLowerCase();
			return latest(
				speakers,
				(s) => s.kind !== 'person' && s.claimant.toLowerCase().includes(noun)
			);
		}
		// "Ukraine's Azov brigade said … . The Azov brigade said": a body named again without its country.
		const key = bodyKey(phrase);
		if (key) {
			const again = latest(speakers, (s) => !s.unknown && bodyKey(s.claimant) === key);
			if (again) return again;
		}
		const name = BARE_NAME.exec(phrase.trim());
		return name ? latest(speakers, (s) => s.claimant.includes(name[0])) : null;
	};

	/** Resolves a cue to a speaker, or null when it cannot be resolved. */
	const resolve = (cue: Cue, sentence: Sentence): Speaker | null => {
		// "Russia took the village, its Defence Ministry said": the country the clause opens with.
		const owned = ownedByCountry(text.slice(sentence.start, cue.start), cue.claimant);
		const phrase = owned ?? cue.claimant;
		if (BOTH_BELLIGERENTS.test(phrase)) return null;
		const reference = referenceKind(phrase);
		const sentencePlace = regionNear(sentence.start, sentence.end);
		if (reference === 'document') {
			// Footage or a map is shown by whoever analyses it: the assessor, else an institution.
			const target =
				latest(speakers, (s) => s.kind === 'assessor') ??
				latest(speakers, (s) => s.kind === 'institution' || s.kind === 'office');
			return target ? { ...target, basis: 'reference' } : null;
		}
		// "Officials said" with no one named before: the officials of the place the sentence is about.
		const unnamedOfficials =
			reference === 'any' && /officials$/i.test(phrase.trim()) && speakers.length === 0;
		// "The Air Force", "the Navy": a body with a name of its own points back only to a speaker that
		// named it; after "the General Staff" it is a new source, not the General Staff again.
		const namedBody = SPECIFIC_BODY.exec(phrase.trim());
		const namesIt = (s: Speaker) =>
			!namedBody || s.claimant.toLowerCase().includes(namedBody[1].toLowerCase().replace(/s$/, ''));
		const newBody =
			reference === 'body' && namedBody !== null && !latest(speakers, (s) => namesIt(s));
		if (reference && reference !== 'office' && !unnamedOfficials && !newBody) {
			// "The defence ministry" or "the military" is never the outlet that retells them.
			const armedBody = reference === 'body' && ARMED_BODY.test(phrase);
			const eligible = (s: Speaker) => !(armedBody && s.kind === 'outlet');
			const wanted = (s: Speaker) =>
				(reference === 'person'
					? // "He said" after "…, Kharkiv's governor, said": an office holder is a person;
						// a country or its capital ("Russia said") never is.
						s.kind === 'person' ||
						(s.kind === 'office' && !COLLECTIVE_OFFICE.test(s.claimant)) ||
						(s.kind === null && !namesNation(s.claimant))
					: reference === 'body'
						? s.kind !== 'person'
						: true) &&
				namesIt(s) &&
				eligible(s);
			const last = speakers.at(-1);
			const target = latest(speakers, wanted) ?? (last && eligible(last) ? last : null);
			if (target) return { ...target, basis: 'reference', start: target.start, end: target.end };
			// "The Defence Ministry said" with no antecedent: the outlet's or the dateline's country,
			// else the nation whose forces' gain it tells ("Russian troops captured X, the ministry said").
			const gain = armedBody ? OWN_FORCES_GAIN.exec(text.slice(sentence.start, cue.start)) : null;
			const bodySide =
				reference !== 'body' ? null : (homeSide ?? (gain ? sideOfClaimant(gain[1]) : null));
			if (bodySide)
				return {
					claimant: phrase,
					side: bodySide,
					kind: 'institution',
					basis: 'reference',
					start: cue.start,
					end: cue.end,
					region: null,
					country: null
				};
			return null;
		}
		// "American analysts", "the US think tank": the assessor named before, described by what it is.
		// A phrase that names its assessor ("the X Institute think tank") is that one, not the last.
		const namesOne = table.find(phrase).some((m) => m.row.match === 'name');
		if (ANALYSTS.test(phrase) && !namesOne) {
			const assessor = latest(speakers, (s) => s.kind === 'assessor');
			if (assessor) return { ...assessor, basis: 'reference' };
			// "A think tank said" with none named before: an assessor of no side of the war's, unless
			// its own words give one ("Russian military analysts"); a "US-based" one is no government.
			const warSide = sideOfClaimant(phrase);
			if (!table.find(phrase).length)
				return {
					claimant: phrase,
					side: warSide === 'russia' || warSide === 'ukraine' ? warSide : 'other',
					kind: 'assessor',
					basis: 'explicit',
					start: cue.start,
					end: cue.end,
					region: null,
					country: null
				};
		}
		const inPhrase = placeOf(placesIn(mentions, cue.start, cue.end)[0] ?? null);
		const identity = identify(phrase, table, inPhrase);
		// "A Russian agency cited an official as saying": an official no words place is the relay's side's.
		if (identity.side === null && cue.via) {
			const relay = identify(cue.via, table, null);
			if (relay.side === 'russia' || relay.side === 'ukraine')
				return {
					claimant: phrase,
					side: relay.side,
					kind: identity.kind,
					basis: relay.basis,
					start: cue.start,
					end: cue.end,
					region: null,
					country: null
				};
		}
		if (reference === 'office' || unnamedOfficials || (identity.office && identity.side === null)) {
			const place = placeOf(sentencePlace);
			// The latest official of that region speaks for its holder ("the city authorities" after
			// the occupation head of the region); else the side that holds the place.
			// "The governor" where no place is sure (names the gazetteer lacks or only half matches)
			// is the governor named before.
			const placeSure =
				sentencePlace !== null &&
				sentencePlace.resolution.kind !== 'unresolved' &&
				sentencePlace.resolution.confidence >= SURE_PLACE;
			const title = SAME_OFFICE.exec(phrase)?.[1].toLowerCase() ?? null;
			const official =
				latest(
					speakers,
					(s) =>
						place !== null &&
						s.region !== null &&
						s.region === place.admin1 &&
						(s.kind === 'person' || s.kind === 'office')
				) ??
				(placeSure || title === null
					? null
					: latest(
							speakers,
							(s) =>
								(s.kind === 'person' || s.kind === 'office') &&
								s.basis !== 'reference' &&
								(title === 'mayor'
									? /\bmayor\b/i.test(s.claimant)
									: /\b(?:governor|gov\.|head)\b/i.test(s.claimant))
						));
			// A Russian outlet's unnamed office of a town in Ukraine is the one Russia installed there,
			// as is one of a place the sentence calls by its occupation name ("in the DPR").
			const occupationNamed = OCCUPATION_STATE.test(text.slice(sentence.start, sentence.end));
			// "… in the Russian-held town of X, said the provincial governor": the governor Russia
			// installed there, whoever spoke for the oblast before.
			const heldByRussia =
				place?.country === 'UA' && RUSSIAN_HELD.test(text.slice(sentence.start, sentence.end));
			const side =
				(heldByRussia ? 'russia' : null) ??
				official?.side ??
				((place?.country === 'UA' || (place === null && occupationNamed)) &&
				(outletSide === 'russia' || occupationNamed)
					? 'russia'
					: place
						? sideOfPlace(place.country, place.admin1)
						: null);
			return {
				claimant: phrase,
				// An office of no known place ("the mayor said"): named as written, whose it is unknown.
				side: side ?? 'other',
				kind: 'office',
				basis: side ? 'reference' : 'explicit',
				start: cue.start,
				end: cue.end,
				region: place?.admin1 ?? null,
				country: place?.country ?? null
			};
		}
		// No side of its own: "a spokesman for the brigade" speaks for the brigade named before, and
		// "Roe said" for the Jane Roe named before.
		if (identity.side === null) {
			const earlier = speakerReferredTo(phrase);
			if (earlier)
				return {
					...earlier,
					claimant: phrase,
					kind: identity.kind ?? earlier.kind,
					basis: 'reference',
					start: cue.start,
					end: cue.end
				};
		}
		// "A spokesman for a brigade fighting there", "the commander of the 3rd Assault Brigade": a unit
		// that speaks to the press with no country named is Ukraine's (Ukraine's brigades have press
		// officers who brief reporters; Russia's units speak through the ministry and its groups).
		// "The brigade" names one named before, whose side this cannot tell.
		if (identity.side === null && UNIT_SPEAKER.test(phrase) && !BACK_TO_UNIT.test(phrase))
			return {
				claimant: phrase,
				side: 'ukraine',
				kind: identity.kind ?? 'institution',
				basis: 'knowledge',
				start: cue.start,
				end: cue.end,
				region: null,
				country: null
			};
		// Only an office holder has a region: the place in the title, else the one the sentence is about.
		const holdsOffice = identity.kind === 'office' || OFFICE_TITLE.test(phrase);
		// An unknown phrase is a claimant only when it names someone ("Jane Roe", "local residents");
		// "the enemy", "preliminary data" or "five observation" posts report nothing.
		if (identity.side === null && !holdsOffice && !looksLikeSource(phrase)) return null;
		const region = placeOf(
			placesIn(mentions, cue.start, cue.end).find(finer) ?? (holdsOffice ? sentencePlace : null)
		);
		return {
			claimant: phrase,
			side: identity.side ?? 'other',
			kind: identity.kind,
			basis: owned ? 'reference' : identity.basis,
			start: cue.start,
			end: cue.end,
			region: region?.admin1 ?? null,
			country: region?.country ?? null,
			unknown: identity.side === null
		};
	};

	// The source the title names ("… - General Staff", "Statement by X"), or a headline line that opens
	// the text: the first speaker, so "according to the command" can refer to it.
	let titleLead: Speaker | null = null;
	const headlines = [context.title ?? '', ...text.split('\n', 3).slice(0, 3)].filter(
		(line) => line.trim() !== '' && !/[.!?]$/.test(line.trim())
	);
	const titled = headlines.map(titleSource).find((t) => t !== null) ?? null;
	if (titled) titleLead = outsideSpeaker(titled, table);
	if (titleLead) speakers.push(titleLead);

	// 1. Each sentence's own claimant: a named source beats an outlet that relays it.
	const own: (Speaker | null)[] = [];
	/** The claimants named so far, as written. */
	const named = new Set<string>();
	/** Where each sentence's chosen cue word stands. */
	const ownAt: number[] = [];
	const quoteSpans = quotations(text);
	for (const sentence of sentences) {
		const cues = findCues(text, sentence);
		let chosen: Speaker | null = null;
		let at = -1;
		for (const cue of cues) {
			const speaker = resolve(cue, sentence);
			if (!speaker) continue;
			if (!chosen || (chosen.kind === 'outlet' && speaker.kind !== 'outlet'))
				[chosen, at] = [speaker, cue.at];
			if (chosen.kind !== 'outlet') break;
		}
		// "Source: X" names the source, before any cue of the line ("…, as reported by Outlet" relays).
		const line = text.slice(sentence.start, sentence.end);
		const source = SOURCE_LINE.exec(line);
		const sourceNamed = source?.[1].replace(RELAYED_BY, '').replace(SOURCE_DOCUMENT, '').trim();
		if (source && sourceNamed) {
			const from = sentence.start + line.indexOf(source[1]);
			const speaker = resolve(
				{ claimant: sourceNamed, start: from, end: from + sourceNamed.length, at: from },
				sentence
			);
			if (speaker && !speaker.unknown) [chosen, at] = [speaker, from];
		}
		// "X had previously stated": what a source said before the news is the reporter's background.
		if (chosen && at >= sentence.start && RECALLED_BEFORE.test(text.slice(sentence.start, at)))
			chosen = { ...chosen, recalled: true };
		// A voice quoted to be refuted: "Enemy propagandists claim X, but this is not true."
		const next = sentences[own.length + 1]; // (own holds the sentences before this one)
		if (
			chosen &&
			!aside(chosen) &&
			(PROPAGANDA.test(chosen.claimant) ||
				REFUTED_AFTER.test(text.slice(Math.max(at, sentence.start), sentence.end)) ||
				(next &&
					next.paragraph === sentence.paragraph &&
					REFUTED_NEXT.test(text.slice(next.start, next.end))))
		)
			chosen = { ...chosen, disputed: true };
		// A resolved "he" adds no new speaker; a new name or office ("the city authorities") does.
		if (chosen && (chosen.basis !== 'reference' || !named.has(chosen.claimant))) {
			speakers.push(chosen);
			named.add(chosen.claimant);
		}
		own.push(chosen);
		ownAt.push(at);
	}

	// 1b. A name first met bare ("…, Jane Roe has said") and later with its title ("Governor Jane
	// Roe"): the titled mention says whose side the bare one is on, and so of its references.
	const bySurname = new Map<string, Speaker>();
	for (const s of speakers) {
		if (s.unknown || s.side === 'unattributed') continue;
		for (const name of s.claimant.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu))
			if (!bySurname.has(surnameOf(name[0]))) bySurname.set(surnameOf(name[0]), s);
	}
	// A person the report introduces with a title in a sentence that claims nothing ("Jane Roe,
	// an adviser to the head of the Testov People's Republic, visited the front"): the title says
	// whose side the bare surname is on later.
	const introductions = [
		...[...text.matchAll(INTRODUCED_PERSON)].map((m) => ({ m, name: m[1], title: m[2] })),
		// "… was made by Spokesperson for the Testland Ground Forces Jane Roe": a title before it.
		...[...text.matchAll(TITLED_PERSON)]
			.filter((m) => TITLE_WORD.test(m[1]))
			.map((m) => ({ m, name: m[2], title: m[1].trim() }))
	];
	for (const { m, name, title } of introductions) {
		const surname = surnameOf(name);
		if (bySurname.has(surname)) continue;
		const who = identify(`${name}, ${title}`, table, null);
		if (who.side === null || who.side === 'unattributed' || who.office) continue;
		const start = m.index ?? 0;
		bySurname.set(surname, {
			claimant: `${name}, ${title}`,
			side: who.side,
			kind: 'person',
			basis: who.basis,
			start,
			end: start + m[0].length,
			region: null,
			country: null
		});
	}
	own.forEach((o, i) => {
		if (!o?.unknown || !BARE_NAME.test(o.claimant)) return;
		const known = bySurname.get(surnameOf(o.claimant));
		if (known)
			own[i] = { ...o, side: known.side, kind: known.kind, basis: 'reference', unknown: false };
	});
	// 1c. "The Russian-backed mayor of the city said … . Jane Roe said …": a name no table or title
	// knows, right after an unnamed official's statement, is that official named (wire style).
	own.forEach((o, i) => {
		if (!o?.unknown || !BARE_NAME.test(o.claimant) || i === 0) return;
		const prev = own[i - 1];
		if (
			prev &&
			!prev.unknown &&
			prev.side !== 'unattributed' &&
			(prev.kind === 'office' || prev.kind === 'person') &&
			UNNAMED_OFFICIAL.test(prev.claimant)
		)
			own[i] = { ...o, side: prev.side, kind: prev.kind, basis: 'reference', unknown: false };
	});
	// 1d. A lone surname the text never introduces (no first name or title before it anywhere) and
	// no table knows names nobody the reader can place: a slip for the report's own source or a name
	// cut with the text around it. Its sentence is told as the report tells the others.
	const introducedBefore = new Map<string, boolean>();
	const introduced = (surname: string) => {
		let known = introducedBefore.get(surname);
		if (known === undefined) {
			known = new RegExp(`\\p{Lu}[\\p{L}.’'-]*\\s+${surname}(?![\\p{L}])`, 'u').test(text);
			introducedBefore.set(surname, known);
		}
		return known;
	};
	own.forEach((o, i) => {
		if (!o?.unknown || !/^\p{Lu}[\p{Ll}’'-]+$/u.test(o.claimant) || introduced(o.claimant)) return;
		own[i] = null;
		const k = speakers.indexOf(o);
		if (k >= 0) speakers.splice(k, 1);
		named.delete(o.claimant);
	});
	for (let i = 0; i < speakers.length; i++) {
		const s = speakers[i];
		const known =
			s.unknown && BARE_NAME.test(s.claimant) ? bySurname.get(surnameOf(s.claimant)) : null;
		if (known) speakers[i] = { ...s, side: known.side, kind: known.kind, unknown: false };
	}

	// 2. The report's lead: the source its title names, else the first claimant of its opening.
	let lead: Speaker | null = titleLead;
	// The opening: the first three paragraphs that hold a full sentence (page furniture before them,
	// such as "News Feed" or "1 min read", does not count).
	const openingParagraphs = [
		...new Set(
			sentences
				.filter((s) => /[.!?"”]$/.test(text.slice(s.start, s.end)) && s.end - s.start > 30)
				.map((s) => s.paragraph)
		)
	].slice(0, 3);
	const lastOpening = openingParagraphs.at(-1) ?? -1;
	const leadSentences = sentences.filter((s) => s.paragraph <= lastOpening).length;
	lead ??= own.find((s, i) => s !== null && i < leadSentences && s.side !== 'unattributed') ?? null;
	// A report that is an embedded post: its signature names the source.
	if (!lead) {
		const signature = POST_SIGNATURE.exec(text);
		lead = signature ? outsideSpeaker(withFlagNation(signature[1]), table) : null;
		if (lead) speakers.push(lead);
	}

	// 3. One side speaks throughout (a briefing, an update, an assessment retold): carry it everywhere.
	const sides = new Set(
		[...speakers, ...(lead ? [lead] : [])]
			.filter((s) => ownSource(s) && s.side !== 'unattributed' && s.basis !== 'reference')
			.map((s) => s.side)
	);
	// Wire copy (an agency that says it could not verify what it reports, or files under its own
	// dateline) tells its own background between the sources it quotes: one side quoted
	// throughout does not make it that side's briefing.
	const wire = WIRE_COPY.test(text) || WIRE_DATELINE.test(datelines);
	const singleSource = sides.size === 1 && !wire;
	// An assessment retold (a think tank, a defence intelligence update) is the assessor's throughout:
	// the sources it cites speak only where they are named, then the narration is the assessor's again.
	const narrator = lead?.kind === 'assessor' ? lead : null;

	// A source line ("This was announced by X") names the source of the sentences before it, back to
	// the last claimant, in its paragraph and the one before.
	const sourceAfter: (Speaker | null)[] = sentences.map(() => null);
	sentences.forEach((sentence, i) => {
		if (!own[i] || !SOURCE_AFTER.test(text.slice(sentence.start, sentence.end))) return;
		for (let j = i - 1; j >= 0 && !own[j]; j--) {
			if (sentences[j].paragraph < sentence.paragraph - 1) break;
			sourceAfter[j] = own[i];
		}
	});
	// "On Saturday, bombs hit X and Y. At least five people were wounded, prosecutors said.": the
	// toll's source, named after it, tells the event just before it in its paragraph (wire style).
	sentences.forEach((sentence, i) => {
		const before = sentences[i - 1];
		const speaker = own[i];
		if (!speaker || !before || own[i - 1] || before.paragraph !== sentence.paragraph) return;
		if (speaker.side === 'unattributed' || ownAt[i] <= sentence.start) return;
		const told = text.slice(sentence.start, ownAt[i]);
		const event = text.slice(before.start, before.end);
		if (!TOLL_OPENING.test(told) || placesIn(mentions, sentence.start, ownAt[i]).length > 0) return;
		if (EVENT_DAY.test(event) && !BACKGROUND_TENSE.test(event)) sourceAfter[i - 1] = speaker;
	});

	const result: SentenceAttribution[] = [];
	// A report that is no wire copy and quotes no source of the other belligerent (an update that
	// cites a third party) is the lead's with asides: each claim is the claimant's named last, across
	// paragraphs. A story that quotes both belligerents narrates between them: its sentences with no
	// source of their own stay unattributed.
	// Opposed: both belligerents speak, or the other one than the lead's.
	const belligerent = (side: ClaimantSide | undefined) => side === 'russia' || side === 'ukraine';
	const belligerents = new Set(
		own
			.filter((s): s is Speaker => s !== null && ownSource(s))
			.map((s) => s.side)
			.filter(belligerent)
	);
	const leadSide = lead?.side;
	const opposed =
		belligerents.size > 1 ||
		(belligerent(leadSide) && [...belligerents].some((side) => side !== leadSide));
	const sequential = !singleSource && !wire && lead !== null && !opposed;
	let current: Speaker | null = singleSource || sequential ? lead : null;
	// A belligerent institution's report retold (a general staff's update, a ministry's briefing)
	// holds from paragraph to paragraph until a source of another side speaks: the other side quoted
	// further down does not take back the paragraphs before it.
	const leadMayHold =
		opposed &&
		!wire &&
		lead !== null &&
		belligerent(lead.side) &&
		(lead.kind === 'institution' || lead.kind === 'office');
	// The first sentence a source of another side speaks in: the hold ends there.
	const otherSpeaks = own.findIndex(
		(s) => s !== null && !aside(s) && s.kind !== 'outlet' && s.side !== lead?.side
	);
	const holdsUntil = !leadMayHold ? 0 : otherSpeaks < 0 ? sentences.length : otherSpeaks;
	let paragraph = -1;
	let listOpen = false;
	/** Who the sentence before spoke for (null: no one). */
	let previous: Speaker | null = null;
	sentences.forEach((sentence, i) => {
		if (sentence.paragraph !== paragraph) {
			paragraph = sentence.paragraph;
			// "Among the villages taken are …" opening a paragraph goes on with the claim before it.
			const elaborates =
				previous !== null && !own[i] && ELABORATION.test(text.slice(sentence.start, sentence.end));
			// A quotation left open at the end of a paragraph goes on in the next one that opens
			// with a quote mark (news style for a quote over several paragraphs): same speaker.
			const opensQuote = text[sentence.start] === '“' || text[sentence.start] === '"';
			const quoteGoesOn =
				i > 0 && opensQuote && openQuoteAtEnd(text, sentences, sentence.paragraph - 1, i);
			// A paragraph that is one quotation, right after a paragraph that quoted its source
			// ("'…,' X said." and then "'…'"), goes on in that source's words.
			const quotedOn =
				previous !== null &&
				!own[i] &&
				opensQuote &&
				wholeQuote(sentences, i, quoteSpans) &&
				quotedBefore(sentences, i, quoteSpans);
			if (elaborates || quotedOn) current = previous;
			else if (
				!singleSource &&
				!listOpen &&
				!quoteGoesOn &&
				i >= holdsUntil &&
				(!sequential || narrator)
			)
				current = narrator;
		}
		// A list announced by a colon ("the situation is as follows:") goes on, paragraph after
		// paragraph, until a sentence names a claimant of its own.
		if (own[i]) listOpen = false;
		if (/:\s*$/.test(text.slice(sentence.start, sentence.end))) listOpen = true;
		// "According to earlier reports" in a single-source report cites the same source again.
		let speaker = singleSource && own[i]?.side === 'unattributed' ? null : own[i];
		// A quotation that goes on past this sentence belongs to whoever the closing cue names.
		if (!speaker) {
			const quote = quoteSpans.find(([a, b]) => a < sentence.end && b > sentence.end);
			if (quote) {
				for (let j = i + 1; j < sentences.length && sentences[j].start < quote[1] + 400; j++) {
					if (sentences[j].paragraph !== sentence.paragraph) break;
					if (own[j] && ownAt[j] >= quote[1] - 1) {
						speaker = own[j];
						break;
					}
				}
			}
		}
		if (speaker) {
			const inSentence = speaker.start >= sentence.start && speaker.end <= sentence.end;
			result.push({
				kind: 'attributed',
				claimant: speaker.claimant,
				side: speaker.side,
				claimantKind: speaker.kind,
				basis: speaker.basis,
				start: speaker.start,
				end: speaker.end,
				inSentence
			});
			// A source recalled as background, or quoted to be refuted, speaks for its own sentence only.
			if (own[i] && !aside(own[i])) current = own[i];
			previous = aside(speaker) ? null : speaker;
			return;
		}
		let carried = current ?? sourceAfter[i];
		// A story that narrates between its sources tells its background in their midst: a sentence
		// of habits and lasting states after a quote is the reporter's, not the source's.
		if (
			current &&
			current !== narrator &&
			!singleSource &&
			!sequential &&
			BACKGROUND.test(text.slice(sentence.start, sentence.end))
		)
			carried = null;
		previous = carried;
		if (carried) {
			result.push({
				kind: 'attributed',
				claimant: carried.claimant,
				side: carried.side,
				claimantKind: carried.kind,
				basis: 'lead',
				start: carried.start,
				end: carried.end,
				inSentence: false
			});
			return;
		}
		result.push({ kind: 'none' });
	});
	return result;
}
