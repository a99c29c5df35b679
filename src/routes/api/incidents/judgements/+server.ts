/**
 * `POST /api/incidents/judgements`: an analyst's judgement on an incident, made on one of its claims
 * (a feature id): `{kind: "merge", featureId, otherFeatureId}`, `{kind: "split", featureId}`,
 * `{kind: "verify", featureId, note, link?}`, `{kind: "unverify", featureId}`. Answers `201
 * {incident}` as now served; 400 naming the problem, 404 for an unknown feature, 409 when the server
 * shows a claims file read-only (CLAIMSMAP_CLAIMS_FILE: its claims are not the store's). Editors only.
 */
import { json } from '@sveltejs/kit';
import { parseJudgementRequest } from '$lib/core/incidents/judgement-request';
import type { IncidentJudgement } from '$lib/core/incidents/judgements';
import { readOnlyFileReason } from '$lib/server/claims';
import { getStore } from '$lib/server/store/index';
import { readJsonBody } from '../../articles/read-body';
import type { RequestHandler } from './$types';

const MAX_JUDGEMENT_BYTES = 16 * 1024;

/** Records the judgement. */
export const POST: RequestHandler = async (event) => {
	const readOnly = readOnlyFileReason('judgements');
	if (readOnly) return json({ error: 'read-only', message: readOnly }, { status: 409 });
	const body = await readJsonBody(event, MAX_JUDGEMENT_BYTES);
	if (body.kind === 'too_large')
		return json({ error: 'too large', message: body.reason }, { status: 413 });
	if (body.kind === 'invalid')
		return json({ error: 'bad request', message: body.reason }, { status: 400 });
	const parsed = parseJudgementRequest(body.value);
	if (parsed.kind === 'invalid')
		return json({ error: 'bad request', message: parsed.reason }, { status: 400 });
	const judgement = {
		...parsed.request,
		by: event.locals.principal?.name ?? null,
		at: new Date().toISOString()
	} as IncidentJudgement;
	const outcome = await (await getStore()).judgeIncident(judgement);
	if (outcome.kind === 'not_found')
		return json(
			{ error: 'not found', message: `no claim feature with id '${outcome.featureId}'` },
			{ status: 404 }
		);
	return json({ incident: outcome.incident }, { status: 201 });
};
