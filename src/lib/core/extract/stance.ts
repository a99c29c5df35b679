/**
 * Stage 4a, stance: whether a sentence asserts its events or denies them. A denial is a claim too
 * ("Kyiv denied that its forces shelled X" is Kyiv's claim about X), so it is kept with
 * `stance: 'denies'` instead of being dropped as a negation.
 *
 * A reading splits the sentence into parts, each the sentence with everything else blanked to
 * spaces (offsets stay those of the sentence): what the speaker asserts (the words before a denial)
 * and what it denies (the content of the denied report). A denial that states no content ("the
 * ministry called the reports false", "Moscow denied this") refers back to the claim just before.
 * The rules are tried in order; the first that matches names the reading.
 */
import type { Stance } from '../contract';

/** One part of a sentence read with one stance: `text` is the sentence with the rest blanked. */
export interface StancePart {
	stance: Stance;
	text: string;
}

/** How a sentence was read: the rule that found a denial (null for a plain assertion), and its parts. */
export interface StanceReading {
	rule: DenialRule | null;
	parts: StancePart[];
	/** The denial names no content of its own: it denies the claim of the sentences before. */
	refersBack: boolean;
}

/** Nouns of what is denied. */
const REPORT_NOUNS =
	'(?:reports?|claims?|allegations?|statements?|assertions?|information|accusations?|rumou?rs?|stories|story)';
/** Words that may stand between a denial verb and what it denies ("the Russian media reports"). */
const REPORT_MODIFIERS =
	"(?:(?:the|these|those|such|this|earlier|recent|russian|ukrainian|enemy|media|moscow[’']s|kyiv[’']s|russia[’']s|ukraine[’']s|its|their|his|her|any|all|social|online|western)\\s+)*";
/** Words that call a report false. */
export const FALSE_WORDS =
	'(?:false|fake|untrue|not\\s+true|lies|a\\s+lie|groundless|baseless|unfounded|propaganda|disinformation|fabricated|a\\s+fabrication|fiction|nonsense|a\\s+provocation)';
/** Verbs of denial. */
const DENY_VERBS =
	'(?:denied|denies|deny|denying|refuted|refutes|refuting|rebutted|rejected|rejects|rejecting|dismissed|dismisses|dismissing)';
/** A back reference that is all a denial states ("denied this", "denied the reports"). */
const BACK_REFERENCE = new RegExp(
	`^\\s*(?:(?:this|that|it|them|these|those)|${REPORT_MODIFIERS}${REPORT_NOUNS})\\s*(?:[,.;:!?]|$|as\\b|outright\\b|categorically\\b|on\\b|in\\b)`,
	'i'
);

/** The named rules that find a denial, in the order they are tried. */
export const DENIAL_RULES = [
	'claim-denied',
	'reports-called-false',
	'reports-were-denied',
	'reports-were-false',
	'not-true-that',
	'denied'
] as const;
export type DenialRule = (typeof DENIAL_RULES)[number];

/** A denial found in a sentence: where its frame words are and where its content is. */
interface Denial {
	rule: DenialRule;
	/** The words before the denial, which stay an assertion of their own ("X shelled Y, but Z denied …"). */
	prefixEnd: number;
	contentStart: number;
	contentEnd: number;
}

type Finder = (sentence: string) => Denial | null;

const CALLED_FALSE = new RegExp(
	`\\b(?:called|calls|described|describes|branded|brands|termed|labell?ed|dismissed|dismisses|rejected|rejects)\\s+(?:as\\s+${FALSE_WORDS}\\s+)?${REPORT_MODIFIERS}${REPORT_NOUNS}\\b`,
	'i'
);
const FALSE_AFTER = new RegExp(`\\b(?:as\\s+)?${FALSE_WORDS}\\b`, 'i');
const WERE_DENIED = new RegExp(
	`\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:\\p{L}+ly\\s+)?${DENY_VERBS}\\b`,
	'iu'
);
const WERE_FALSE = new RegExp(
	`\\b(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+(?:\\p{L}+ly\\s+)?${FALSE_WORDS}\\b`,
	'iu'
);
const REPORTS_THAT = new RegExp(`${REPORT_MODIFIERS}${REPORT_NOUNS}\\s+(?:that|of|about)\\b`, 'i');
const NOT_TRUE_THAT = new RegExp(`\\b${FALSE_WORDS}\\s+that\\b`, 'i');
const DENIED = new RegExp(
	`\\b${DENY_VERBS}\\s+(?:${REPORT_MODIFIERS}${REPORT_NOUNS}\\s*(?:that|of|about)?|that)?`,
	'i'
);

/**
 * What a denial verb may take that is no event: "dismissed the significance of the push", "rejected
 * the offer of talks", "denied access to the plant" deny no claim about the war's events.
 */
const NOT_AN_EVENT =
	/^\s*(?:(?:the|a|an|any|its|their|his|her)\s+)?(?:significance|importance|impact|threat|scale|extent|idea|possibility|prospect|calls?|offers?|proposals?|demands?|ultimatums?|requests?|access|entry|permission|visas?|responsibility|involvement|plans?)\b/i;

/** The "reports that …" that opens a denied content, or -1. */
function reportsThatBefore(sentence: string, end: number): { start: number; end: number } | null {
	const m = REPORTS_THAT.exec(sentence.slice(0, end));
	return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * A denial set after the claim it denies, as a clause of its own: "a claim denied by Kyiv", "which
 * Moscow rejected", "a claim the ministry disputed". It states nothing but the denial.
 */
const CLAIM_DENIED = new RegExp(
	`^\\s*(?:(?:a\\s+claim|claims|which|something)\\s+(?:that\\s+)?(?:(?:was|were|has\\s+been|had\\s+been)\\s+)?(?:\\p{L}+ly\\s+)?(?:${DENY_VERBS}|disputed)\\s+by\\s+[^,;.]+|(?:a\\s+claim|which|something)\\s+(?:that\\s+)?[^,;.]{1,50}?\\s(?:\\p{L}+ly\\s+)?(?:${DENY_VERBS}|disputed|disputes))\\s*[.!?]?\\s*$`,
	'iu'
);

const FINDERS: Record<DenialRule, Finder> = {
	'claim-denied': (s) =>
		CLAIM_DENIED.test(s)
			? { rule: 'claim-denied', prefixEnd: 0, contentStart: s.length, contentEnd: s.length }
			: null,
	// "The ministry called reports that X had fallen false", "dismissed as fake the claims of …".
	'reports-called-false': (s) => {
		const m = CALLED_FALSE.exec(s);
		if (!m) return null;
		const after = m.index + m[0].length;
		const tail = FALSE_AFTER.exec(s.slice(after));
		const falseFirst = new RegExp(FALSE_WORDS, 'i').test(m[0]);
		if (!tail && !falseFirst) return null;
		const contentEnd = tail && !falseFirst ? after + tail.index : s.length;
		return { rule: 'reports-called-false', prefixEnd: m.index, contentStart: after, contentEnd };
	},
	// "Claims that Russian troops had entered X were refuted by the General Staff."
	'reports-were-denied': (s) => {
		const m = WERE_DENIED.exec(s);
		if (!m) return null;
		const opening = reportsThatBefore(s, m.index);
		if (!opening) return null;
		return {
			rule: 'reports-were-denied',
			prefixEnd: opening.start,
			contentStart: opening.end,
			contentEnd: m.index
		};
	},
	// "He said reports of a strike on X were false."
	'reports-were-false': (s) => {
		const m = WERE_FALSE.exec(s);
		if (!m) return null;
		const opening = reportsThatBefore(s, m.index);
		if (!opening) return null;
		return {
			rule: 'reports-were-false',
			prefixEnd: opening.start,
			contentStart: opening.end,
			contentEnd: m.index
		};
	},
	// "The governor said it was untrue that the plant had been hit."
	'not-true-that': (s) => {
		const m = NOT_TRUE_THAT.exec(s);
		if (!m) return null;
		return {
			rule: 'not-true-that',
			prefixEnd: m.index,
			contentStart: m.index + m[0].length,
			contentEnd: s.length
		};
	},
	// "Ukraine denied that its forces shelled X", "Moscow denied Kyiv's claims of …", "denied this".
	denied: (s) => {
		const m = DENIED.exec(s);
		if (!m || NOT_AN_EVENT.test(s.slice(m.index + m[0].length))) return null;
		// "The strike on X was denied by Moscow": the passive's subject is what is denied.
		const passive = WERE_DENIED.exec(s);
		if (passive && passive.index < m.index && passive.index + passive[0].length > m.index)
			return { rule: 'denied', prefixEnd: 0, contentStart: 0, contentEnd: passive.index };
		return {
			rule: 'denied',
			prefixEnd: m.index,
			contentStart: m.index + m[0].length,
			contentEnd: s.length
		};
	}
};

/** `sentence` with everything outside [start, end) replaced by spaces (offsets kept). */
function keepOnly(sentence: string, start: number, end: number): string {
	return ' '.repeat(start) + sentence.slice(start, end) + ' '.repeat(sentence.length - end);
}

/** Reads a sentence's stance: one asserted part, or the asserted prefix and the denied content. */
export function readStance(sentence: string): StanceReading {
	for (const rule of DENIAL_RULES) {
		const d = FINDERS[rule](sentence);
		if (!d) continue;
		const content = sentence.slice(d.contentStart, d.contentEnd);
		const parts: StancePart[] = [];
		if (d.prefixEnd > 0)
			parts.push({ stance: 'asserts', text: keepOnly(sentence, 0, d.prefixEnd) });
		parts.push({ stance: 'denies', text: keepOnly(sentence, d.contentStart, d.contentEnd) });
		const refersBack = /^[\s,.;:!?"”’]*$/.test(content) || BACK_REFERENCE.test(content);
		return { rule, parts, refersBack };
	}
	return { rule: null, parts: [{ stance: 'asserts', text: sentence }], refersBack: false };
}
