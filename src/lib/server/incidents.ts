/**
 * Where the server gets incidents: from the article store (stored grouping, analysts' judgements),
 * or, when CLAIMSMAP_CLAIMS_FILE names a file, grouped in memory from that file's claims.
 */
import type { ClaimFeature } from '../core/contract';
import { groupClaims } from '../core/incidents/group';
import { buildIncidents, type Incident } from '../core/incidents/incident';
import type { IncidentGrouping } from '../core/incidents/judgements';
import { loadClaims } from './claims';
import { getStore } from './store/index';

/** Every incident the app knows, with the claims they were built from. */
export async function loadIncidents(): Promise<{
	incidents: Incident[];
	features: ClaimFeature[];
}> {
	const claims = await loadClaims();
	if (process.env.CLAIMSMAP_CLAIMS_FILE)
		return {
			incidents: buildIncidents(claims.features, groupClaims(claims.features)),
			features: claims.features
		};
	return { incidents: await (await getStore()).incidents(), features: claims.features };
}

/** The grouping and judgements the page builds its incidents from (compact: ids only). */
export async function loadGrouping(): Promise<IncidentGrouping> {
	if (process.env.CLAIMSMAP_CLAIMS_FILE) {
		const claims = await loadClaims();
		return { membership: Object.fromEntries(groupClaims(claims.features)), judgements: [] };
	}
	return (await getStore()).incidentGrouping();
}
