/**
 * The incident of one claim without building every incident: the machine incidents of the claim and
 * of every claim an analyst's merge links to them (followed until none is added), the judgements
 * applied to those alone, and the served features of the claim's incident. Both backends answer
 * through here, each with its own reads; what it answers equals the incident `incidents()` holds.
 */
import type { ClaimFeature } from '../../core/contract';
import { buildIncident, type Incident } from '../../core/incidents/incident';
import { applyJudgements, type IncidentJudgement } from '../../core/incidents/judgements';

/** What finding one incident needs of a backend. */
export interface IncidentOfReads {
	/** The machine's incident of each of these features that is grouped: feature id → incident id. */
	incidentsOf(featureIds: readonly string[]): Promise<Map<string, string>>;
	/** Every member of the machine incident this feature is in: feature id → incident id. */
	membersWith(featureId: string, incidentId: string): Promise<Map<string, string>>;
	/** Every judgement, in the order made. */
	judgements(): Promise<IncidentJudgement[]>;
	/** The served features of these ids (rejected ones left out), in stored order. */
	features(featureIds: readonly string[]): Promise<ClaimFeature[]>;
}

/** The incident of a claim as served, or null when the claim is unknown or rejected. */
export async function incidentOf(
	featureId: string,
	reads: IncidentOfReads
): Promise<Incident | null> {
	const judgements = await reads.judgements();
	const machine = new Map<string, string>();
	const done = new Set<string>();
	let pending = [featureId];
	while (pending.length > 0) {
		const found = await reads.incidentsOf(pending);
		for (const id of pending) {
			done.add(id);
			// A claim not grouped (grouping off) is an incident of its own, as buildIncidents has it.
			const incident = found.get(id) ?? id;
			if (machine.has(id)) continue;
			const members = found.has(id)
				? await reads.membersWith(id, incident)
				: new Map([[id, incident]]);
			for (const [f, i] of members) machine.set(f, i);
		}
		const next = new Set<string>();
		for (const j of judgements)
			if (j.kind === 'merge' && (machine.has(j.featureId) || machine.has(j.otherFeatureId)))
				for (const id of [j.featureId, j.otherFeatureId])
					if (!machine.has(id) && !done.has(id)) next.add(id);
		pending = [...next];
	}
	const { membership, verified } = applyJudgements(machine, judgements);
	const target = membership.get(featureId);
	if (target === undefined) return null;
	const ids = [...membership].filter(([, i]) => i === target).map(([f]) => f);
	const features = await reads.features(ids);
	if (!features.some((f) => String(f.id) === featureId)) return null;
	return buildIncident(target, features, verified.get(target) ?? null);
}
