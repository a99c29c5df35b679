/**
 * `PATCH /api/claims/:id` (a feature id): correct one claim feature with exactly one of
 * `{placeGazetteerId}`, `{place: {placeName, gazetteerId, admin1, lon, lat}}`, `{claimantSide}`,
 * `{eventType}`, `{rejected: true}`, or take the latest correction back with `{undo: true}`. A
 * gazetteer id, either way, must name a gazetteer place or one of the claim's alternatives, and
 * the claim moves to that place's record; a `place` without one is the analyst's own point.
 * Answers `{feature}` as now served; 400 naming the problem, 404 for an unknown feature, 409 when
 * there is nothing to undo or the server shows a claims file (read-only). `GET` answers the feature, from the claims the server shows (a claims
 * file's too: a page drawn from its tiles fetches the claim it opens).
 */
import { json } from '@sveltejs/kit';
import { findPlaceById } from '$lib/core/corrections/place-search';
import { parseClaimPatch } from '$lib/core/corrections/patch';
import type { CorrectionChange } from '$lib/core/corrections/correction';
import { claimSource, readOnlyFileReason } from '$lib/server/claims';
import { loadGazetteer } from '$lib/server/gazetteer';
import { getStore } from '$lib/server/store/index';
import { readJsonBody } from '../../articles/read-body';
import type { RequestHandler } from './$types';

const MAX_PATCH_BYTES = 64 * 1024;

function problem(status: number, message: string): Response {
	const error = status === 404 ? 'not found' : status === 409 ? 'conflict' : 'bad request';
	return json({ error, message }, { status });
}

/** The feature as served, corrections applied. */
export const GET: RequestHandler = async ({ params }) => {
	const feature = await (await claimSource()).store.getFeature(params.id);
	return feature ? json({ feature }) : problem(404, `no claim feature with id '${params.id}'`);
};

/** Applies one correction or undoes the latest. */
export const PATCH: RequestHandler = async (event) => {
	const readOnly = readOnlyFileReason('corrections');
	if (readOnly) return problem(409, readOnly);
	const { params } = event;
	const by = event.locals.principal?.name ?? null;
	const body = await readJsonBody(event, MAX_PATCH_BYTES);
	if (body.kind === 'too_large') return problem(413, body.reason);
	if (body.kind === 'invalid') return problem(400, body.reason);
	const request = parseClaimPatch(body.value);
	if (request.kind === 'invalid') return problem(400, request.reason);
	const store = await getStore();
	const current = await store.getFeature(params.id);
	if (!current) return problem(404, `no claim feature with id '${params.id}'`);
	if (request.kind === 'undo') {
		const undone = await store.undoCorrection(params.id, by);
		if (undone.kind === 'not_found') return problem(404, `no claim feature with id '${params.id}'`);
		if (undone.kind === 'nothing_to_undo')
			return problem(409, 'this claim has no correction to undo');
		return json({ feature: undone.feature });
	}
	let change: CorrectionChange;
	if (request.kind === 'placeId') {
		// The feature's own alternatives first: they carry the coordinates the geocoder offered.
		const alt = current.properties.alternatives.find((a) => a.gazetteerId === request.gazetteerId);
		const place = alt ?? findPlaceById(loadGazetteer(), request.gazetteerId);
		if (!place) {
			const own =
				request.field === 'place.gazetteerId'
					? "; send an analyst's own point without gazetteerId"
					: '';
			return problem(
				400,
				`${request.field} '${request.gazetteerId}' names no gazetteer place${own}`
			);
		}
		const { placeName, gazetteerId, admin1, lon, lat } = place;
		change = { kind: 'place', place: { placeName, gazetteerId, admin1, lon, lat } };
	} else {
		change = request.change;
	}
	const outcome = await store.correctClaim(params.id, change, by);
	if (outcome.kind === 'not_found') return problem(404, `no claim feature with id '${params.id}'`);
	return json({ feature: outcome.feature });
};
