/**
 * The body of `PATCH /api/claims/:id`, checked: exactly one of `{placeGazetteerId}`, `{place}`,
 * `{claimantSide}`, `{eventType}`, `{rejected: true}` or `{undo: true}`.
 */
import { checkChange, type CorrectionChange } from './correction';

/** Fields a patch may carry; exactly one per request. */
export const PATCH_FIELDS = [
	'placeGazetteerId',
	'place',
	'claimantSide',
	'eventType',
	'rejected',
	'undo'
] as const;

/** What a patch asks for. `placeId` still has to be resolved to a place by the caller. */
export type ClaimPatchRequest =
	| { kind: 'change'; change: CorrectionChange }
	| { kind: 'placeId'; gazetteerId: string }
	| { kind: 'undo' }
	| { kind: 'invalid'; reason: string };

/** Reads an untrusted patch body, naming the problem when it is not one of the accepted forms. */
export function parseClaimPatch(body: unknown): ClaimPatchRequest {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return {
			kind: 'invalid',
			reason: `body must be a JSON object with one of ${PATCH_FIELDS.join(', ')}`
		};
	}
	const b = body as Record<string, unknown>;
	const present = PATCH_FIELDS.filter((f) => b[f] !== undefined);
	const unknown = Object.keys(b).filter((k) => !(PATCH_FIELDS as readonly string[]).includes(k));
	if (unknown.length > 0) return { kind: 'invalid', reason: `unknown field ${unknown[0]}` };
	if (present.length !== 1) {
		return { kind: 'invalid', reason: `send exactly one of ${PATCH_FIELDS.join(', ')}` };
	}
	const field = present[0];
	const value = b[field];
	switch (field) {
		case 'undo':
			return value === true ? { kind: 'undo' } : { kind: 'invalid', reason: 'undo must be true' };
		case 'rejected':
			return value === true
				? { kind: 'change', change: { kind: 'reject' } }
				: {
						kind: 'invalid',
						reason: 'rejected must be true; send {undo: true} to take a rejection back'
					};
		case 'placeGazetteerId':
			return typeof value === 'string' && value.trim() !== ''
				? { kind: 'placeId', gazetteerId: value.trim() }
				: { kind: 'invalid', reason: 'placeGazetteerId must be a non-empty string' };
		case 'place': {
			const place = value && typeof value === 'object' ? { admin1: null, ...value } : value;
			const check = checkChange({ kind: 'place', place });
			return check.kind === 'valid' ? { kind: 'change', change: check.change } : check;
		}
		case 'claimantSide':
		case 'eventType': {
			const check = checkChange({ kind: field, [field]: value });
			return check.kind === 'valid' ? { kind: 'change', change: check.change } : check;
		}
	}
}
