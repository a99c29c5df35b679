/**
 * Where the server gets incidents: from the claim source's store (the stored grouping and the
 * analysts' judgements; a claims file is loaded into an in-memory store that groups it the same way).
 * Both backends keep incidents (SQLite: store/incidents.ts; PostgreSQL: store/postgres-incidents.ts).
 */
import type { ClaimFeature } from '../core/contract';
import type { Incident } from '../core/incidents/incident';
import type { IncidentGrouping } from '../core/incidents/judgements';
import { EMPTY_FILTER } from '../core/filter/model';
import { claimSource } from './claims';

/** Every incident the app knows, with the claims they were built from. */
export async function loadIncidents(): Promise<{
	incidents: Incident[];
	features: ClaimFeature[];
}> {
	const source = await claimSource();
	const features: ClaimFeature[] = [];
	for await (const f of source.exportFeatures(EMPTY_FILTER)) features.push(f);
	return { incidents: await source.store.incidents(), features };
}

/** The grouping and judgements the page builds its incidents from (compact: ids only). */
export async function loadGrouping(): Promise<IncidentGrouping> {
	return (await claimSource()).store.incidentGrouping();
}

/** The incident of one claim as served, or null. */
export async function loadIncidentOf(featureId: string): Promise<Incident | null> {
	return (await claimSource()).store.incidentOf(featureId);
}
