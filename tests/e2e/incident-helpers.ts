/** Helpers of the incident browser tests: post invented reports, read the server's incidents. */
import { expect } from 'vitest';

/** An incident of `/api/incidents.geojson`, with the properties the tests read. */
export interface Incident {
	/** The incident's id (its first claim's feature id). */
	id: string;
	properties: {
		claimedBy: 'both' | 'one';
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

/** Invented reports of a tiled store's incident tests: both sides on one strike in Kupiansk. */
export const KUPIANSK_BOTH_SIDES = [
	{
		title: 'Invented ministry briefing',
		published: '2024-05-14',
		text: 'The Russian Defence Ministry said its forces struck a fuel depot in Kupiansk on Tuesday.'
	},
	{
		title: 'Invented governor update',
		published: '2024-05-14',
		text: 'Russian missiles hit a fuel depot in Kupiansk on Tuesday, the head of the Kharkiv regional military administration said.'
	}
];

/** ...and one side alone on a strike in Dvorichna nearby. */
export const DVORICHNA_ONE_SIDE = {
	title: 'Invented village council note',
	published: '2024-05-14',
	text: 'Russian drones hit a grain store in Dvorichna on Tuesday, the Ukrainian general staff said.'
};
