/**
 * Stage 5, where: which of the geocoder's mentions in a sentence are places where the claimed event
 * happened. Meeting places, comparisons, aid and trade destinations, stationing places, launch sites,
 * border lines and governments named by their capital are not; nor are the mentions whose role in
 * the sentence (`roles()`, the geocoder's own) is context or a reference point: areas that only
 * qualify or contain a finer place, places that only say where another one is.
 */
import type { Precision } from '../contract';
import { DISTRICT_STANDS_FOR, roles, type RoleVerdict } from '../geocode/roles';
import type { ResolvedMention } from '../geocode/types';
import { isGovernment } from './containers';
import { hasTrigger } from './events';
import {
	AXIS_DASH_AFTER,
	COMPASS_BEFORE,
	DIRECTION_OF_BEFORE,
	LIST_SEPARATOR,
	PLACE_EXCLUSION_CUES,
	ZONE_AFTER
} from './place-cues';

/** Why a mention was kept or left out. */
export type PlaceDecision =
	| { kind: 'incident'; mention: ResolvedMention }
	| { kind: 'excluded'; mention: ResolvedMention; reason: string };

/** Why a mention is left out, by the role rule that made it context or a reference (see `roles.ts`). */
const ROLE_REASONS: Readonly<Record<string, string>> = {
	'linked qualifier': 'qualifier',
	qualifier: 'qualifier',
	'country around a place': 'container',
	'region around a place': 'container',
	'linked reference': 'reference point',
	reference: 'reference point'
};

/** The exclusion a role verdict makes, or null when the mention may be an incident place. */
function roleReason(verdict: RoleVerdict): string | null {
	return verdict.role === 'context' || verdict.role === 'reference'
		? (ROLE_REASONS[verdict.rule] ?? verdict.rule)
		: null;
}

const COUNTRY_LOCATIVE = new Set([
	'in',
	'on',
	'over',
	'across',
	'into',
	'inside',
	'throughout',
	'near',
	'at'
]);

/** A region GeoNames files under no first-level unit (`XX.00`, feature RGN): Donbas, Volhynia. */
function spansOblasts(m: ResolvedMention): boolean {
	if (m.resolution.kind === 'unresolved') return false;
	const place = m.resolution.place;
	return place.featureCode === 'RGN' && (place.admin1Code ?? '').endsWith('.00');
}

function precisionOf(m: ResolvedMention): Precision | null {
	return m.resolution.kind === 'unresolved' ? null : m.resolution.precision;
}

/** The start of the clause holding `at` within the sentence [start, at): after the last ';', ':' or sentence start. */
function leadIn(text: string, sentenceStart: number, at: number): string {
	const before = text.slice(Math.max(sentenceStart, at - 160), at);
	const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
	return before.slice(cut + 1);
}

/** "occupied", "partially occupied" or "annexed" right before a place: its description. */
const OCCUPIED_BEFORE = /(?:(?:temporarily|partially|partly|fully)\s+)?(?:occupied|annexed)\s+$/i;

/** "attack drones", "strike UAVs": a weapon's name, no event between a cue and its place. */
const WEAPON_CLASS =
	/\b(?:attack|strike|kamikaze)\s+(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|helicopters?|aircraft)\b/gi;

function exclusionReason(
	text: string,
	sentenceStart: number,
	sentenceEnd: number,
	m: ResolvedMention
): string | null {
	const before = leadIn(text, sentenceStart, m.mention.start);
	const after = text.slice(m.mention.end, Math.min(sentenceEnd, m.mention.end + 100));
	if (COMPASS_BEFORE.test(before) && ZONE_AFTER.test(after)) return 'axis';
	if (DIRECTION_OF_BEFORE.test(before) && AXIS_DASH_AFTER.test(after)) return 'axis';
	for (const cue of PLACE_EXCLUSION_CUES) {
		if (cue.side === 'after') {
			if (cue.pattern.test(after)) return cue.name;
			continue;
		}
		const match = cue.pattern.exec(before);
		// An event verb between the cue and the place ("during talks, troops shelled X") breaks the cue.
		// "occupied" right before the place describes it ("in occupied X"), and "attack drones" names
		// a weapon: neither is an event.
		if (
			match &&
			(cue.overEvents ||
				!hasTrigger(match[0].slice(1).replace(OCCUPIED_BEFORE, '').replace(WEAPON_CLASS, 'drones')))
		)
			return cue.name;
	}
	return null;
}

/** What joins a claimant to the place it is of: "the head of the militia in X", "officials of X". */
const CLAIMANT_PLACE_GAP =
	/^\s*(?:in|of|from)\s+(?:the\s+)?(?:(?:city|town|region|village)\s+of\s+)?$/i;

/**
 * Decides, for each mention inside the sentence [start, end), whether it is an incident place.
 * `claimantSpan`, when given, is the claimant as written: a place inside it ("the Kharkiv regional
 * administration said") or right after it ("the head of the militia in X said") names the source, not
 * the event.
 */
export function selectIncidentPlaces(
	text: string,
	sentence: { start: number; end: number },
	mentions: readonly ResolvedMention[],
	claimantSpan: { start: number; end: number } | null = null
): PlaceDecision[] {
	const inside = mentions.filter(
		(m) => m.mention.start >= sentence.start && m.mention.end <= sentence.end
	);
	const verdicts = roles(text, inside);
	const decisions: PlaceDecision[] = [];
	let previous: ResolvedMention | null = null;
	// What a list neighbour inherits: the cue-based reason of the list so far (null: an incident list).
	let chainReason: string | null = null;
	inside.forEach((m, i) => {
		let reason: string | null = null;
		let inheritable = true;
		const gap = previous ? text.slice(previous.mention.end, m.mention.start) : null;
		if (
			claimantSpan &&
			((m.mention.start >= claimantSpan.start && m.mention.end <= claimantSpan.end) ||
				(m.mention.start >= claimantSpan.end &&
					CLAIMANT_PLACE_GAP.test(text.slice(claimantSpan.end, m.mention.start))))
		) {
			reason = 'claimant';
			inheritable = false;
		}
		if (!reason && gap !== null && LIST_SEPARATOR.test(gap) && chainReason) reason = chainReason;
		if (!reason) reason = exclusionReason(text, sentence.start, sentence.end, m);
		if (!reason && isGovernment(text, m)) {
			reason = 'metonymy';
			inheritable = false;
		}
		if (!reason) {
			reason = roleReason(verdicts[i]);
			if (reason) inheritable = false;
		}
		// A name the gazetteer lacks that only qualifies a place, or whose district stands for it
		// ("the village of X, Y district"), makes no placeless claim of its own.
		if (!reason && m.resolution.kind === 'unresolved') {
			if (m.mention.qualifier) reason = 'qualifier';
			else if (verdicts[i + 1]?.rule === DISTRICT_STANDS_FOR) reason = 'located by its district';
			if (reason) inheritable = false;
		}
		// A historical or economic region over several oblasts (Donbas, Volhynia) is too wide for a
		// point of a claim, and the oblasts it spans are what a claim names.
		if (!reason && spansOblasts(m)) {
			reason = 'historical region';
			inheritable = false;
		}
		// A country is an incident place only when the text puts the event in it ("strikes in X").
		if (!reason && precisionOf(m) === 'country' && !COUNTRY_LOCATIVE.has(m.mention.cue ?? '')) {
			reason = 'country without locative';
			inheritable = false;
		}
		decisions.push(
			reason ? { kind: 'excluded', mention: m, reason } : { kind: 'incident', mention: m }
		);
		if (inheritable) chainReason = reason;
		previous = m;
	});
	// A country named beside finer places of the claim only contains them.
	const finer = decisions.some(
		(d) => d.kind === 'incident' && precisionOf(d.mention) !== 'country'
	);
	return decisions.map((d) =>
		d.kind === 'incident' && finer && precisionOf(d.mention) === 'country'
			? { kind: 'excluded', mention: d.mention, reason: 'container' }
			: d
	);
}
