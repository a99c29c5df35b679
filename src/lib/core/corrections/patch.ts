/**
 * The body of `PATCH /api/claims/:id`, checked: exactly one of `{placeGazetteerId}`, `{place}`,
 * `{claimantSide}`, `{eventType}`, `{rejected: true}` or `{undo: true}`. A `place` that names a
 * `gazetteerId` is that gazetteer place (the caller looks it up, and refuses an id that names
 * none); one without (or with `gazetteerId: null`) is the analyst's own point, taken as sent.
 */
import { textProblem } from '../ingest/text-checks';
import { checkChange, type CorrectionChange } from './correction';

/** Longest place name, gazetteer id or admin-1 name a reviewer may send. */
export const MAX_PLACE_TEXT = 200;

/** Fields of a `place`; the search's hints (what kind of place) may come along and are ignored. */
const PLACE_FIELDS = ['placeName', 'gazetteerId', 'admin1', 'lon', 'lat'] as const;
const PLACE_HINTS = ['featureCode', 'countryCode', 'population'] as const;

/** Why a hand-made place's text fields are unacceptable, or null. */
function placeTextProblem(place: Record<string, unknown>): string | null {
	for (const field of ['placeName', 'gazetteerId', 'admin1'] as const) {
		const value = place[field];
		if (typeof value !== 'string') continue;
		const problem = textProblem(`place.${field}`, value);
		if (problem) return problem;
		if (value.length > MAX_PLACE_TEXT)
			return `place.${field} is longer than ${MAX_PLACE_TEXT} characters`;
	}
	return null;
}

/** Fields a patch may carry; exactly one per request. */
export const PATCH_FIELDS = [
	'placeGazetteerId',
	'place',
	'claimantSide',
	'eventType',
	'rejected',
	'undo'
] as const;

/** The fields a gazetteer id may come in, named when it names no gazetteer place. */
export type GazetteerIdField = 'placeGazetteerId' | 'place.gazetteerId';

/**
 * What a patch asks for. `placeId` still has to be resolved to a place by the caller, who names
 * `field` when the id names none.
 */
export type ClaimPatchRequest =
	| { kind: 'change'; change: CorrectionChange }
	| { kind: 'placeId'; gazetteerId: string; field: GazetteerIdField }
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
	if (unknown.length > 0) {
		return {
			kind: 'invalid',
			reason: `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`
		};
	}
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
		case 'placeGazetteerId': {
			if (typeof value !== 'string' || value.trim() === '')
				return { kind: 'invalid', reason: 'placeGazetteerId must be a non-empty string' };
			const problem = textProblem('placeGazetteerId', value);
			if (problem) return { kind: 'invalid', reason: problem };
			if (value.length > MAX_PLACE_TEXT)
				return {
					kind: 'invalid',
					reason: `placeGazetteerId is longer than ${MAX_PLACE_TEXT} characters`
				};
			return { kind: 'placeId', gazetteerId: value.trim(), field: 'placeGazetteerId' };
		}
		case 'place': {
			const place =
				value && typeof value === 'object' && !Array.isArray(value)
					? { admin1: null, gazetteerId: null, ...value }
					: value;
			if (place && typeof place === 'object') {
				const allowed = [...PLACE_FIELDS, ...PLACE_HINTS] as string[];
				const extra = Object.keys(place).filter((k) => !allowed.includes(k));
				if (extra.length > 0)
					return { kind: 'invalid', reason: `unknown field place.${extra.join(', place.')}` };
				const problem = placeTextProblem(place as Record<string, unknown>);
				if (problem) return { kind: 'invalid', reason: problem };
			}
			const check = checkChange({ kind: 'place', place });
			if (check.kind === 'invalid') return check;
			const id = check.change.kind === 'place' ? check.change.place.gazetteerId : null;
			// An id decides the place: its gazetteer record, never a name or point sent beside it.
			if (id !== null)
				return { kind: 'placeId', gazetteerId: id.trim(), field: 'place.gazetteerId' };
			return { kind: 'change', change: check.change };
		}
		case 'claimantSide':
		case 'eventType': {
			const check = checkChange({ kind: field, [field]: value });
			return check.kind === 'valid' ? { kind: 'change', change: check.change } : check;
		}
	}
}
