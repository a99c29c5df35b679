/**
 * Stage 3, claimants: who asserts each sentence. An explicit cue ("X said", "according to X", "a
 * press release by X revealed") names the claimant; the claim carries on to the following sentences
 * of the same paragraph until another cue takes over. No cue: `unattributed`, never a guess.
 */
import type { ClaimantSide } from '../contract';
import {
	CLAIMANT_TIERS,
	CLAIMANT_VOCABULARY,
	CUE_VERBS,
	PRONOUN_SUBJECTS,
	type ClaimantTerm
} from './claimant-vocabulary';
import type { Sentence } from './sentences';

/** Who a sentence is attributed to, and how that was decided. */
export type Attribution =
	| { kind: 'cue'; side: ClaimantSide; claimant: string; start: number; end: number }
	| { kind: 'carried'; side: ClaimantSide; claimant: string; fromSentence: number }
	| { kind: 'none' };

/** An explicit attribution cue found in one sentence; `start`/`end` delimit the claimant as written. */
export interface Cue {
	/** Null when the subject is a pronoun ("he added") that refers to an earlier claimant. */
	claimant: string | null;
	side: ClaimantSide | null;
	start: number;
	end: number;
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

/** The side a claimant phrase speaks for: the most specific vocabulary term in it, earliest first. */
export function sideOfClaimant(phrase: string): ClaimantSide | null {
	let best: { rank: number; at: number; side: ClaimantSide } | null = null;
	for (const pattern of TERM_PATTERNS) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(phrase); m; m = pattern.exec(phrase)) {
			const term = TERM_INDEX.get(m[0]) ?? TERM_INDEX.get(m[0].toLowerCase());
			if (!term) continue;
			const rank = CLAIMANT_TIERS.indexOf(term.tier);
			if (!best || rank < best.rank || (rank === best.rank && m.index < best.at))
				best = { rank, at: m.index, side: term.side };
		}
	}
	return best?.side ?? null;
}

const CUE_PATTERN = new RegExp(`${B}(?:according to|${CUE_VERBS.join('|')})${E}`, 'giu');
const BOUNDARY =
	/[,;:—–“”"(]|(?<![\p{L}])(?:that|which|who|whom|while|after|before|because|since|when|where|as)(?![\p{L}])/giu;
const LEADING_FILLER =
	/^(?:(?:and|but|also|meanwhile|however|then|furthermore|moreover|separately|in fact|in addition|still|later|earlier|now|yet|so|even|too|further)\s+)+/i;
const TRAILING_AUX =
	/(?:\s+(?:also|further|previously|later|reportedly|has|have|had|will|would|did|does|do|had previously|then|again|earlier|repeatedly|once|officially|publicly))+$/i;
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|is|are|been|be|being)\s*$/i;
const NEGATED_BEFORE = /(?:\bnot|n[’']t|\bnever)\s*$/i;
const GENERIC_UNSOURCED =
	/^(?:(?:some|several|unconfirmed|media|local|news|online|social media)\s+)*(?:reports?|sources?)$/i;

/** The last clause segment of `text` (what follows the last comma, quote mark or clause word). */
function lastSegment(text: string): { from: number; segment: string } {
	let from = 0;
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		// A bracket closed before the end is an aside inside the subject: "The Ministry of Defense (MoD)".
		if (m[0] === '(' && text.indexOf(')', m.index) >= 0) continue;
		if (m.index + m[0].length <= text.length) from = m.index + m[0].length;
	}
	return { from, segment: text.slice(from) };
}

/** Trims filler words around a subject; returns its span relative to `text`. */
function trimSubject(text: string, from: number, to: number): { start: number; end: number } {
	let s = text.slice(from, to);
	let start = from;
	const lead = /^\s+/.exec(s)?.[0].length ?? 0;
	s = s.slice(lead);
	start += lead;
	const filler = LEADING_FILLER.exec(s)?.[0].length ?? 0;
	s = s.slice(filler);
	start += filler;
	s = s.replace(/[\s,]+$/, '').replace(TRAILING_AUX, '');
	const words = s.split(/\s+/).filter(Boolean);
	if (words.length > 12) {
		const keep = words.slice(-8).join(' ');
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
	if (
		last > 0 &&
		/\b(?:release|statement|report|post|tweet|update|briefing|bulletin|message|announcement|reports)\b/i.test(
			phrase.slice(0, last)
		)
	)
		return { start: span.start + last, end: span.end };
	return span;
}

function makeCue(
	sentenceText: string,
	offset: number,
	span: { start: number; end: number }
): Cue | null {
	const claimant = sentenceText.slice(span.start, span.end).trim();
	if (!/\p{L}/u.test(claimant)) return null;
	const lower = claimant.toLowerCase();
	if (PRONOUN_SUBJECTS.includes(lower))
		return { claimant: null, side: null, start: offset + span.start, end: offset + span.end };
	const side = GENERIC_UNSOURCED.test(claimant) ? 'unattributed' : sideOfClaimant(claimant);
	return { claimant, side, start: offset + span.start, end: offset + span.end };
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
		if (sideOfClaimant(sentenceText.slice(start, span.end))) return { start, end: span.end };
	}
	return span;
}

/** The first explicit attribution cue in a sentence, or null. */
export function findCue(text: string, sentence: Sentence): Cue | null {
	const s = text.slice(sentence.start, sentence.end);
	CUE_PATTERN.lastIndex = 0;
	for (let m = CUE_PATTERN.exec(s); m; m = CUE_PATTERN.exec(s)) {
		const before = s.slice(0, m.index);
		if (m[0].toLowerCase() === 'according to') {
			const rest = s.slice(m.index + m[0].length);
			const end = rest.search(/[,;:.!?”"]|\s(?:that|on|in)\s/);
			const span = trimSubject(
				s,
				m.index + m[0].length,
				m.index + m[0].length + (end < 0 ? rest.length : end)
			);
			const cue = makeCue(s, sentence.start, span);
			if (cue) return cue;
			continue;
		}
		if (NEGATED_BEFORE.test(before)) continue;
		if (PASSIVE_BEFORE.test(before)) {
			const by = /^\s+by\s+([^,;.]+)/.exec(s.slice(m.index + m[0].length));
			if (!by) continue;
			const from = m.index + m[0].length + by[0].length - by[1].length;
			const cue = makeCue(s, sentence.start, trimSubject(s, from, from + by[1].length));
			if (cue) return cue;
			continue;
		}
		const subjectEnd = before.replace(/[\s,]+$/, '').length;
		const { from } = lastSegment(before.slice(0, subjectEnd));
		let span = trimSubject(s, from, subjectEnd);
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
		// Only a bare name ("Colonel Jane Roe") takes its side from an appositive before it: a
		// description ("the regional governor") after a clause is not that clause's apposition.
		const subject = s.slice(span.start, span.end);
		if (!sideOfClaimant(subject) && /^\p{Lu}/u.test(subject) && !/^The\s/.test(subject))
			span = widen(s, span);
		const cue = makeCue(s, sentence.start, span);
		if (cue) return cue;
	}
	return null;
}

/** Attributes every sentence: its own cue, or the cue carried from earlier in the paragraph, or none. */
export function attributeSentences(text: string, sentences: readonly Sentence[]): Attribution[] {
	const result: Attribution[] = [];
	type Current = { side: ClaimantSide; claimant: string; sentence: number };
	let current: Current | null = null;
	let lastOfPrevious: Current | null = null;
	let paragraph = -1;
	for (const sentence of sentences) {
		if (sentence.paragraph !== paragraph) {
			lastOfPrevious = sentence.paragraph === paragraph + 1 ? current : null;
			paragraph = sentence.paragraph;
			current = null;
		}
		const cue = findCue(text, sentence);
		// "It added that ..." opening a paragraph continues the report of the paragraph before.
		if (cue && cue.claimant === null && !current && lastOfPrevious) current = lastOfPrevious;
		if (cue && cue.claimant !== null) {
			const side = cue.side ?? 'other';
			current = { side, claimant: cue.claimant, sentence: sentence.index };
			result.push({ kind: 'cue', side, claimant: cue.claimant, start: cue.start, end: cue.end });
		} else if (current) {
			result.push({
				kind: 'carried',
				side: current.side,
				claimant: current.claimant,
				fromSentence: current.sentence
			});
		} else result.push({ kind: 'none' });
	}
	return result;
}
