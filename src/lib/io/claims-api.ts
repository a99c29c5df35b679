/** Loads the claims the server knows from `GET /api/claims.geojson`; failures come back as values. */
import type { ClaimCollection } from '../core/contract';

/** The outcome of loading claims. */
export type LoadResult = { ok: true; collection: ClaimCollection } | { ok: false; message: string };

/** Fetches every claim (the page filters in the browser with the same code the API uses). */
export async function fetchClaims(fetcher: typeof fetch = fetch): Promise<LoadResult> {
	let response: Response;
	try {
		response = await fetcher('/api/claims.geojson');
	} catch (error) {
		return { ok: false, message: `The claims could not be loaded: ${(error as Error).message}` };
	}
	if (!response.ok) {
		let message = `HTTP ${response.status}`;
		try {
			const body = (await response.json()) as { message?: unknown };
			if (typeof body.message === 'string') message = body.message;
		} catch {
			// not JSON: keep the status
		}
		return { ok: false, message: `The claims could not be loaded: ${message}` };
	}
	const collection = (await response.json()) as ClaimCollection;
	if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
		return {
			ok: false,
			message: 'The server answered with something that is not a FeatureCollection.'
		};
	}
	return { ok: true, collection };
}
