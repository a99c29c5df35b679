/**
 * The incident marks of a large store without building every incident: the grouping (ids only) is
 * read first, then the served features pass once. A feature alone in its incident (most are) is
 * judged by itself and dropped, so only the features of incidents with several claims are held
 * until the end. Building every incident of 100k synthetic claims held 400 MB of heap; this holds
 * the few thousand features of shared incidents. The marks equal `markIncidents` over
 * `store.incidents()` and the served features, in the same order.
 */
import type { ClaimFeature } from '../core/contract';
import type { ClaimFilter } from '../core/filter/model';
import { buildIncident, type Incident } from '../core/incidents/incident';
import {
	applyJudgements,
	type IncidentGrouping,
	type Verification
} from '../core/incidents/judgements';
import { markIncidents, type IncidentMark } from '../core/incidents/marks';
import type { IncidentFilter } from '../core/incidents/export';

/** Features read between two turns of the event loop, so other requests are answered meanwhile. */
const FEATURES_PER_TURN = 2000;

/** What building the marks reads. */
export interface MarkReads {
	/** The stored grouping and the judgements. */
	grouping(): Promise<IncidentGrouping>;
	/** The same less the features alone in an incident of their own id (`ClaimStore.sharedGrouping`). */
	sharedGrouping(): Promise<IncidentGrouping>;
	/** The served features in stored order (the order `incidents()` builds in). */
	features(): AsyncIterable<ClaimFeature>;
}

/**
 * The incidents that may be marked (contested or corroborated, with a place), with their features:
 * what any query's marks are chosen from. `held`: features held at once while reading (for tests
 * and the benchmark).
 */
export interface Markable {
	incidents: Incident[];
	features: ClaimFeature[];
	held: number;
}

/** The judged grouping (feature id → incident id, when grouped) and each verified incident. */
interface Judged {
	incidentOf(featureId: string): string | undefined;
	incidents(): Iterable<string>;
	verified: ReadonlyMap<string, Verification>;
}

/**
 * The judged grouping. Without judgements, the shared grouping as it came: a feature it lacks is
 * an incident of its own id (the whole grouping of 100k features cost about 50 MB while it lived).
 * With judgements, the whole grouping: as `buildIncidents` has it, a served feature the machine
 * did not group is an incident of its own, and judgements name features it knows; a judgement
 * naming a feature the grouping lacks needs to know whether that feature is served, which costs a
 * pass of its own (only then).
 */
async function judgedMembership(reads: MarkReads): Promise<Judged> {
	const shared = await reads.sharedGrouping();
	if (shared.judgements.length === 0) {
		const stored = shared.membership;
		return {
			incidentOf: (id) => (Object.hasOwn(stored, id) ? stored[id] : undefined),
			incidents: () => Object.values(stored),
			verified: new Map()
		};
	}
	const grouping = await reads.grouping();
	const stored = grouping.membership;
	const machine = new Map(Object.entries(stored));
	const named = new Set<string>();
	for (const j of grouping.judgements) {
		for (const id of j.kind === 'merge' ? [j.featureId, j.otherFeatureId] : [j.featureId])
			if (!machine.has(id)) named.add(id);
	}
	if (named.size > 0) {
		for await (const f of reads.features()) {
			const id = String(f.id);
			if (named.has(id)) machine.set(id, id);
		}
	}
	const { membership, verified } = applyJudgements(machine, grouping.judgements);
	return {
		incidentOf: (id) => membership.get(id),
		incidents: () => membership.values(),
		verified
	};
}

/**
 * Whether an incident of this one claim is contested or corroborated: only a denial is (the other
 * rules need two claims: two sides, a capture against a hold, an assessor beside a claimant).
 * `incidentStatus` of every lone claim cost more than reading it (its reason's words); the test
 * checks this against it for every stance, side, attribution and control reading.
 */
export function loneMarked(feature: ClaimFeature): boolean {
	return feature.properties.stance === 'denies';
}

/** The incidents that may be marked, read in one pass over the served features. */
export async function readMarkable(reads: MarkReads): Promise<Markable> {
	const judged = await judgedMembership(reads);
	// Members per incident, rejected features included: an upper bound, so an incident counted 1
	// has no other served feature.
	const size = new Map<string, number>();
	for (const incident of judged.incidents()) size.set(incident, (size.get(incident) ?? 0) + 1);
	/** Incidents that may be marked, in the order of their first served feature, with their features. */
	const groups = new Map<string, ClaimFeature[]>();
	let held = 0;
	let read = 0;
	for await (const f of reads.features()) {
		if (++read % FEATURES_PER_TURN === 0) await new Promise((next) => setImmediate(next));
		const id = String(f.id);
		const incident = judged.incidentOf(id) ?? id;
		const group = groups.get(incident);
		if (group) {
			group.push(f);
			held += 1;
		} else if ((size.get(incident) ?? 1) > 1) {
			groups.set(incident, [f]);
			held += 1;
		} else if (f.geometry !== null && loneMarked(f)) {
			// Alone in its incident and worth a mark (a denial): kept, as it is one of few.
			groups.set(incident, [f]);
			held += 1;
		}
		// Otherwise alone and unmarked (single, or without a place): dropped.
	}
	const incidents: Incident[] = [];
	const features: ClaimFeature[] = [];
	for (const [id, fs] of groups) {
		const incident = buildIncident(id, fs, judged.verified.get(id) ?? null);
		if (incident.point === null || incident.status === 'single') continue;
		incidents.push(incident);
		features.push(...fs);
	}
	return { incidents, features, held };
}

/** The marks of the incidents `filter` and `incidentFilter` select (see `markIncidents`). */
export function marksOf(
	markable: Markable,
	filter: ClaimFilter,
	incidentFilter: IncidentFilter
): IncidentMark[] {
	return markIncidents(markable.incidents, markable.features, filter, incidentFilter);
}
