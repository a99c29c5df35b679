/**
 * The incident marks of a large store without building every incident or reading every claim: the
 * grouping (ids only) is read first, then only the features of incidents with several members, and
 * of lone denials, by id, a batch of incidents at a time, each cut to what marking and the claim
 * filter read (`markFeaturesOf`: no whole claim is parsed or held). At a million synthetic claims
 * reading every served feature took 18 s and kept 250 MB of heap; the marks equal `markIncidents`
 * over `store.incidents()` and the served features, in the same order.
 */
import type { ClaimFeature } from '../core/contract';
import {
	applyJudgements,
	type IncidentGrouping,
	type IncidentJudgement
} from '../core/incidents/judgements';
import { MarkableBuilder, type Markable } from './markable-columns';
import { featuresById, markedIncident, parseStoredMark, storedMarkOf } from './store/mark-rows';
import type { ClaimStore, OrderedMarkFeature, SharedIncident, StoredMark } from './store/types';

export { marksOf, type Markable } from './markable-columns';

/**
 * Feature ids asked for at once: one query each, with a turn of the event loop between two, so
 * other requests are answered meanwhile.
 */
const IDS_PER_READ = 500;

/** Shared incidents read at once from the grouping (a few thousand member ids). */
const INCIDENTS_PER_PAGE = 500;

/** What building the marks reads (a store's methods of the same names). */
export interface MarkReads {
	/** The stored grouping and the judgements. */
	grouping(): Promise<IncidentGrouping>;
	/** The analyst's judgements alone (`ClaimStore.incidentJudgements`). */
	judgements(): Promise<IncidentJudgement[]>;
	/** A page of the incidents some member joined (`ClaimStore.sharedIncidents`). */
	sharedIncidents(after: string, limit: number): Promise<SharedIncident[]>;
	/** The served features of these ids cut to what marking reads, in stored order with their order. */
	featuresOf(ids: readonly string[]): Promise<OrderedMarkFeature[]>;
	/** The ids of the served features whose claimant denies the event. */
	denials(): Promise<string[]>;
}

/** The reads of a claim store that marking needs. */
export function markReadsOf(store: ClaimStore): MarkReads {
	return {
		grouping: () => store.incidentGrouping(),
		judgements: () => store.incidentJudgements(),
		sharedIncidents: (after, limit) => store.sharedIncidents(after, limit),
		featuresOf: (ids) => store.markFeaturesOf(ids),
		denials: () => store.deniedFeatureIds()
	};
}

/** An incident to read: its id and its members' ids, rejected features included. */
type Wanted = [incidentId: string, featureIds: string[]];

/**
 * The incidents worth reading, a page of the shared grouping at a time: those of several members,
 * and the denials alone (the one lone claim worth a mark), whether in an incident of their own id
 * (which the shared grouping lacks) or alone in another's. Without judgements the grouping is
 * never held whole (at a million synthetic claims it took 100 MB of heap while read, and V8 kept
 * the heap it had grown for it).
 */
async function* sharedWanted(reads: MarkReads): AsyncGenerator<Wanted[]> {
	const denials = new Set(await reads.denials());
	for (let after = ''; ;) {
		const page = await reads.sharedIncidents(after, INCIDENTS_PER_PAGE);
		if (page.length === 0) break;
		after = page[page.length - 1].incidentId;
		const wanted: Wanted[] = [];
		for (const { incidentId, featureIds } of page) {
			if (featureIds.length > 1 || denials.has(featureIds[0]))
				wanted.push([incidentId, featureIds]);
			for (const id of featureIds) denials.delete(id);
		}
		yield wanted;
	}
	yield [...denials].map((id): Wanted => [id, [id]]);
}

/**
 * The incidents worth reading under the analyst's judgements, from the whole grouping: as
 * `buildIncidents` has it, a served feature the machine did not group is an incident of its own,
 * and judgements name features it knows; a judgement naming a feature the grouping lacks counts
 * it only when it is served.
 */
async function* judgedWanted(
	reads: MarkReads,
	judgements: readonly IncidentJudgement[]
): AsyncGenerator<Wanted[]> {
	const grouping = await reads.grouping();
	const machine = new Map(Object.entries(grouping.membership));
	const named = new Set<string>();
	for (const j of judgements) {
		for (const id of j.kind === 'merge' ? [j.featureId, j.otherFeatureId] : [j.featureId])
			if (!machine.has(id)) named.add(id);
	}
	for (const { feature } of await reads.featuresOf([...named]))
		machine.set(String(feature.id), String(feature.id));
	const { membership } = applyJudgements(machine, judgements);
	// Members per incident, rejected features included: an upper bound, so an incident of one
	// member has no other served feature.
	const members = new Map<string, string[]>();
	for (const [feature, incident] of membership) {
		const list = members.get(incident);
		if (list) list.push(feature);
		else members.set(incident, [feature]);
	}
	const wanted: Wanted[] = [];
	for (const [incident, ids] of members) if (ids.length > 1) wanted.push([incident, ids]);
	for (const id of await reads.denials()) {
		const incident = membership.get(id) ?? id;
		if ((members.get(incident)?.length ?? 1) === 1) wanted.push([incident, [id]]);
	}
	yield wanted;
}

/** The wanted incidents in batches of about IDS_PER_READ feature ids. */
async function* batched(wanted: AsyncIterable<Wanted[]>): AsyncGenerator<Wanted[]> {
	let batch: Wanted[] = [];
	let size = 0;
	for await (const some of wanted)
		for (const entry of some) {
			batch.push(entry);
			size += entry[1].length;
			if (size >= IDS_PER_READ) {
				yield batch;
				batch = [];
				size = 0;
			}
		}
	if (batch.length > 0) yield batch;
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

/**
 * The incidents that may be marked, read by id, a batch of incidents at a time; `keep` hears each
 * marked incident's stored row (to save them, see `currentMarks`).
 */
export async function readMarkable(
	reads: MarkReads,
	keep?: (row: StoredMark) => void
): Promise<Markable> {
	const judgements = await reads.judgements();
	const wanted = judgements.length > 0 ? judgedWanted(reads, judgements) : sharedWanted(reads);
	const built = new MarkableBuilder();
	let held = 0;
	const build = (batch: Wanted[], read: OrderedMarkFeature[]) => {
		held = Math.max(held, read.length);
		const byId = featuresById(read);
		for (const [incidentId, ids] of batch) {
			const marked = markedIncident(incidentId, ids, byId);
			if (!marked) continue;
			built.add(marked.first, marked.incident, marked.features);
			keep?.(storedMarkOf(marked));
		}
	};
	// Each batch is asked for before the one before it is built, so the database reads it meanwhile.
	const batches = batched(wanted);
	const ask = async () => {
		const next = await batches.next();
		if (next.done) return null;
		const read = reads.featuresOf(next.value.flatMap(([, ids]) => ids));
		read.catch(() => undefined); // awaited below; not unhandled if building throws first
		return { batch: next.value, read };
	};
	for (let next = await ask(); next !== null;) {
		const read = await next.read;
		const batch = next.batch;
		next = await ask();
		build(batch, read);
		await new Promise((resume) => setImmediate(resume));
	}
	return built.done(held);
}

/** The marked incidents of stored marks (in their stored order) as columns. */
export function markableOfStored(rows: Iterable<StoredMark>): Markable {
	const built = new MarkableBuilder();
	for (const row of rows) {
		const { incident, claims } = parseStoredMark(row);
		built.addStored(row.order, incident, claims);
	}
	return built.done(0);
}

/** What reading the stored marks reads and writes (a store's methods of the same names). */
export type MarkStore = MarkReads & Pick<ClaimStore, 'storedMarks' | 'saveMarks'>;

/** The reads and stored marks of a claim store. */
export function markStoreOf(store: ClaimStore): MarkStore {
	return {
		...markReadsOf(store),
		storedMarks: () => store.storedMarks(),
		saveMarks: (token, marks) => store.saveMarks(token, marks)
	};
}

/**
 * The markable incidents: the stored marks (one indexed read) when they are fresh, else read from
 * the whole store (`readMarkable`) and saved, so the next read is one read again.
 */
export async function currentMarks(store: MarkStore): Promise<Markable> {
	const stored = await store.storedMarks();
	if (stored.kind === 'fresh') return markableOfStored(stored.marks);
	const rows: StoredMark[] = [];
	const markable = await readMarkable(store, (row) => rows.push(row));
	await store.saveMarks(stored.token, rows);
	return markable;
}
