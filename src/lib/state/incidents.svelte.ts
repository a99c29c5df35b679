/**
 * The incidents the page shows (built from the shown claims with the server's grouping and analysts'
 * judgements; an imported file's grouped in the browser with the same code, and judged in the page
 * until the file is closed) and the incident filter, which rides in the URL as
 * `status=…&claimedBy=…` beside the claim filter.
 */
import type { ClaimFeature } from '../core/contract';
import {
	matchesIncident,
	withIncidentParams,
	parseIncidentParams,
	type IncidentFilter
} from '../core/incidents/export';
import { groupClaims } from '../core/incidents/group';
import {
	buildIncidents,
	incidentsByFeature,
	incidentsOfGrouping,
	type Incident
} from '../core/incidents/incident';
import type { IncidentGrouping, IncidentJudgement } from '../core/incidents/judgements';
import { parseJudgementRequest, type JudgementRequest } from '../core/incidents/judgement-request';
import { nearbyParams } from '../core/incidents/candidates';
import type { IncidentMark } from '../core/incidents/marks';
import {
	fetchGrouping,
	fetchIncidentMarks,
	fetchIncidentOf,
	fetchIncidents,
	type IncidentsResult
} from '../io/incidents-api';

/** The loading effects, replaceable in tests. */
export interface IncidentsEffects {
	load: () => Promise<IncidentsResult<IncidentGrouping>>;
	/** One claim's incident (a large store, whose claims the page does not hold). */
	loadOne?: (featureId: string) => Promise<IncidentsResult<Incident | null>>;
	/** The incidents with a claim in a selection (the merge picker's, for a large store). */
	loadSelected?: (params: URLSearchParams) => Promise<IncidentsResult<Incident[]>>;
	/** The map's marks of a selection, `?…` (a large store's map, which cannot build them). */
	loadMarks?: (query: string) => Promise<IncidentsResult<IncidentMark[]>>;
}

/** The real effects: the HTTP API. */
export const defaultIncidentsEffects: IncidentsEffects = {
	load: () => fetchGrouping(),
	loadOne: (featureId) => fetchIncidentOf(featureId),
	loadSelected: (params) => fetchIncidents(params),
	loadMarks: (query) => fetchIncidentMarks(query)
};

/** The incidents and the incident filter. */
export class IncidentsState {
	incidents: Incident[] = $state.raw([]);
	filter: IncidentFilter = $state.raw({ statuses: [], claimedBy: [] });
	error: string | null = $state(null);
	/** Each claim's incident, rebuilt whole when the incidents change. */
	byFeature: Map<string, Incident> = $derived(incidentsByFeature(this.incidents));
	/**
	 * A large store's incidents, which the page cannot build (it holds no claims): the open claim's,
	 * asked of the server, and those near it that the merge picker offers.
	 */
	one: { featureId: string; incident: Incident | null; near: Incident[] } | null = $state.raw(null);
	/** A large store's rings: the marks of the incidents the filters select, asked of the server. */
	marks: IncidentMark[] = $state.raw([]);
	/** The query the marks were last asked with (a later answer wins over an earlier one). */
	#marksQuery: string | null = null;
	/**
	 * An imported file's claims, grouped in the browser, and the judgements made on them in this page
	 * (kept until another file or the server's claims are shown; plain fields, so that an effect that
	 * calls `load` does not run again on a judgement).
	 */
	#file: {
		features: readonly ClaimFeature[];
		machine: Map<string, string>;
		ids: Set<string>;
		judgements: IncidentJudgement[];
	} | null = null;
	/** How many judgements were made in this page on the shown file (lost when it is closed). */
	pageJudgements = $state(0);

	#effects: IncidentsEffects;

	constructor(effects: IncidentsEffects = defaultIncidentsEffects) {
		this.#effects = effects;
	}

	/**
	 * Builds the incidents of the shown claims: with the server's grouping and judgements, or, for an
	 * imported file (or when the server cannot answer), grouped in the browser with the same code.
	 */
	async load(fromServer: boolean, features: readonly ClaimFeature[]): Promise<void> {
		if (fromServer) {
			this.closeFile();
			const result = await this.#effects.load();
			if (result.ok) {
				this.incidents = incidentsOfGrouping(features, result.value);
				this.error = null;
				return;
			}
			this.error = `The incidents could not be loaded: ${result.message}`;
			this.incidents = buildIncidents(features, groupClaims(features));
			return;
		}
		if (this.#file?.features !== features) {
			// A lookup made once per file, never changed: not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const ids = new Set(features.map((f) => String(f.id)));
			this.#file = { features, machine: groupClaims(features), ids, judgements: [] };
			this.pageJudgements = 0;
		}
		this.#buildFile();
	}

	/**
	 * Judges an imported file's incident in the page, as the server would judge its own (the same
	 * checks, the same code applies it): kept until the file is closed, and carried by the incident
	 * export. Answers the reason when the judgement is refused.
	 */
	judgeInPage(
		request: JudgementRequest,
		by: string | null,
		// A timestamp, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		at: string = new Date().toISOString()
	): { ok: true } | { ok: false; message: string } {
		const file = this.#file;
		if (!file) return { ok: false, message: 'No imported file is shown.' };
		const parsed = parseJudgementRequest(request);
		if (parsed.kind === 'invalid') return { ok: false, message: parsed.reason };
		const judged = parsed.request;
		const unknown = [judged.featureId, judged.kind === 'merge' ? judged.otherFeatureId : null].find(
			(id) => id !== null && !file.ids.has(id)
		);
		if (unknown) return { ok: false, message: `no claim feature with id '${unknown}'` };
		file.judgements.push({ ...judged, by, at } as IncidentJudgement);
		this.pageJudgements = file.judgements.length;
		this.#buildFile();
		return { ok: true };
	}

	/** Forgets the imported file's grouping and the judgements made on it (it is no longer shown). */
	closeFile(): void {
		this.#file = null;
		this.pageJudgements = 0;
	}

	#buildFile(): void {
		const file = this.#file;
		if (file) this.incidents = buildIncidents(file.features, file.machine, file.judgements);
	}

	/** Asks the server for one claim's incident and those near it (a large store drawn from tiles). */
	async loadOne(featureId: string): Promise<void> {
		const { loadOne, loadSelected } = this.#effects;
		if (!loadOne) return;
		const result = await loadOne(featureId);
		if (!result.ok) {
			this.error = `The incident could not be loaded: ${result.message}`;
			return;
		}
		const incident = result.value;
		this.one = { featureId, incident, near: [] };
		const params = incident ? nearbyParams(incident) : null;
		if (!params || !loadSelected) return;
		const near = await loadSelected(params);
		if (near.ok && this.one?.featureId === featureId)
			this.one = { featureId, incident, near: near.value };
	}

	/**
	 * Asks the server for the marks of the incidents that `claimQuery` (the claim filter, without the
	 * view) and the incident filter select; an answer to an older question is dropped.
	 */
	async loadMarks(claimQuery: string): Promise<void> {
		const { loadMarks } = this.#effects;
		if (!loadMarks) return;
		const query = this.withParams(claimQuery ? `?${claimQuery}` : '');
		this.#marksQuery = query;
		const result = await loadMarks(query);
		if (this.#marksQuery !== query) return;
		if (result.ok) this.marks = result.value;
		else this.error = `The incident marks could not be loaded: ${result.message}`;
	}

	/** True when the incident filter restricts the claims. */
	get active(): boolean {
		return this.filter.statuses.length > 0 || this.filter.claimedBy.length > 0;
	}

	/** The claims whose incident passes the incident filter (all of them when none is set). */
	keep(features: ClaimFeature[]): ClaimFeature[] {
		if (!this.active) return features;
		return features.filter((f) => {
			const incident = this.byFeature.get(String(f.id));
			return incident !== undefined && matchesIncident(incident, this.filter);
		});
	}

	/** Reads the filter from a URL query; answers its problems. */
	fromParams(params: URLSearchParams): string[] {
		const parsed = parseIncidentParams(params);
		this.filter = parsed.ok ? parsed.filter : { statuses: [], claimedBy: [] };
		return parsed.ok ? [] : parsed.errors;
	}

	/** The query `?…` with the incident filter added to `query` (the claim filter's). */
	withParams(query: string): string {
		return withIncidentParams(query, this.filter);
	}
}
