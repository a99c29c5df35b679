/**
 * Where the server gets incidents: from the claim source's store (the stored grouping and the
 * analysts' judgements; a claims file is loaded into an in-memory store that groups it the same way).
 * Only the SQLite store keeps incidents so far: on another backend these answer 501.
 */
import { error } from '@sveltejs/kit';
import type { ClaimFeature } from '../core/contract';
import type { Incident } from '../core/incidents/incident';
import type { IncidentGrouping } from '../core/incidents/judgements';
import { EMPTY_FILTER } from '../core/filter/model';
import { claimSource } from './claims';
import type { ClaimStore } from './store/types';

type IncidentStore = ClaimStore & Required<Pick<ClaimStore, 'incidents' | 'incidentGrouping'>>;

/** The store when it keeps incidents; a 501 naming the limitation otherwise. */
export function incidentStore(store: ClaimStore): IncidentStore {
	if (!store.incidents || !store.incidentGrouping || !store.judgeIncident)
		error(501, 'Incidents are kept by the SQLite store only; this server uses another backend.');
	return store as IncidentStore;
}

/** Every incident the app knows, with the claims they were built from. */
export async function loadIncidents(): Promise<{
	incidents: Incident[];
	features: ClaimFeature[];
}> {
	const source = await claimSource();
	const store = incidentStore(source.store);
	const features: ClaimFeature[] = [];
	for await (const f of source.exportFeatures(EMPTY_FILTER)) features.push(f);
	return { incidents: await store.incidents(), features };
}

/** The grouping and judgements the page builds its incidents from (compact: ids only). */
export async function loadGrouping(): Promise<IncidentGrouping> {
	return incidentStore((await claimSource()).store).incidentGrouping();
}
