/**
 * The claims of a large store, asked of the server piece by piece: the summary (counts, facets,
 * days, regions) for the filter, the first pages of the list for the filter and the search, and
 * single features by id (the selected claim, a popup's claims). A newer question aborts an older
 * one, so a quick run of filter changes ends with the answer to the last.
 */
import type { ClaimFeature } from '../core/contract';
import type { ListSort } from '../core/filter/claim-groups';
import {
	fetchClaimPage,
	fetchFeature,
	fetchSummary,
	type ClaimSummary,
	type QueryResult
} from '../io/claims-query';

/** Claims the list holds per section; the list says how many more there are. */
export const LIST_WINDOW = 100;

/** The list's part of a question: its search and order. */
export interface ListQuestion {
	search: string;
	sort: ListSort;
}

/** The server's answers for the current filter. */
export class ServerClaims {
	summary: ClaimSummary | null = $state.raw(null);
	/** The listed features (first pages of both sections), in list order. */
	listed: ClaimFeature[] = $state.raw([]);
	/** Claims in the list's two sections under the filter and search. */
	listTotal = $state(0);
	error: string | null = $state(null);
	/** Features fetched by id; replaced whole on every change, never mutated. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	fetched: ReadonlyMap<string, ClaimFeature> = $state.raw(new Map<string, ClaimFeature>());

	#summaryAbort: AbortController | null = null;
	#listAbort: AbortController | null = null;

	/** Asks for the summary of `filterQuery` (the filter's URL query). */
	async loadSummary(filterQuery: string): Promise<ClaimSummary | null> {
		this.#summaryAbort?.abort();
		const abort = (this.#summaryAbort = new AbortController());
		const result = await fetchSummary(filterQuery, abort.signal);
		return this.#take(result, (value) => (this.summary = value));
	}

	/** Asks for the first pages of the list. */
	async loadList(filterQuery: string, question: ListQuestion): Promise<void> {
		this.#listAbort?.abort();
		const abort = (this.#listAbort = new AbortController());
		const page = (section: 'located' | 'unlocated') => {
			// A local query under construction, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const params = new URLSearchParams(filterQuery);
			if (question.search.trim()) params.set('q', question.search.trim());
			params.set('sort', question.sort);
			params.set('section', section);
			params.set('limit', String(LIST_WINDOW));
			return fetchClaimPage(params.toString(), abort.signal);
		};
		const [located, unlocated] = await Promise.all([page('located'), page('unlocated')]);
		if (located.kind !== 'ok' || unlocated.kind !== 'ok') {
			const failed = [located, unlocated].find((r) => r.kind === 'failed');
			if (failed?.kind === 'failed') this.error = failed.message;
			return;
		}
		this.error = null;
		this.listTotal = located.value.total + unlocated.value.total;
		this.listed = [...located.value.groups, ...unlocated.value.groups].flatMap((g) => g.features);
	}

	/** A feature already known (listed or fetched), or null. */
	known(id: string): ClaimFeature | null {
		return this.fetched.get(id) ?? this.listed.find((f) => f.id === id) ?? null;
	}

	/** Fetches the features among `ids` not known yet. */
	async ensure(ids: readonly string[]): Promise<void> {
		const missing = ids.filter((id) => this.known(id) === null);
		if (missing.length === 0) return;
		const answers = await Promise.all(missing.map((id) => fetchFeature(id)));
		// Replaced whole, never mutated once stored.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const next = new Map(this.fetched);
		for (const answer of answers) if (answer.kind === 'ok') next.set(answer.value.id, answer.value);
		this.fetched = next;
	}

	/** Forgets fetched features (after a correction, so the next look shows it as now served). */
	forget(): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.fetched = new Map();
	}

	#take<T>(result: QueryResult<T>, keep: (value: T) => void): T | null {
		if (result.kind === 'aborted') return null;
		if (result.kind === 'failed') {
			this.error = result.message;
			return null;
		}
		this.error = null;
		keep(result.value);
		return result.value;
	}
}
