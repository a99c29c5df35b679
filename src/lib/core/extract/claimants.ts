/**
 * Stage 3a, attribution cues: where a sentence says who asserts it ("X said", "according to X", "a
 * press release by X revealed", "…,” the ministry said"). This module finds the claimant as written
 * and the side its own words give; `attribution.ts` resolves references and carries claimants
 * through the report.
 */
import type { ClaimantSide } from '../contract';
import { MONTH_STEMS } from '../geocode/lexicon';
import {
	CLAIMANT_TIERS,
	CLAIMANT_VOCABULARY,
	CUE_VERBS,
	EVIDENCE_NOUNS,
	OFFICE_TITLE,
	WEB_DOMAINS,
	type ClaimantTerm
} from './claimant-vocabulary';
import { hasTrigger } from './events';
import { subsetOf } from './subset';
import type { Sentence } from './sentences';

/** An attribution cue found in one sentence; `start`/`end` (text offsets) delimit the claimant as written. */
export interface Cue {
	claimant: string;
	start: number;
	end: number;
	/** Where the cue word itself stands (text offset): a quotation closed before it is the claimant's. */
	at: number;
	/** Who relays the claimant ("the agency cited an official as saying"): its side is the official's. */
	via?: string;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function escape(term: string): string {
	return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(terms: readonly ClaimantTerm[], flags: string): RegExp | null {
	if (terms.length === 0) return null;
	const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
	return new RegExp(`${B}(?:${sorted.map((t) => escape(t.term)).join('|')})${E}`, flags);
}

const caseSensitiveTerms = CLAIMANT_VOCABULARY.filter((t) => /[A-Z]/.test(t.term));
const caseFreeTerms = CLAIMANT_VOCABULARY.filter((t) => !/[A-Z]/.test(t.term));
const TERM_PATTERNS = [
	termPattern(caseSensitiveTerms, 'gu'),
	termPattern(caseFreeTerms, 'giu')
].filter((p): p is RegExp => p !== null);
const TERM_INDEX = new Map<string, ClaimantTerm>();
for (const t of CLAIMANT_VOCABULARY) {
	const key = /[A-Z]/.test(t.term) ? t.term : t.term.toLowerCase();
	if (!TERM_INDEX.has(key)) TERM_INDEX.set(key, t);
}

/** The most specific vocabulary term in a phrase (earliest first among equals), with its tier. */
export function claimantTerm(
	phrase: string
): { side: Exclude<ClaimantSide, 'unattributed'>; tier: ClaimantTerm['tier'] } | null {
	let best: { rank: number; at: number; term: ClaimantTerm } | null = null;
	for (const pattern of TERM_PATTERNS) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(phrase); m; m = pattern.exec(phrase)) {
			const term = TERM_INDEX.get(m[0]) ?? TERM_INDEX.get(m[0].toLowerCase());
			if (!term) continue;
			const rank = CLAIMANT_TIERS.indexOf(term.tier);
			if (!best || rank < best.rank || (rank === best.rank && m.index < best.at))
				best = { rank, at: m.index, term };
		}
	}
	return best ? { side: best.term.side, tier: best.term.tier } : null;
}

/** The side a claimant phrase's own words give (a nation, a generic body), or null. */
export function sideOfClaimant(phrase: string): ClaimantSide | null {
	return claimantTerm(phrase)?.side ?? null;
}

/** A possessive that stands for a country named before it ("its Defence Ministry", "the country's army"). */
const COUNTRY_POSSESSIVE = /^(?:its|the\s+country['’]s|the\s+nation['’]s)\s+(?=\S)/iu;
const COUNTRY_OWNER: Partial<Record<ClaimantSide, string>> = {
	russia: "Russia's",
	ukraine: "Ukraine's",
	united_states: "the United States'"
};

/**
 * A national body named through a possessive ("Russia took the village, its Defence Ministry said"):
 * the phrase with the country the clause before it opens with ("Russia's Defence Ministry"), or null.
 * An office of a place ("its mayor", "its governor") belongs to the place, not to a country.
 */
export function ownedByCountry(before: string, phrase: string): string | null {
	const possessive = COUNTRY_POSSESSIVE.exec(phrase);
	if (!possessive) return null;
	const rest = phrase.slice(possessive[0].length);
	if (OFFICE_TITLE.test(rest)) return null;
	const term = claimantTerm(before);
	const owner = term?.tier === 'nation' ? COUNTRY_OWNER[term.side] : undefined;
	return owner ? `${owner} ${rest}` : null;
}

/** The outlet right after "told" ("told TASS", "told the Kyiv Daily"), as written. */
const TOLD_OUTLET = /^\s+((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})/u;

/** Cue verbs of showing and suggesting, which a vague subject does not make a claimant. */
const WEAK_CUE_VERBS = new Set(
	subsetOf(CUE_VERBS, 'shows showed suggests suggested indicates indicated reads')
);
/** Cue verbs that are also nouns ("reports", "claims", "posts"). */
const NOUN_HOMOGRAPHS = /^(?:reports?|claims?|posts?|notes?|tweets?|updates?|statements?)$/i;
/** Words before such a word that make it a noun: "Russian reports", "the claims", "earlier posts". */
const NOUN_USE_BEFORE =
	/(?<![\p{L}])(?:the|these|those|such|some|many|several|multiple|numerous|other|earlier|recent|new|unconfirmed|conflicting|official|media|press|local|Russian|Ukrainian|Western|pro-Russian|pro-Ukrainian)\s+$/iu;

/** What "claimed" takes when it means killed: "claimed the lives of", "claimed three lives". */
const TOLL_AFTER = /^\s+(?:the\s+lives?\s+of|(?!the\s)(?:[\p{L}\d,-]+\s+){1,3}?lives)(?![\p{L}])/iu;

/** Verbs that report only when a document does them ("the report named X", not "Russia named a commander"). */
const DOCUMENT_CUE_VERBS = new Set(subsetOf(CUE_VERBS, 'named listed identified'));
const CUE_PATTERN = new RegExp(`${B}(?:according to|${CUE_VERBS.join('|')})${E}`, 'giu');
const BOUNDARY =
	/[,;:—–“”"(]|(?<![\p{L}])(?:that|which|who|whom|while|after|before|because|since|when|where|as)(?![\p{L}])/giu;
const LEADING_FILLER =
	/^(?:(?:and|but|although|though|whereas|whilst|also|meanwhile|however|then|furthermore|moreover|separately|in fact|in addition|still|later|earlier|now|yet|so|even|too|further|citing|quoting|a claim(?: that)?|claims that)\s+)+/i;
const TRAILING_AUX =
	/(?:\s+(?:also|only|further|previously|later|reportedly|has|have|had|will|would|did|does|do|had previously|then|again|earlier|repeatedly|once|officially|publicly))+$/i;
const PASSIVE_BEFORE =
	/(?:^|\s)(?:was|were|is|are|been|be|being)(?:\s+(?:also|further|additionally|reportedly|previously|earlier|officially))?\s*$/i;
/** Documents whose author speaks through them ("the summary of X", "X's morning report"). */
const DOCUMENT_WORDS =
	'summary|report|update|statement|message|post|press\\s+release|briefing|bulletin|telegram\\s+channel|channel|address';
/**
 * The agent of a passive cue verb, after where and when it spoke if given: "… by X", "… today, May 3,
 * by X", "… on Monday by X", "… in his Telegram channel by X". Group 1 is the agent.
 */
const PASSIVE_AGENT =
	/^(?:\s+(?:in|on|via)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\p{L}]+[\s-]+){0,2}?(?:channel|account|page|post|statement|address|message|video)\b)?(?:\s*,?\s*(?:today|yesterday|overnight|on|in|the|morning|evening|afternoon|night|\p{Lu}\p{Ll}+|\d{1,4}(?:st|nd|rd|th)?)){0,4}\s*,?\s+by\s+([^,;.]+)/u;
/**
 * The document a passive cue verb names, whose author is the claimant: "This was reported in the
 * summary of X", "… stated in X's morning report". Group 1 (of-form) or 2 (possessive) is the author.
 */
const PASSIVE_DOCUMENT = new RegExp(
	`^\\s+(?:in|on)\\s+(?:(?:the|a|an|its|their|latest|daily|morning|evening|official|operational|regular|[\\p{L}-]+ly)\\s+){0,3}(?:${DOCUMENT_WORDS})\\s+of\\s+([^,;.]+)|^\\s+(?:in|on)\\s+((?:the\\s+)?\\p{Lu}[^,;.]*?)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DOCUMENT_WORDS})\\b`,
	'u'
);
/**
 * A body a passive cue verb says it was told in, as translated reports write it: "This was reported
 * in the Air Force of the Armed Forces", "… was stated at the Testovo Regional Military
 * Administration". Only a named body (capitalised, headed by an institution word), never a place.
 * Group 1 is the body.
 */
const PASSIVE_BODY =
	/^\s+(?:in|at)\s+(the\s+(?:(?:\p{Lu}[\p{L}’'-]*|of|the)\s+){0,6}?(?:Air\s+Force|Forces|Staff|Ministry|Administration|Command|Service|Council|Office|Headquarters|Brigade|Police|Guard|Cent(?:re|er))(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*)+)?)(?=\s*[,;.]|\s*$|\s+(?:on|today|yesterday|overnight|this|last)\b)/u;

/** A name in title case set after a comma that closes the sentence (", Colonel Jane Roe."). */
const APPOSITIVE_NAME_END = /^,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+\s*[.!?]?\s*$/u;

/** When and how the claimant spoke, around its name: "On Tuesday it said", "Russia on Thursday said". */
const TIME_BEFORE =
	/^(?:(?:on|by|in|since|as\s+of)\s+(?:\p{Lu}\p{L}+|the\s+\p{L}+)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s*\d{4})?|today|yesterday|overnight|earlier|later|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|evening|afternoon))\s*,?\s+/iu;
const TIME_AFTER =
	/(?:\s*,?\s+(?:(?:on|in|later|earlier)\s+(?:\p{Lu}\p{L}+|the\s+(?:morning|evening|afternoon|day))(?:\s+\d{1,2})?|by\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|the\s+(?:morning|evening|afternoon|day))(?:\s+\d{1,2})?|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|evening)|today|yesterday|overnight|first|in\s+(?:an?|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:report|statement|update|post|briefing|message|address)(?:\s+on\s+\p{Lu}\p{L}+)?|(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|recent|previous)\s+(?:few\s+|several\s+)?(?:hours|days|weeks|months)|(?:deployed|based|stationed|fighting|operating)\b.*))+$/iu;
/** "X continued to (insist)": the verb before the cue is no part of the claimant. */
const GOES_ON_TO =
	/\s+(?:continued|continues|continue|went\s+on|goes\s+on|sought|seeks|tried|tries|appeared|appears|moved|rushed)\s+to$/i;
/** A subject with a finite verb of its own ("there were no casualties") is a clause, not a claimant. */
const CLAUSE_SUBJECT =
	/^(?:there|it)\s+(?:is|was|were|are)\b|(?<![\p{L}])(?:were|was|are|had|have|has|could|would|cannot|can|did|does|do)(?![\p{L}])/iu;
const NEGATED_BEFORE = /(?:\bnot|n[’']t|\bnever)\s*$/i;
/**
 * A subject that ends in a verb, a determiner, a preposition or an adjective of time is no noun
 * phrase: the cue word is a participle used as an adjective ("troops made confirmed gains", "forces
 * repelled the reported attack") or a noun ("Earlier reports indicated", "Following reports that
 * …"), not a verb of saying.
 */
const ENDS_OFF_SUBJECT =
	/(?:^|\s)(?:\p{Ll}+ed|[Ee]arlier|[Ii]nitial|[Pp]reliminary|[Pp]revious|[Rr]ecent|[Ll]atest|[Uu]nconfirmed|conflicting|contradictory|differing|mixed|separate|similar|fresh|multiple|numerous|several|many|various|detailed|made|took|saw|won|gave|began|held|fought|hit|struck|shot|out|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|of|with|for|to|[Nn]o|[Aa]ny|[Ss]ome|[Oo]ther|[Mm]ore|[Nn]ew|[Ff]ollowing|[Aa]fter|[Aa]mid|[Dd]espite|[Aa]s|from|about|on|in|over|against|at|into))$/u;
/** An auxiliary or adverb after an appositive name ("Jane Roe, has said"): it belongs to the verb. */
const AUX_AFTER_COMMA =
	/,\s*(?:(?:has|have|had|also|later|earlier|further|then|again)\s+)*(?:has|have|had|also|later|earlier|further|then|again)\s*$/i;
/**
 * What follows an inverted cue at the end of a sentence ("…, reports the Institute.", "…, added
 * intelligence."): a short phrase with no clause of its own, with the title set after it in commas if any ("…, said Jane
 * Roe, head of the Testovo administration."), up to the sentence's end, a time phrase or an aside.
 */
const INVERTED_AFTER =
	/^\s+((?:the\s+|\p{Lu}|(?=(?:intelligence|officials|police|rescuers|authorities|prosecutors|sources)\b))(?:[\p{L}.’'-]*)(?:\s+(?:["“]?\p{Lu}[\p{L}.’'()-]*["”]?|\(\p{Lu}[\p{L}.’'-]*\)|of|the|for|and|[\p{Ll}-]+)){0,12}?(?:,\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}(?=\s*[.!?]\s*$)|,\s*(?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:head|chief|spokes\p{L}*|governor|mayor|commander|minister|director|secretary|representative|advis[eo]r|official|officer)(?:\s+(?:of|for|at|in)\s+[^,;.!?]{3,120}?)?)?)\s*(?:,?\s+(?:on|in|late|early)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|,?\s+(?:on|in|late|early)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[\p{L}.]*(?:\s+\d{1,2})?)?(?:\s+in\s+(?:its|their|his|her|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:assessment|report|update|statement|post|briefing|summary|analysis))?\s*(?:[.!?]\s*$|,\s*(?:who|which|adding|citing|as|in|on|speaking)\b)/u;

/**
 * A sentence that opens with a name, then an appositive in commas that starts with an article and
 * holds a relative clause ("Testmap, a Ukrainian mapping site that charts the front lines,"), up
 * to the cue verb: the clause words would otherwise cut the subject. Group 1 is the name.
 */
const APPOSITIVE_SUBJECT =
	/^\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}),\s+(?:a|an|the)\s+[^,;:“”"]{1,80}?\s(?:that|which|who|whose)\s[^,;:“”"]{3,120},\s*$/u;

/** An aside between spaced dashes right before the cue verb ("X - a body set up in 2014 - said"). */
const DASH_ASIDE = /\s[-–—]\s(?:(?!\s[-–—]\s)[^“”"]){3,240}?\s[-–—]$/u;
/** The longest text DASH_ASIDE can match: its two dashes with their spaces and 240 characters. */
const DASH_ASIDE_REACH = 246;

/** Pronouns that refer to a claimant: no name before them is theirs. */
const PRONOUN = /^(?:it|he|she|they|we|i|this|that|which|who)$/i;
/** Subjects that name no source at all ("reports", "local media reports"). */
export const GENERIC_UNSOURCED =
	/^(?:(?:some|several|unconfirmed|media|local|news|online|social media|earlier|initial|preliminary|previous|recent|later|first|other)\s+)*(?:reports?|sources?)$/i;

/**
 * A span of time after "since", "after", "before" or "during" ("since 2022", "since the early days
 * of the invasion", "after the annexation"): a time adjunct inside a noun phrase ("an official in
 * the city since 2022"), not a clause.
 */
const TIME_SPAN =
	"(?:(?:soon|shortly|just|right|long)\\s+(?:after|before)\\s+)?(?:(?:19|20)\\d\\d|then|(?:last\\s+year|this\\s+year|Russia|Moscow)[’']s\\s+(?:full-scale\\s+)?(?:invasion|war|occupation|annexation|offensive)|(?:the\\s+)?(?:(?:very\\s+)?(?:early|first|last|opening|final)\\s+)?(?:days?|weeks?|months?|years?)\\s+of\\s+the\\s+(?:full-scale\\s+|Russian\\s+)?(?:war|invasion|occupation|conflict|offensive)|the\\s+(?:start|beginning|outbreak|first\\s+days?)\\s+of\\s+the\\s+(?:full-scale\\s+|Russian\\s+)?(?:war|invasion|occupation|conflict)|the\\s+(?:full-scale\\s+|Russian\\s+)?(?:invasion|war|occupation|annexation)|(?:last|early|late)\\s+(?:year|month|spring|summer|autumn|fall|winter)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)";
const TIME_ADJUNCT_REST = new RegExp(`^\\s+${TIME_SPAN}\\s*$`, 'iu');
const TIME_ADJUNCT_END = new RegExp(`\\s+(?:since|after|before|during)\\s+${TIME_SPAN}$`, 'iu');

/** The last clause segment of `text` (what follows the last comma, quote mark or clause word). */
function lastSegment(text: string): { from: number; segment: string; boundary: number } {
	let from = 0;
	let boundary = -1;
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		// "An official in the city since 2022 said": a span of time closing the subject is no clause.
		if (
			/^(?:since|after|before)$/i.test(m[0]) &&
			TIME_ADJUNCT_REST.test(text.slice(m.index + m[0].length))
		)
			continue;
		// A bracket closed before the end is an aside inside the subject: "The Ministry of Defense (MoD)".
		if (m[0] === '(' && text.indexOf(')', m.index) >= 0) continue;
		// A comma inside a number ("1,000 shells") separates nothing.
		if (m[0] === ',' && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? ''))
			continue;
		if (m.index + m[0].length <= text.length) {
			from = m.index + m[0].length;
			boundary = m.index;
		}
	}
	return { from, segment: text.slice(from), boundary };
}

/** A subject that opens with an office and runs on as one title, with no clause inside it. */
const LONG_TITLE =
	/^(?:the\s+)?(?:(?:deputy|acting|first|chief|senior)\s+)?(?:head|chief|spokes\p{L}*|commander|governor|minister|director|secretary|representative|press\s+(?:secretary|officer|service|cent(?:re|er)))\s+(?:of|for)\s+(?:(?!(?:who|which|that|after|when|while|because|since|as|and\s+(?:said|says|told)|said|says|told)(?![\p{L}]))[\p{L}\p{N}’'.()-]+\s*)+$/iu;
const LONG_TITLE_WORDS = 24;

/**
 * The subject before the first verb of a clause ("The ministry has released …", "The governor
 * visited …"): an auxiliary, a past tense in -ed that no article makes an adjective ("the armed
 * forces"), or a common irregular past. Group 1 is the subject.
 */
const COORDINATED_SUBJECT =
	/^(\S.*?)\s+(?:(?:has|have|had|was|were|is|are|will|would)\s|(?<!\b(?:the|a|an)\s+)\p{Ll}+ed\s|(?:met|went|took|held|made|gave|spoke|sent|left)\s)/u;
/** Most words a subject shared with a coordinated verb may have. */
const MAX_COORDINATED_SUBJECT_WORDS = 8;

/** Trims filler words around a subject; returns its span relative to `text`. */
function trimSubject(text: string, from: number, to: number): { start: number; end: number } {
	let s = text.slice(from, to);
	let start = from;
	// Leading space and a list's bullet ("• The ministry said …").
	const lead = /^[\s•·▪●◦‣*]+/u.exec(s)?.[0].length ?? 0;
	s = s.slice(lead);
	start += lead;
	for (let step = 0; step < 3; step++) {
		const filler = (LEADING_FILLER.exec(s) ?? TIME_BEFORE.exec(s))?.[0].length ?? 0;
		s = s.slice(filler);
		start += filler;
	}
	s = s.replace(/[\s,]+$/, '');
	for (let step = 0, before = ''; step < 4 && before !== s; step++) {
		before = s;
		s = s
			.replace(TIME_AFTER, '')
			.replace(TIME_ADJUNCT_END, '')
			.replace(TRAILING_AUX, '')
			.replace(GOES_ON_TO, '');
	}
	// "X has released its update and confirmed that …", "X visited the hospital and said …": the
	// cue verb shares the subject of the verb it is coordinated with.
	if (/\sand$/.test(s)) {
		const first = COORDINATED_SUBJECT.exec(s);
		if (first && first[1].split(/\s+/).length <= MAX_COORDINATED_SUBJECT_WORDS)
			return { start, end: start + first[1].length };
	}
	const words = s.split(/\s+/).filter(Boolean);
	// A long title is a subject as written ("Head of the press centre of the X group of forces in …
	// Colonel Jane Roe"); other long subjects are clauses the segmenter ran on, whose end is the speaker.
	if (words.length > 12 && !(words.length <= LONG_TITLE_WORDS && LONG_TITLE.test(s))) {
		// A clause joined to the speaker by "and" ("… territory seized by Russia and Ukrainian
		// officials have said"): the speaker is what follows the last "and".
		let keep = words.slice(-8).join(' ');
		const joinedBy = /^.*\s(?:and|but)\s+(?=\S+\s+\S)/.exec(keep);
		if (joinedBy) keep = keep.slice(joinedBy[0].length);
		const cut = s.lastIndexOf(keep);
		return { start: start + cut, end: start + cut + keep.length };
	}
	return { start, end: start + s.length };
}

/** "a press release by TASS" → "TASS": the agent of a statement noun. */
function agentOf(
	text: string,
	span: { start: number; end: number }
): { start: number; end: number } {
	const phrase = text.slice(span.start, span.end);
	const by = /\b(?:by|from)\s+/gi;
	let last = -1;
	for (let m = by.exec(phrase); m; m = by.exec(phrase)) last = m.index + m[0].length;
	if (last > 0 && EVIDENCE_NOUNS.test(phrase.slice(0, last)))
		return { start: span.start + last, end: span.end };
	return span;
}

function makeCue(
	sentenceText: string,
	offset: number,
	span: { start: number; end: number },
	at: number
): Cue | null {
	const claimant = sentenceText.slice(span.start, span.end).trim();
	if (
		!/\p{L}/u.test(claimant) ||
		NOT_A_SUBJECT.test(claimant) ||
		CLAUSE_SUBJECT.test(claimant) ||
		ENDS_OFF_SUBJECT.test(claimant)
	)
		return null;
	return { claimant, start: offset + span.start, end: offset + span.end, at: offset + at };
}

/** Widens a claimant whose own words name no side with the appositive before it ("the head of X, Y"). */
function widen(
	sentenceText: string,
	span: { start: number; end: number }
): { start: number; end: number } {
	let start = span.start;
	for (let step = 0; step < 2; step++) {
		const before = sentenceText.slice(0, start).replace(/[\s,]+$/, '');
		if (before.length === 0 || !/,\s*$/.test(sentenceText.slice(0, start))) break;
		const { from } = lastSegment(before);
		start = trimSubject(sentenceText, from, before.length).start;
		const appositive = sentenceText.slice(start, before.length);
		// "Troops shelled X, Agency said": a clause before the comma is no title of the speaker.
		if (!TITLE_WORD.test(appositive) || hasTrigger(appositive)) break;
		if (sideOfClaimant(sentenceText.slice(start, span.end))) return { start, end: span.end };
	}
	return span;
}

/**
 * A month's name or its abbreviation, as datelines write it ("Dec.", "Sept", "June"): a stem of
 * `MONTHS` (`geocode/lexicon/calendar.ts`), capitalised, then any letters and a period.
 */
export const MONTH = `(?:${MONTH_STEMS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})[a-z]*\\.?`;

/** The parts of a dateline, each read where the one before it ended (sticky). */
const DATELINE = {
	/** "Dec 26 -" alone: a date label. */
	dateLabel: new RegExp(`${MONTH}\\s+\\d{1,2}\\s+[-–—]`, 'uy'),
	/** "(Agency) -", "(AGENCY - Agency)" opening the paragraph. */
	agencyFirst: /\((?:[\p{Lu}][\p{L}.'’]*(?:\s*[-–—/]\s*|\s+)?){1,4}\)\s*[-–—]?/uy,
	/** The filing place in capitals ("KYIV", "NEW YORK", "ST. PETERSBURG"). */
	upperPlace: /\p{Lu}[\p{Lu}.'’-]*(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?![\p{Ll}])/uy,
	/** The filing place in title case ("Kyiv", "Nova Kakhovka"). */
	titlePlace: /\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}/uy,
	/** ", Ukraine", ", Donetsk Region": the country or region of the filing place. */
	area: new RegExp(
		`,\\s*(?!${MONTH}\\s+\\d)\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}(?=[\\s,.(/–—-])`,
		'uy'
	),
	/** ", May 3", ", 3 May", ", Dec. 1, 2023", ", June 11." */
	date: new RegExp(`,\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?\\.?`, 'uy'),
	/** "/TASS/.", "(Reuters)", "(RIA Novosti)": the agency, once or twice. */
	agency: /(?:\s*[.,]?\s*(?:\/[^/\n]{2,40}\/\s*\.?|\([^)\n]{1,80}\)))+/uy,
	/** The dash that ends a dateline. */
	dash: /\s*[-–—]+/uy,
	/** "KYIV:", "Vienna:": a place label. */
	label: /\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?:(?=\s)/uy
};

/** The end of `re`'s match at `at` in `text`, or -1. */
function readAt(re: RegExp, text: string, at: number): number {
	re.lastIndex = at;
	return re.test(text) ? re.lastIndex : -1;
}

/**
 * Where a dateline that starts with a filing place ends: the place, its country or region, the
 * date and the agency, each optional, and the dash; -1 when `text` opens with none. A place in
 * title case needs an agency, or a country, region or date and the dash ("Kyiv, Ukraine —"), so
 * that a sentence opening with a town and a comma is no dateline.
 */
function placeDatelineEnd(text: string): number {
	const upper = readAt(DATELINE.upperPlace, text, 0);
	// Two capitals at least: "A" opens sentences.
	const placeEnd = upper >= 2 ? upper : readAt(DATELINE.titlePlace, text, 0);
	if (placeEnd < 0) return -1;
	let at = placeEnd;
	let parts = 0;
	for (let k = 0; k < 2; k++) {
		const e = readAt(DATELINE.area, text, at);
		if (e < 0) break;
		at = e;
		parts++;
	}
	const dated = readAt(DATELINE.date, text, at);
	if (dated >= 0) {
		at = dated;
		parts++;
	}
	const agency = readAt(DATELINE.agency, text, at);
	if (agency >= 0) {
		const dash = readAt(DATELINE.dash, text, agency);
		// "Zorivka (the old quarter) was shelled": a town in title case and brackets open a
		// sentence unless a date or a dash says dateline.
		if (dash >= 0) return dash;
		if (upper >= 2 || dated >= 0) return agency;
	}
	if (upper < 2 && parts === 0) return -1;
	const dash = readAt(DATELINE.dash, text, at);
	// "Testopil, June 5 A man was hurt …": a place and a date with no dash, the sentence after them
	// opening with a capital, is a dateline that lost its dash.
	if (dash < 0 && dated >= 0 && /^\s+\p{Lu}/u.test(text.slice(dated))) return dated;
	return dash;
}

/**
 * A dateline or label opening a paragraph: "CITY, Month D. /AGENCY/.", "CITY (Agency) -",
 * "CITY, Country, Month D, YYYY (Agency) —", "CITY, Country —", "CITY:", "UPDATE -", "Dec 26 -",
 * and with the city in title case "City, Month D (Agency)", "City (Country) (Agency) -" or
 * "City, Country —", and "City, Month D" before a capital, its dash lost. Its length, 0 when there
 * is none; it names where the report was filed, not a claim.
 */
export function datelineLength(paragraph: string): number {
	let end = readAt(DATELINE.dateLabel, paragraph, 0);
	if (end < 0) end = readAt(DATELINE.agencyFirst, paragraph, 0);
	if (end < 0) end = placeDatelineEnd(paragraph);
	if (end < 0) end = readAt(DATELINE.label, paragraph, 0);
	if (end < 0) return 0;
	return end + (/^\s*/u.exec(paragraph.slice(end)) as RegExpExecArray)[0].length;
}

const LOOKALIKES: Record<string, string> = {
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	а: 'a',
	е: 'e',
	о: 'o',
	р: 'p',
	с: 'c',
	у: 'y',
	х: 'x'
};
function latinLookalike(c: string): string {
	return LOOKALIKES[c] ?? c;
}

/** A passive "quoted … as saying" after its subject, with the agency that quoted if named. */
const QUOTED_AS =
	/(?<![\p{L}])(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?quoted(?:\s+by\s+[^,;:.!?”"]{2,80}?)?(?:\s+(?:on|late|early)\s+\p{Lu}\p{Ll}+)?\s+as\s+(?:saying|stating|telling)(?![\p{L}])/gu;

/** Blanks out what cue finding must not read: the dateline, and quote marks around a short phrase. */
function maskForCues(text: string, sentence: Sentence): string {
	let s = text.slice(sentence.start, sentence.end);
	if (sentence.start === 0 || text[sentence.start - 1] === '\n') {
		const d = datelineLength(s);
		if (d > 0) s = ' '.repeat(d) + s.slice(d);
	}
	// Cyrillic look-alike letters inside a Latin word ("Аccording" typed with a Cyrillic A).
	s = s.replace(/[\p{Script=Latin}\p{Script=Cyrillic}]+/gu, (word) =>
		/\p{Script=Latin}/u.test(word) ? word.replace(/[АВЕКМНОРСТХаеорсух]/g, latinLookalike) : word
	);
	// "X was quoted by an agency as saying …": X says it, as "X said …" would.
	s = s.replace(QUOTED_AS, (all) => ' '.repeat(all.length - 4) + 'said');
	// Scare quotes ('the "official"') are part of a phrase, not a quotation that ends a clause.
	return s.replace(/[“"]([^“”"]{1,40})[”"]/g, (all, inner: string) =>
		inner.trim().split(/\s+/).length <= 3 ? ` ${inner} ` : all
	);
}

/** A web address's ending in lower or upper case ("Testnews.NET"): no full stop. */
const WEB_ENDINGS = [...WEB_DOMAINS, ...WEB_DOMAINS.map((d) => d.toUpperCase())].join('|');

/**
 * Where the agent of "according to" ends: punctuation (not a title's stop, "Gov. Jane Roe", nor a
 * web outlet's, "Testnews.net") or a clause.
 */
const AGENT_END = new RegExp(
	`[,;:!?”"]|(?<!(?<![\\p{L}])(?:Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr|Mr|Mrs|Ms|Dr|Sen|Rep|St|Prof|Pres|\\p{Lu}))\\.(?!(?:${WEB_ENDINGS})(?![\\p{L}]))|\\s(?:that|on|in)\\s`,
	'u'
);

/** What "citing" names when it gives a reason rather than a source. */
const CITED_REASON =
	/^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:risks?|threats?|danger|need|concerns?|fears?|reasons?|security|possibility|lack|absence|shortages?|difficult(?:y|ies)|situation|escalation|health|injur(?:y|ies)|casualties|deaths|losses|attacks|incidents|cases|examples|evidence|figures)(?![\p{L}])/iu;
/** Words that open a subordinate clause: its cue ("As X claimed …, Y said") yields to the main clause's. */
const SUBORDINATE_OPENING =
	/^(?:as|while|after|although|though|whereas|even as|before|since|when)\b/i;
/** A subject that is only a conjunction ("if confirmed") is no claimant. */
const NOT_A_SUBJECT =
	/^(?:if|unless|when|whether|as|than|once|until|while|because|though|although|and|or|but)$/i;
/** A subject headed by an institution ("the Russian Defence Ministry") is described by no person's name. */
const INSTITUTION_HEAD =
	/^(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,2}(?:ministry|army|military|forces|command|general\s+staff|staff|service|government|agency)(?![\p{L}])/iu;
/** A name that ends in a region word is a place ("Testovo Region"), not a person. */
const REGION_WORD_END = /\s(?:region|oblast|province|district|raion|krai|republic|area)$/i;
/** A title or body word: what an appositive needs to describe the bare name after it. */
const TITLE_WORD =
	/(?<![\p{L}])(?:spokes\p{L}*|head|governor|minister|commander|official|chief|mayor|representative|advis[eo]r|director|secretary|general|colonel|president|press|officer|member|ministry|staff|service|administration|forces|army|military|command|brigade|council)(?![\p{L}])/iu;
/** A proper name of two to four words ("Jane Roe"). */
const PROPER_NAME = /(?:^|[\s(])((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)\s*,\s*$/u;
/** A day or a time where an inverted speaker would stand ("…, a think tank, said Wednesday."). */
const WHEN_ONLY =
	/^(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|overnight|(?:last|this)\s+(?:week|month|night|morning|evening)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[\p{L}.]*(?:\s+\d{1,2})?)$/iu;
/** A preposition right before a name ("in", "near"): the name is its object. */
const PREPOSITION_END =
	/(?:^|\s)(?:in|near|at|of|from|to|on|by|over|outside|towards?|around|into|across)\s+$/i;
/** A would-be subject that opens with a preposition ("about this in his channel"): no subject at all. */
const PREPOSITIONAL_SUBJECT = /^(?:about|in|on|at|from|with|for|of|to)\s/i;
/** A subject that is only a person's name ("Jane Roe", "Jane van Roe"). */
const NAME_ONLY = /^\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'-]+|van|von|de|al|bin)){1,3}$/u;
/**
 * A sentence that opens with a person's name and a title in commas right before the cue verb
 * ("Jane Roe, governor of Testovo, said …"): the name is the subject, so what follows the verb is
 * what was said, not an inverted speaker. A time or an adverbial before the comma ("On Friday,
 * June 2, said the spokesman X") is no name.
 */
const NAMED_APPOSITIVE_SUBJECT =
	/^\s*(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|Earlier|Later|Meanwhile|Overnight|Yesterday|Today|Tonight|Also|Then|However|But|And|According|As|With|Over|Under|Near|Amid|Despite|Last|This|Next)\b)(?![\p{L}\s’'-]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'-]+|van|von|de|al|bin)){0,3},\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[^,;:“”"]{2,100},\s*$/u;
/** A one-word name ("Testblog, a blog that …"): only before a description of a source that publishes. */
const ONE_WORD_NAME = /(?:^|[\s(])(\p{Lu}[\p{L}’'-]+)\s*,\s*$/u;
const PUBLISHER_NOUN =
	/(?<![\p{L}])(?:blog|channel|project|outlet|website|site|monitor|monitoring\s+group|newspaper|agency|think\s+tank)(?![\p{L}])/iu;

/** Every attribution cue of a sentence, in order (a main clause's before a subordinate one's). */
export function findCues(text: string, sentence: Sentence): Cue[] {
	const s = maskForCues(text, sentence);
	const original = text.slice(sentence.start, sentence.end);
	const cues: Cue[] = [];
	const push = (cue: Cue | null) => {
		if (cue && !cues.some((c) => c.start === cue.start && c.end === cue.end)) cues.push(cue);
	};
	const relayed: Cue[] = [];
	CUE_PATTERN.lastIndex = 0;
	for (let m = CUE_PATTERN.exec(s); m; m = CUE_PATTERN.exec(s)) {
		const before = s.slice(0, m.index);
		if (m[0].toLowerCase() === 'according to') {
			const rest = s.slice(m.index + m[0].length);
			const end = rest.search(AGENT_END);
			const span = trimSubject(
				s,
				m.index + m[0].length,
				m.index + m[0].length + (end < 0 ? rest.length : end)
			);
			push(makeCue(original, sentence.start, span, m.index));
			continue;
		}
		if (NEGATED_BEFORE.test(before)) continue;
		// "Strikes claimed the lives of five people": a toll, not a statement.
		if (/^claim/i.test(m[0]) && TOLL_AFTER.test(s.slice(m.index + m[0].length))) continue;
		// "Russian reports of fighting near X", "the claims that …": a noun, not a verb of saying.
		if (NOUN_HOMOGRAPHS.test(m[0]) && NOUN_USE_BEFORE.test(before)) continue;
		// "…, with no damage reported by the governor": a participle with its agent is a passive too.
		const reducedPassive = /ed$/i.test(m[0]) && /^\s+by\s+\S/.test(s.slice(m.index + m[0].length));
		if (PASSIVE_BEFORE.test(before) || reducedPassive) {
			const after = s.slice(m.index + m[0].length);
			// "… was published today, May 3, by X", "This was reported in the summary of X", "… in
			// the Air Force".
			const by =
				PASSIVE_AGENT.exec(after) ??
				(reducedPassive ? null : (PASSIVE_DOCUMENT.exec(after) ?? PASSIVE_BODY.exec(after)));
			if (!by) continue;
			let agent = by[1] ?? by[2];
			// "… by the ministry's spokesman, Lieutenant General Jane Roe.": the name closing the
			// sentence after the agent is the agent's own.
			if (by[1] !== undefined) {
				const named = APPOSITIVE_NAME_END.exec(after.slice(by[0].length));
				if (named) agent += named[0].replace(/[\s.!?]+$/, '');
			}
			const from =
				m.index +
				m[0].length +
				(by[1] !== undefined ? by[0].length - by[1].length : by[0].indexOf(agent));
			const cue = makeCue(
				original,
				sentence.start,
				trimSubject(s, from, from + agent.length),
				m.index
			);
			// "An account by X, reported by an outlet, said": the outlet relays; the main verb's subject speaks.
			if (reducedPassive && !PASSIVE_BEFORE.test(before)) {
				if (cue) relayed.push(cue);
			} else push(cue);
			continue;
		}
		// "Testmap, a mapping site that charts the front, showed …": the name before an appositive
		// holding a clause of its own is the subject.
		const appositive = APPOSITIVE_SUBJECT.exec(before);
		if (appositive) {
			const from = appositive[0].indexOf(appositive[1]);
			push(
				makeCue(
					original,
					sentence.start,
					{ start: from, end: from + appositive[1].length },
					m.index
				)
			);
			continue;
		}
		// A verb capitalised inside the sentence is a name ("the United States", "Testland Reports").
		if (/^\p{Lu}/u.test(m[0]) && before.trim().length > 0 && !/[“"(:]\s*$/.test(before)) continue;
		const closedAside = /,\s*$/.test(before.replace(AUX_AFTER_COMMA, ','));
		let subjectEnd = before.replace(AUX_AFTER_COMMA, '').replace(/[\s,]+$/, '').length;
		const segment = lastSegment(before.slice(0, subjectEnd));
		const boundary = segment.boundary;
		let from = segment.from;
		// "X - a monitoring body set up in 2014 - said": an aside between dashes describes X.
		// Only the end of the subject can hold the aside: look there, not along the whole sentence.
		const asideFrom = Math.max(0, subjectEnd - DASH_ASIDE_REACH);
		const dashed = /[-–—]/.test(before[subjectEnd - 1] ?? '')
			? DASH_ASIDE.exec(before.slice(asideFrom, subjectEnd))
			: null;
		if (dashed && asideFrom + dashed.index > 0) {
			subjectEnd = before.slice(0, asideFrom + dashed.index).replace(/[\s,]+$/, '').length;
			from = lastSegment(before.slice(0, subjectEnd)).from;
		}
		// "X, which calls the towns by old names, said" / "X, a blog that tracks the front, had
		// reported": a relative clause closed by a comma describes the subject before it.
		if (
			closedAside &&
			boundary > 0 &&
			/^(?:which|who|that)$/i.test(before.slice(boundary, from).trim())
		) {
			subjectEnd = before.slice(0, boundary).replace(/[\s,]+$/, '').length;
			from = lastSegment(before.slice(0, subjectEnd)).from;
		}
		// "The official who has run the city since 2022 said": a relative clause on a person, with
		// no commas, describes the subject before it.
		if (
			!closedAside &&
			boundary > 0 &&
			/^who$/i.test(before.slice(boundary, from).trim()) &&
			!/[,;:“”"]/.test(before.slice(from, subjectEnd))
		) {
			subjectEnd = before.slice(0, boundary).replace(/[\s,]+$/, '').length;
			from = lastSegment(before.slice(0, subjectEnd)).from;
		}
		// "X, reported by an outlet, said", "X, writing on Telegram, said", "X, interviewed on
		// television, said": the participle's phrase is an aside; X is the subject ("citing Y" names
		// a source of its own).
		const participle = before.slice(from, subjectEnd);
		if (
			(/^\s*\p{Ll}+ed\s+by\s/u.test(participle) ||
				(/^\s*\p{Ll}+(?:ing|ed)\s/u.test(participle) &&
					!/^\s*(?:citing|quoting|referring|according)\b/i.test(participle) &&
					closedAside)) &&
			from > 1
		) {
			subjectEnd = before.slice(0, from - 1).replace(/[\s,]+$/, '').length;
			from = lastSegment(before.slice(0, subjectEnd)).from;
		}
		let span = trimSubject(s, from, subjectEnd);
		// Inversion after a clause: "…, reports the Institute", "…, said the regional governor."
		const inverted = INVERTED_AFTER.exec(s.slice(m.index + m[0].length));
		// "…, Jane Roe, said drones hit a house": a name in commas is the subject, not a clause before it.
		const namedSubject = NAME_ONLY.test(s.slice(span.start, span.end));
		// "About this in his channel said the governor X": a phrase opening with a preposition is no
		// subject, so the speaker follows the verb (a word order of translated reports).
		const prepositionalSubject = PREPOSITIONAL_SUBJECT.test(s.slice(span.start, span.end));
		// "…, Jane Roe, a spokesman, told Agency": what follows "told" is whom it was told to.
		if (
			(/,\s*$/.test(before) || prepositionalSubject) &&
			inverted &&
			!/^(?:told|tells)$/i.test(m[0]) &&
			!namedSubject &&
			!NAMED_APPOSITIVE_SUBJECT.test(before) &&
			!/^(?:that|it|this|he|she|they)\b/i.test(inverted[1]) &&
			!WHEN_ONLY.test(inverted[1])
		) {
			const start = m.index + m[0].length + inverted[0].indexOf(inverted[1]);
			push(
				makeCue(
					original,
					sentence.start,
					trimSubject(s, start, start + inverted[1].length),
					m.index
				)
			);
			continue;
		}
		if (span.end <= span.start) {
			// Inversion after a quotation: "…,” said the ministry."
			const rest = s.slice(m.index + m[0].length);
			const end = rest.search(/[,;:.!?]/);
			if (!/[”"]\s*,?\s*$/.test(before) && before.trim().length > 0) continue;
			span = trimSubject(
				s,
				m.index + m[0].length,
				m.index + m[0].length + (end < 0 ? rest.length : end)
			);
		}
		span = agentOf(s, span);
		// "…the town of X, whose capture Y hailed": a relative clause's verb tells of its antecedent,
		// not the sentence's claim.
		if (/^(?:whose|which)\b/i.test(s.slice(span.start, span.end))) continue;
		// "Jane Roe, the regional governor, said": the name is the claimant, the title describes it.
		let described = false;
		if (
			/^(?:(?:the|a|an)\s|\p{Ll})/u.test(s.slice(span.start, span.end)) &&
			!INSTITUTION_HEAD.test(s.slice(span.start, span.end)) &&
			!PRONOUN.test(s.slice(span.start, span.end))
		) {
			const named =
				PROPER_NAME.exec(s.slice(0, span.start)) ??
				(PUBLISHER_NOUN.test(s.slice(span.start, span.end))
					? ONE_WORD_NAME.exec(s.slice(0, span.start))
					: null);
			// "… positions in Lypky, a think tank said": a name after a preposition is a place, no subject.
			const afterPreposition =
				named !== null &&
				PREPOSITION_END.test(s.slice(0, named.index + named[0].indexOf(named[1])));
			if (named && !afterPreposition && !REGION_WORD_END.test(named[1])) {
				span = { start: named.index + named[0].indexOf(named[1]), end: span.end };
				described = true;
			}
		}
		// "shows", "suggests", "indicates" report only when a document or a named source does it.
		// "The ministry's report named the villages as …": naming reports only when a document names.
		if (
			DOCUMENT_CUE_VERBS.has(m[0].toLowerCase()) &&
			!EVIDENCE_NOUNS.test(s.slice(span.start, span.end))
		)
			continue;
		// A name does it in a few words ("the Institute suggested"); a long phrase with an adverb is a
		// clause ("troops advanced so far apparently without losses suggests").
		const weakSubject = s.slice(span.start, span.end);
		if (
			WEAK_CUE_VERBS.has(m[0].toLowerCase()) &&
			!EVIDENCE_NOUNS.test(weakSubject) &&
			(!/\p{Lu}/u.test(weakSubject) ||
				weakSubject.split(/\s+/).length > 7 ||
				/(?<![\p{L}])\p{Ll}+ly(?![\p{L}])/u.test(weakSubject))
		)
			continue;
		// Only a bare name ("Colonel Jane Roe") takes its side from an appositive before it: a
		// description ("the regional governor") after a clause is not that clause's apposition.
		const subject = s.slice(span.start, span.end);
		if (
			!described &&
			!sideOfClaimant(subject) &&
			/^\p{Lu}/u.test(subject) &&
			!/^The\s/.test(subject)
		)
			span = widen(s, span);
		// "An official told Agency": the outlet told relays the one who speaks, as in "Agency cited".
		const cue = makeCue(original, sentence.start, span, m.index);
		const told = /^(?:told|tells)$/i.test(m[0])
			? TOLD_OUTLET.exec(s.slice(m.index + m[0].length))
			: null;
		push(cue && told ? { ...cue, via: told[1] } : cue);
	}
	// "Reuters, citing the ministry, reported": the source cited is the claimant.
	const citing = /\b(?:citing|quoting)\s+([^,;:.!?”"]{2,80})/giu;
	for (let m = citing.exec(s); m; m = citing.exec(s)) {
		// "citing the risk of attacks", "citing security concerns": a reason, not a source.
		if (CITED_REASON.test(m[1])) continue;
		const from = m.index + m[0].length - m[1].length;
		push(makeCue(original, sentence.start, trimSubject(s, from, from + m[1].length), m.index));
	}
	// "as reported in the Telegram channel of the ministry": the channel's owner speaks.
	const reportedIn =
		/(?<![\p{L}])as\s+(?:reported|stated|said|announced|noted|posted|published)\s+(?:in|on)\s+([^,;:.!?”"]{2,120})/giu;
	for (let m = reportedIn.exec(s); m; m = reportedIn.exec(s)) {
		const from = m.index + m[0].length - m[1].length;
		const owner =
			/^(.*?(?:channel|page|website|site|account|statement|report|update|briefing|bulletin)\s+of\s+)/iu.exec(
				m[1]
			);
		const start = from + (owner ? owner[1].length : 0);
		push(makeCue(original, sentence.start, trimSubject(s, start, from + m[1].length), m.index));
	}
	// "The agency cited an official as saying": the official speaks, relayed by the agency.
	const citedAs =
		/(?<![\p{L}])(?:cited|quoted)\s+([^,;:.!?”"]{2,80}?)\s+as\s+(?:saying|stating|telling|reporting)(?![\p{L}])/giu;
	/** The speaker `who`, found in match `m` after its verb, relayed by the subject before `m`. */
	const relayedCue = (m: RegExpExecArray, who: string) => {
		const from = m.index + m[0].indexOf(who, m[0].search(/\s/));
		const cue = makeCue(original, sentence.start, trimSubject(s, from, from + who.length), m.index);
		const relay = trimSubject(s, lastSegment(s.slice(0, m.index)).from, m.index);
		if (cue) cues.unshift({ ...cue, via: original.slice(relay.start, relay.end).trim() });
	};
	for (let m = citedAs.exec(s); m; m = citedAs.exec(s)) relayedCue(m, m[1]);
	// "The institute cited Russian bloggers' claims that …", "ISW published statements by X about
	// …": whoever made the claims speaks, relayed by whoever cites them.
	const citedClaims =
		/(?<![\p{L}])(?:cited|published|relayed|quoted|reported|noted|shared)\s+(?:(?:the|further|new)\s+)?(?:([^,;:.!?”"]{2,60}?)[’'](?:s\b)?\s+(?:claims?|statements?|reports?|assertions?)|(?:claims?|statements?|reports?|assertions?)\s+(?:by|from)\s+([^,;:.!?”"]{2,60}?))\s+(?:that|about)(?![\p{L}])/giu;
	for (let m = citedClaims.exec(s); m; m = citedClaims.exec(s)) relayedCue(m, m[1] ?? m[2]);
	for (const cue of relayed) push(cue);
	const firstComma = s.indexOf(',');
	if (SUBORDINATE_OPENING.test(s.trimStart()) && firstComma > 0) {
		const main = cues.filter((c) => c.at - sentence.start > firstComma);
		if (main.length > 0) return [...main, ...cues.filter((c) => !main.includes(c))];
	}
	return cues;
}

/** The first attribution cue in a sentence, or null. */
export function findCue(text: string, sentence: Sentence): Cue | null {
	return findCues(text, sentence)[0] ?? null;
}
