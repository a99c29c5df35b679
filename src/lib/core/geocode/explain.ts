/**
 * Why each mention of a text landed where it did: its span, the context facts around it, the
 * classify stage's verdicts (with every span and mention it rejected and the rule that did), its
 * relations to the other mentions, and each candidate's features and score. Built from the same
 * stages the geocoder runs (`createGeocoder(...).explain`), printed by `cli geocode --explain`.
 */
import type { MentionTrace, FoundMention } from './mentions';
import { cueBefore, kindOfWord } from './cues';
import { MATERIEL_WORDS, PERSON_TITLES, PERSON_VERBS, SPEECH_VERBS, WATER_WORDS } from './lexicon';
import {
	contextContributions,
	priorContributions,
	type Candidate,
	type Contribution
} from './rank';
import { roles as rolesOf, type MentionRole } from './roles';
import { possessive, tokenise, type Token } from './tokens';
import type { ResolvedMention } from './types';
import { warLineIntensities } from './warzone';
import { RANK_LIMITS, type RankWeights } from './weights';

/** The candidates shown per mention, best first: those whose parts the ranking keeps. */
const SHOWN_CANDIDATES = RANK_LIMITS.describedCandidates;

/** One candidate place of a mention, with the features of its score. */
export interface CandidateExplanation {
	id: string;
	name: string;
	featureCode: string;
	admin1: string | null;
	countryCode: string;
	/** The parts of the score by feature, largest first; they sum to `score` unless the ranking overrode it. */
	features: Contribution[];
	score: number;
	p: number;
}

/** One mention the classify stage kept, and what became of it. */
export interface MentionExplanation {
	mention: string;
	start: number;
	end: number;
	/** The gazetteer key that matched and the number of places it names. */
	key: string;
	hits: number;
	/** The facts read from the words around the mention. */
	facts: Record<string, string | number | boolean | null>;
	/** The classify stage's verdict: kept mentions are places. */
	verdict: 'place';
	/** Rules that held for the mention but whose exception kept it ("person-before" after "the village of"). */
	overruled: string[];
	/** Its relations to the other mentions, by their index in `mentions`. */
	relations: {
		qualifies: number | null;
		qualifiedBy: number[];
		bareQualifier: boolean;
		reference: boolean;
		/** Named as the other side of a border: no place's region, no point to be near. */
		bordersOn: boolean;
	};
	candidates: CandidateExplanation[];
	/** The outcome: resolved, ambiguous or unresolved, with its place or reason. */
	resolution: string;
	role: MentionRole;
	/** The role rule that decided it (see `roles.ts`). */
	roleRule: string;
}

/** A span or mention the classify stage rejected. */
export interface RejectionExplanation {
	mention: string;
	start: number;
	end: number;
	/** `span` rules run while scanning; `text` rules after it, with every mention known. */
	stage: 'span' | 'text';
	reason: string;
}

/** The explanation of one text. */
export interface Explanation {
	mentions: MentionExplanation[];
	rejected: RejectionExplanation[];
}

/** What the geocoder's stages produced for one text, as `explainRun` reads it. */
export interface Run {
	text: string;
	date: string | null;
	found: FoundMention[];
	ranked: Candidate[][];
	resolved: ResolvedMention[];
	trace: MentionTrace;
	weights: RankWeights;
}

/** The context facts of a mention over tokens `first..last`. */
function contextFacts(
	tokens: Token[],
	first: number,
	last: number,
	f: FoundMention
): MentionExplanation['facts'] {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	return {
		cueBefore: cueBefore(tokens, first)?.cue ?? null,
		kind: f.kind,
		cue: f.mention.cue,
		near: f.mention.near,
		kindWordAfter: after ? kindOfWord(after.folded) : null,
		titleBefore: before !== undefined && PERSON_TITLES.has(before.folded),
		speechVerbAfter:
			after !== undefined && (PERSON_VERBS.has(after.folded) || SPEECH_VERBS.has(after.folded)),
		possessive: possessive(tokens, last),
		materielAfter: after !== undefined && MATERIEL_WORDS.has(after.folded),
		waterWordAfter: after !== undefined && WATER_WORDS.has(after.folded),
		inCapitals: tokens[first].shouted,
		sentenceInitial: tokens[first].initial,
		sentence: f.sentence,
		offset: f.mention.offset
			? `${f.mention.offset.km} km at ${f.mention.offset.bearingDeg}°`
			: null,
		spottedAs: f.source,
		country: f.country ?? null
	};
}

/** The features of one candidate, largest first, with what the ranking set beyond them. */
function candidateFeatures(
	f: FoundMention,
	c: Candidate,
	w: RankWeights,
	intensities: readonly number[]
): Contribution[] {
	const parts = [...priorContributions(f, c, w, intensities), ...contextContributions(c, w)];
	// A feature the candidate does not have (a Ukrainian place's country tier) adds 0: not shown,
	// but the match strength always is.
	for (let k = parts.length - 1; k >= 0; k--)
		if (parts[k].value === 0 && !parts[k].feature.startsWith('match:')) parts.splice(k, 1);
	return parts.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
}

/** Explains one geocoded text from the stages' outputs. */
export function explainRun(run: Run): Explanation {
	const { text, found, ranked, resolved, trace, weights } = run;
	const tokens = tokenise(text);
	const intensities = warLineIntensities(run.date);
	const indexOf = new Map(found.map((f, m) => [f, m]));
	const roles = rolesOf(text, resolved);
	const mentions = found.map((f, m): MentionExplanation => {
		const r = resolved[m].resolution;
		return {
			mention: f.mention.mention,
			start: f.mention.start,
			end: f.mention.end,
			key: f.key,
			hits: f.hits.length,
			facts: contextFacts(tokens, f.firstToken, f.lastToken, f),
			verdict: 'place',
			overruled: [
				...trace.overruledSpans
					.filter((o) => o.start === f.mention.start && o.end === f.mention.end)
					.map((o) => o.reason),
				...trace.overruledMentions
					.filter((o) => o.mention.mention.start === f.mention.start)
					.map((o) => o.reason)
			],
			relations: {
				qualifies: f.qualifies ? (indexOf.get(f.qualifies) ?? null) : null,
				qualifiedBy: f.qualifiers.flatMap((q) => indexOf.get(q) ?? []),
				bareQualifier: f.bareQualifier ?? false,
				reference: f.mention.reference ?? false,
				bordersOn: f.bordersOn ?? false
			},
			candidates: ranked[m].slice(0, SHOWN_CANDIDATES).map((c) => ({
				id: c.place.id,
				name: c.place.name,
				featureCode: c.place.featureCode,
				admin1: c.place.admin1,
				countryCode: c.place.countryCode,
				features: candidateFeatures(f, c, weights, intensities),
				score: c.score,
				p: c.p
			})),
			resolution:
				r.kind === 'unresolved'
					? `unresolved: ${r.reason}`
					: `${r.kind}: ${r.place.name} (${r.place.id}), confidence ${r.confidence}, ${r.precision}, ±${r.uncertaintyKm} km`,
			role: roles[m].role,
			roleRule: roles[m].rule
		};
	});
	const rejected: RejectionExplanation[] = [
		...trace.rejectedSpans.map((s) => ({
			mention: text.slice(s.start, s.end),
			start: s.start,
			end: s.end,
			stage: 'span' as const,
			reason: s.reason
		})),
		...trace.rejectedMentions.map((r) => ({
			mention: r.mention.mention.mention,
			start: r.mention.mention.start,
			end: r.mention.mention.end,
			stage: 'text' as const,
			reason: r.reason
		}))
	].sort((a, b) => a.start - b.start);
	return { mentions, rejected };
}

const round = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/** The explanation as lines of text for a reader. */
export function formatExplanation(e: Explanation): string {
	const lines: string[] = [];
	e.mentions.forEach((m, i) => {
		lines.push(`[${i}] "${m.mention}" ${m.start}-${m.end} key "${m.key}" (${m.hits} hits)`);
		const facts = Object.entries(m.facts)
			.filter(([, v]) => v !== null && v !== false)
			.map(([k, v]) => (v === true ? k : `${k}=${v}`));
		lines.push(`  facts: ${facts.join(', ') || '-'}`);
		lines.push(
			`  verdict: ${m.verdict}${m.overruled.length ? ` (rules overruled by their exception: ${m.overruled.join(', ')})` : ''}`
		);
		const rel = m.relations;
		const relations = [
			rel.qualifies !== null ? `qualifies [${rel.qualifies}]` : '',
			rel.qualifiedBy.length
				? `qualified by ${rel.qualifiedBy.map((q) => `[${q}]`).join(' ')}`
				: '',
			rel.bareQualifier ? 'bare qualifier' : '',
			rel.reference ? 'reference point for the mention beside it' : '',
			rel.bordersOn ? 'the other side of a border' : ''
		].filter(Boolean);
		lines.push(`  relations: ${relations.join('; ') || '-'}`);
		for (const c of m.candidates) {
			const features = c.features.map((f) => `${f.feature} ${round(f.value)}`).join(', ');
			lines.push(
				`  ${round(c.score).padStart(6)} p=${c.p.toFixed(3)} ${c.name} (${c.id}, ${c.featureCode}, ${c.admin1 ?? c.countryCode}): ${features}`
			);
		}
		lines.push(`  → ${m.resolution}; role ${m.role} (${m.roleRule})`);
	});
	if (e.rejected.length > 0) {
		lines.push('rejected:');
		for (const r of e.rejected)
			lines.push(`  "${r.mention}" ${r.start}-${r.end}: ${r.reason} (${r.stage} rule)`);
	}
	return lines.join('\n');
}
