/**
 * The incident marks of a large store without building every incident or reading every claim: the
 * grouping (ids only) is read first, then only the features of incidents with several members, and
 * of lone denials, by id, a batch of incidents at a time, each cut to what marking and the claim
 * filter read (`markFeaturesOf`: no whole claim is parsed or held). At a million synthetic claims
 * reading every served feature took 18 s and kept 250 MB of heap; the marks equal `markIncidents`
 * over `store.incidents()` and the served features, in the same order.
 */
import type { ClaimFeature } from '../core/contract';
import { markableIncident } from '../core/incidents/mark-features';
import { applyJudgements, type IncidentGrouping } from '../core/incidents/judgements';
import { MarkableBuilder, type Markable } from './markable-columns';
import type { OrderedMarkFeature } from './store/types';

export { marksOf, type Markable } from './markable-columns';

/**
 * Feature ids asked for at once: one query each, with a turn of the event loop between two, so
 * other requests are answered meanwhile.
 */
const IDS_PER_READ = 2000;

/** What building the marks reads (a store's methods of the same names). */
export interface MarkReads {
	/** The stored grouping and the judgements. */
	grouping(): Promise<IncidentGrouping>;
	/** The same less the features alone in an incident of their own id (`ClaimStore.sharedGrouping`). */
	sharedGrouping(): Promise<IncidentGrouping>;
	/** The served features of these ids cut to what marking reads, in stored order with their order. */
	featuresOf(ids: readonly string[]): Promise<OrderedMarkFeature[]>;
	/** The ids of the served features whose claimant denies the event. */
	denials(): Promise<string[]>;
}

/** The judged grouping: feature id → incident id, when grouped (a verification marks nothing). */
interface Judged {
	incidentOf(featureId: string): string | undefined;
	entries(): Iterable<[string, string]>;
}

/**
 * The judged grouping. Without judgements, the shared grouping as it came: a feature it lacks is
 * an incident of its own id (the whole grouping of 100k features cost about 50 MB while it lived).
 * With judgements, the whole grouping: as `buildIncidents` has it, a served feature the machine
 * did not group is an incident of its own, and judgements name features it knows; a judgement
 * naming a feature the grouping lacks counts it only when it is served.
 */
async function judgedMembership(reads: MarkReads): Promise<Judged> {
	const shared = await reads.sharedGrouping();
	if (shared.judgements.length === 0) {
		const stored = shared.membership;
		return {
			incidentOf: (id) => (Object.hasOwn(stored, id) ? stored[id] : undefined),
			entries: () => Object.entries(stored)
		};
	}
	const grouping = await reads.grouping();
	const machine = new Map(Object.entries(grouping.membership));
	const named = new Set<string>();
	for (const j of grouping.judgements) {
		for (const id of j.kind === 'merge' ? [j.featureId, j.otherFeatureId] : [j.featureId])
			if (!machine.has(id)) named.add(id);
	}
	for (const { feature } of await reads.featuresOf([...named]))
		machine.set(String(feature.id), String(feature.id));
	const { membership } = applyJudgements(machine, grouping.judgements);
	return {
		incidentOf: (id) => membership.get(id),
		entries: () => membership.entries()
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

/** The incidents that may be marked, read by id, a batch of incidents at a time. */
export async function readMarkable(reads: MarkReads): Promise<Markable> {
	const judged = await judgedMembership(reads);
	// Members per incident, rejected features included: an upper bound, so an incident of one
	// member has no other served feature.
	const members = new Map<string, string[]>();
	for (const [feature, incident] of judged.entries()) {
		const list = members.get(incident);
		if (list) list.push(feature);
		else members.set(incident, [feature]);
	}
	// Read: incidents of several members, and denials alone (the one lone claim worth a mark).
	const wanted: [string, string[]][] = [];
	for (const [incident, ids] of members) if (ids.length > 1) wanted.push([incident, ids]);
	for (const id of await reads.denials()) {
		const incident = judged.incidentOf(id) ?? id;
		if ((members.get(incident)?.length ?? 1) === 1) wanted.push([incident, [id]]);
	}
	members.clear();

	const built = new MarkableBuilder();
	let held = 0;
	const build = (batch: [string, string[]][], read: OrderedMarkFeature[]) => {
		held = Math.max(held, read.length);
		const byId = new Map(read.map((r) => [String(r.feature.id), r]));
		for (const [incidentId, ids] of batch) {
			const served = ids
				.map((id) => byId.get(id))
				.filter((r): r is OrderedMarkFeature => r !== undefined)
				.sort((a, b) => a.order - b.order);
			if (served.length === 0) continue;
			const features = served.map((r) => r.feature);
			const incident = markableIncident(incidentId, features);
			if (incident.point === null || incident.status === 'single') continue;
			built.add(served[0].order, incident, features);
		}
	};
	const batches: [string, string[]][][] = [[]];
	let size = 0;
	for (const entry of wanted) {
		if (size >= IDS_PER_READ) {
			batches.push([]);
			size = 0;
		}
		batches[batches.length - 1].push(entry);
		size += entry[1].length;
	}
	// Each batch is asked for before the one before it is built, so the database reads it meanwhile.
	const ask = (batch: [string, string[]][] | undefined) => {
		if (!batch) return null;
		const read = reads.featuresOf(batch.flatMap(([, ids]) => ids));
		read.catch(() => undefined); // awaited below; not unhandled if building throws first
		return read;
	};
	let next = ask(batches[0]);
	for (let i = 0; i < batches.length; i++) {
		const read = await next!;
		next = ask(batches[i + 1]);
		build(batches[i], read);
		await new Promise((resume) => setImmediate(resume));
	}
	return built.done(held);
}
