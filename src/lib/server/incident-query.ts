/**
 * The query of the incident endpoints: the claim filter's parameters (`side`, `type`, `from`, `to`,
 * `precision`, `minConfidence`, `article`, `bbox`) and the incident filter's (`status`, `claimedBy`).
 */
import { parseFilterParams } from '../core/filter/params';
import type { ClaimFilter } from '../core/filter/model';
import {
	INCIDENT_PARAM_NAMES,
	parseIncidentParams,
	selectIncidents,
	type Incident,
	type IncidentFilter
} from '../core/incidents/index';
import type { IncidentMark } from '../core/incidents/marks';
import { claimSource, type ClaimSource } from './claims';
import { currentMarks, markStoreOf, type Markable } from './incident-marks';
import { eachMark } from './markable-columns';
import { loadIncidents } from './incidents';
import { workerStoreTarget } from './ingest';
import { readMarkableInWorker } from './worker/marks';

/** The store's incidents with the query's claim and incident filters, or the query's problems. */
async function withQuery<T>(
	params: URLSearchParams,
	answer: (
		loaded: Awaited<ReturnType<typeof loadIncidents>>,
		claims: ClaimFilter,
		incidentFilter: IncidentFilter
	) => T
): Promise<{ ok: true; value: T } | { ok: false; errors: string[] }> {
	const claims = parseFilterParams(params, { allow: INCIDENT_PARAM_NAMES });
	const incidentFilter = parseIncidentParams(params);
	const errors = [
		...(claims.ok ? [] : claims.errors),
		...(incidentFilter.ok ? [] : incidentFilter.errors)
	];
	if (!claims.ok || !incidentFilter.ok) return { ok: false, errors };
	return { ok: true, value: answer(await loadIncidents(), claims.filter, incidentFilter.filter) };
}

/** The selected incidents, or the problems of the query. */
export async function queryIncidents(
	params: URLSearchParams
): Promise<{ ok: true; incidents: Incident[] } | { ok: false; errors: string[] }> {
	const result = await withQuery(params, ({ incidents, features }, claims, incidentFilter) =>
		selectIncidents(incidents, features, claims, incidentFilter)
	);
	return result.ok ? { ok: true, incidents: result.value } : result;
}

/** The markable incidents of one revision of the claim source, read once and shared by every query. */
let markable: { revision: string; value: Promise<Markable> } | null = null;

/**
 * Where the marks are read: in a worker thread of their own when the server has the bundled
 * worker and its claims are in a database another thread can open (marks.ts), else here.
 */
function markableReader(source: ClaimSource): () => Promise<Markable> {
	const file = process.env.CLAIMSMAP_MARKS_WORKER;
	const target = process.env.CLAIMSMAP_CLAIMS_FILE ? null : workerStoreTarget();
	if (file && target) return () => readMarkableInWorker(file, target.path);
	const store = source.store;
	return () => currentMarks(markStoreOf(store));
}

/** The markable incidents of the claim source as it is now (read once per revision). */
export async function currentMarkable(): Promise<Markable> {
	const source = await claimSource();
	const revision = await source.revision();
	if (markable?.revision !== revision) {
		const value = markableReader(source)();
		markable = { revision, value };
		// A failed read is not kept: the next request tries again.
		value.catch(() => {
			if (markable?.value === value) markable = null;
		});
	}
	return markable.value;
}

/**
 * The marks of the selected contested and corroborated incidents, each with the sides of its claims
 * that pass the claim filter without its sides (the map hides a ring by side without asking again).
 * Read without building every incident (incident-marks.ts).
 */
export async function queryIncidentMarks(
	params: URLSearchParams
): Promise<{ ok: true; marks: Iterable<IncidentMark> } | { ok: false; errors: string[] }> {
	const claims = parseFilterParams(params, { allow: INCIDENT_PARAM_NAMES });
	const incidentFilter = parseIncidentParams(params);
	if (!claims.ok || !incidentFilter.ok) {
		const errors = [
			...(claims.ok ? [] : claims.errors),
			...(incidentFilter.ok ? [] : incidentFilter.errors)
		];
		return { ok: false, errors };
	}
	return {
		ok: true,
		marks: eachMark(await currentMarkable(), claims.filter, incidentFilter.filter)
	};
}

/** Marks written per chunk of the marks' answer. */
const MARKS_PER_CHUNK = 1000;

/**
 * The answer `{marks: [...]}` as text, a chunk of marks at a time (the same text as
 * `JSON.stringify`): at a million synthetic claims the whole answer's 84k marks and 10 MB of text
 * were built at once in the server's heap, which V8 then kept grown.
 */
export async function* marksAnswer(marks: Iterable<IncidentMark>): AsyncGenerator<string> {
	let chunk: string[] = [];
	let first = true;
	yield '{"marks":[';
	for (const mark of marks) {
		chunk.push(JSON.stringify(mark));
		if (chunk.length === MARKS_PER_CHUNK) {
			yield (first ? '' : ',') + chunk.join(',');
			first = false;
			chunk = [];
		}
	}
	if (chunk.length > 0) yield (first ? '' : ',') + chunk.join(',');
	yield ']}';
}

/** The download name: `incidents-<status>-<YYYY-MM-DD>.<ext>`. */
export function incidentFileName(params: URLSearchParams, now: Date, ext: string): string {
	const status = (params.get('status') ?? '').split(',').filter(Boolean).join('+') || 'all';
	return `incidents-${status.replace(/[^a-z+]/g, '')}-${now.toISOString().slice(0, 10)}.${ext}`;
}
