/**
 * An analyst's judgements on incidents: merge two incidents, split a claim out into an incident of
 * its own, mark an incident verified with a note and a link. They are kept apart from the machine's
 * grouping and keyed by stable feature ids, so they survive re-extraction as corrections do.
 */

/** Who made a judgement and when. */
interface Made {
	by: string | null;
	at: string;
}

/** One judgement, applied in the order made. */
export type IncidentJudgement =
	| ({ kind: 'merge'; featureId: string; otherFeatureId: string } & Made)
	| ({ kind: 'split'; featureId: string } & Made)
	| ({ kind: 'verify'; featureId: string; note: string; link: string | null } & Made)
	| ({ kind: 'unverify'; featureId: string } & Made);

/** The kinds of judgement, for the API's validation. */
export const JUDGEMENT_KINDS = ['merge', 'split', 'verify', 'unverify'] as const;

/**
 * What incidents are built from besides the claims: the machine's grouping (feature id → incident
 * id) and the judgements, as `GET /api/incidents/grouping` sends them to the page.
 */
export interface IncidentGrouping {
	membership: Record<string, string>;
	judgements: IncidentJudgement[];
}

/** A verification of an incident. */
export interface Verification {
	note: string;
	link: string | null;
	by: string | null;
	at: string;
}

/** The incident id a split claim takes. */
export function splitIncidentId(featureId: string): string {
	return `split-${featureId}`;
}

/**
 * Applies judgements to the machine's grouping (feature id → incident id); returns the grouping as
 * judged and the verification of each verified incident.
 */
export function applyJudgements(
	machine: ReadonlyMap<string, string>,
	judgements: readonly IncidentJudgement[]
): { membership: Map<string, string>; verified: Map<string, Verification> } {
	const membership = new Map(machine);
	const anchors = new Map<string, Verification>();
	for (const j of judgements) {
		if (!membership.has(j.featureId)) continue;
		switch (j.kind) {
			case 'merge': {
				const into = membership.get(j.featureId) as string;
				const from = membership.get(j.otherFeatureId);
				if (from === undefined || from === into) break;
				for (const [feature, incident] of membership)
					if (incident === from) membership.set(feature, into);
				break;
			}
			case 'split':
				membership.set(j.featureId, splitIncidentId(j.featureId));
				break;
			case 'verify':
				anchors.set(j.featureId, { note: j.note, link: j.link, by: j.by, at: j.at });
				break;
			case 'unverify':
				for (const [anchor] of anchors)
					if (membership.get(anchor) === membership.get(j.featureId)) anchors.delete(anchor);
				break;
		}
	}
	const verified = new Map<string, Verification>();
	for (const [anchor, v] of anchors) verified.set(membership.get(anchor) as string, v);
	return { membership, verified };
}
