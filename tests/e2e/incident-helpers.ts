/** Helpers of the incident browser tests: post invented reports, read the server's incidents. */
import { expect } from 'vitest';

/** An incident of `/api/incidents.geojson`, with the properties the tests read. */
export interface Incident {
	properties: {
		featureIds: string[];
		placeName: string | null;
		status: string;
		verified: { note: string } | null;
	};
}

/** Posts each report to the server at `base` and expects every one to be stored. */
export async function postReports(base: string, reports: readonly object[]): Promise<void> {
	for (const report of reports) {
		const response = await fetch(`${base}/api/articles`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(report)
		});
		expect(response.status).toBe(201);
	}
}

/** The incidents the server at `base` holds now. */
export async function fetchIncidents(base: string): Promise<Incident[]> {
	const response = await fetch(`${base}/api/incidents.geojson`);
	return ((await response.json()) as { features: Incident[] }).features;
}
