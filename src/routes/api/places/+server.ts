/**
 * `GET /api/places?q=NAME[&limit=N]`: gazetteer places whose names match, best first, for choosing
 * a claim's place by hand. 400 when `q` is missing or shorter than two letters.
 */
import { json } from '@sveltejs/kit';
import { MAX_PLACE_RESULTS, searchPlaces } from '$lib/core/corrections/place-search';
import { loadGazetteer } from '$lib/server/gazetteer';
import type { RequestHandler } from './$types';

/** Matching places. */
export const GET: RequestHandler = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim();
	if (q.length < 2) {
		return json(
			{ error: 'bad request', message: 'q must name a place (at least two characters)' },
			{ status: 400 }
		);
	}
	if (q.length > 200) {
		return json(
			{ error: 'bad request', message: 'q is longer than 200 characters' },
			{ status: 400 }
		);
	}
	const limit = Math.min(
		50,
		Math.max(1, Number(url.searchParams.get('limit')) || MAX_PLACE_RESULTS)
	);
	return json({ places: searchPlaces(loadGazetteer(), q, limit) });
};
