/**
 * The body of `POST /api/incidents/judgements`, checked strictly: `{kind: "merge", featureId,
 * otherFeatureId}`, `{kind: "split", featureId}`, `{kind: "verify", featureId, note, link?}` or
 * `{kind: "unverify", featureId}`. Unknown fields, malformed values and text holding a NUL or a lone
 * surrogate are refused with a reason.
 */
import { textProblem } from '../ingest/text-checks';
import type { IncidentJudgement } from './judgements';

/** A judgement as asked for, before who and when are added. */
export type JudgementRequest = IncidentJudgement extends infer J
	? J extends IncidentJudgement
		? Omit<J, 'by' | 'at'>
		: never
	: never;

/** Longest note, link and feature id accepted. */
export const JUDGEMENT_LIMITS = { noteChars: 2000, linkChars: 2000, idChars: 200 } as const;

const FIELDS: Record<string, readonly string[]> = {
	merge: ['kind', 'featureId', 'otherFeatureId'],
	split: ['kind', 'featureId'],
	verify: ['kind', 'featureId', 'note', 'link'],
	unverify: ['kind', 'featureId']
};

function isId(v: unknown): v is string {
	return typeof v === 'string' && v.length > 0 && v.length <= JUDGEMENT_LIMITS.idChars;
}

/** Reads a judgement request, or the reason it is refused. */
export function parseJudgementRequest(
	body: unknown
): { kind: 'valid'; request: JudgementRequest } | { kind: 'invalid'; reason: string } {
	const invalid = (reason: string) => ({ kind: 'invalid' as const, reason });
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return invalid('the body must be a JSON object');
	const b = body as Record<string, unknown>;
	const allowed = typeof b.kind === 'string' ? FIELDS[b.kind] : undefined;
	if (!allowed) return invalid(`kind must be one of ${Object.keys(FIELDS).join(', ')}`);
	const unknown = Object.keys(b).filter((k) => !allowed.includes(k));
	if (unknown.length > 0) return invalid(`unknown field(s): ${unknown.join(', ')}`);
	// A NUL is refused by PostgreSQL mid-write, a lone surrogate is not Unicode: both are a 400 here.
	for (const field of allowed) {
		const value = b[field];
		const problem = typeof value === 'string' ? textProblem(field, value) : null;
		if (problem) return invalid(problem);
	}
	if (!isId(b.featureId)) return invalid('featureId must be a feature id');
	switch (b.kind) {
		case 'merge':
			if (!isId(b.otherFeatureId)) return invalid('otherFeatureId must be a feature id');
			return {
				kind: 'valid',
				request: { kind: 'merge', featureId: b.featureId, otherFeatureId: b.otherFeatureId }
			};
		case 'verify': {
			if (typeof b.note !== 'string' || !b.note.trim())
				return invalid('note must say what verifies the incident');
			if (b.note.length > JUDGEMENT_LIMITS.noteChars)
				return invalid(`note is over ${JUDGEMENT_LIMITS.noteChars} characters`);
			const link = b.link ?? null;
			if (
				link !== null &&
				(typeof link !== 'string' ||
					link.length > JUDGEMENT_LIMITS.linkChars ||
					!/^https?:\/\/[^\s/]+\S*$/.test(link))
			)
				return invalid('link must be an http(s) URL or null');
			return {
				kind: 'valid',
				request: { kind: 'verify', featureId: b.featureId, note: b.note.trim(), link }
			};
		}
		default:
			return {
				kind: 'valid',
				request: { kind: b.kind as 'split' | 'unverify', featureId: b.featureId }
			};
	}
}
