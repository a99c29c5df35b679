/**
 * The list's keyset cursor: the sort keys of the last claim of a page, so the next page starts
 * right after it by a seek in the sort's index instead of counting past every earlier claim (an
 * OFFSET walks them all: 0.1–0.25 s deep in a 100k store, seconds at a million). Opaque to the
 * client: base64url of `[sort, ...keys]`, the keys as the backend sorts on them.
 */
import type { ListSort } from '../../core/filter/claim-groups';

/**
 * Each order's keys, most significant first, and whether each descends: the claim's day (`''`
 * when it has none) or confidence or side rank, then the claim's first stored position.
 */
export const CURSOR_KEYS: Record<ListSort, readonly { kind: 'text' | 'number'; desc: boolean }[]> =
	{
		date: [
			{ kind: 'text', desc: true },
			{ kind: 'number', desc: false }
		],
		confidence: [
			{ kind: 'number', desc: true },
			{ kind: 'number', desc: false }
		],
		side: [
			{ kind: 'number', desc: false },
			{ kind: 'text', desc: true },
			{ kind: 'number', desc: false }
		]
	};

/** A sort key value as stored: text or a finite number. */
export type CursorKey = string | number;

/** The cursor after a claim with these sort keys. */
export function encodeListCursor(sort: ListSort, keys: readonly CursorKey[]): string {
	return Buffer.from(JSON.stringify([sort, ...keys]), 'utf8').toString('base64url');
}

/** The keys of a cursor of `sort`'s order, or null when it is malformed or of another order. */
export function decodeListCursor(text: string, sort: ListSort): CursorKey[] | null {
	let value: unknown;
	try {
		value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
	if (!Array.isArray(value) || value[0] !== sort) return null;
	const keys = value.slice(1) as unknown[];
	const kinds = CURSOR_KEYS[sort];
	if (keys.length !== kinds.length) return null;
	const ok = keys.every((k, i) =>
		kinds[i].kind === 'text' ? typeof k === 'string' : typeof k === 'number' && Number.isFinite(k)
	);
	return ok ? (keys as CursorKey[]) : null;
}
