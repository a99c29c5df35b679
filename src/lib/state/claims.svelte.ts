/**
 * The claims the page shows: the server's, or an imported file's. Large collections are held with
 * `$state.raw` (replaced whole, never deeply proxied).
 */
import type { ClaimCollection, ClaimFeature } from '../core/contract';
import { fetchClaims, type LoadResult } from '../io/claims-api';

/** Where the shown claims come from. */
export type ClaimsOrigin = { kind: 'server' } | { kind: 'file'; name: string };

/** The loading effect, replaceable in tests. */
export interface ClaimsEffects {
	load: () => Promise<LoadResult>;
}

/** The real effects: the HTTP API. */
export const defaultClaimsEffects: ClaimsEffects = { load: () => fetchClaims() };

/** The shown collection and its loading status. */
export class ClaimsState {
	collection: ClaimCollection | null = $state.raw(null);
	origin: ClaimsOrigin = $state.raw({ kind: 'server' });
	status: 'loading' | 'ready' | 'error' = $state('loading');
	error: string | null = $state(null);
	/** Increases whenever a different data set is shown (the map refits then). */
	revision = $state(0);
	features: ClaimFeature[] = $derived(this.collection?.features ?? []);
	// Rebuilt whole by $derived, never mutated: a plain Map is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	byId: Map<string, ClaimFeature> = $derived(new Map(this.features.map((f) => [f.id, f])));

	#effects: ClaimsEffects;

	constructor(effects: ClaimsEffects = defaultClaimsEffects) {
		this.#effects = effects;
	}

	/** Loads (or reloads, after an article was added or a claim corrected) the server's claims. */
	async reload(options: { refit?: boolean } = {}): Promise<void> {
		const first = this.collection === null || this.origin.kind !== 'server';
		if (this.collection === null) this.status = 'loading';
		const result = await this.#effects.load();
		if (!result.ok) {
			this.status = 'error';
			this.error = result.message;
			return;
		}
		this.collection = result.collection;
		this.origin = { kind: 'server' };
		this.status = 'ready';
		this.error = null;
		if (first || options.refit) this.revision += 1;
	}

	/**
	 * Goes back to the server's claims without loading them (a large store, which the page asks
	 * for piece by piece).
	 */
	showServer(): void {
		this.collection = null;
		this.origin = { kind: 'server' };
		this.status = 'ready';
		this.error = null;
		this.revision += 1;
	}

	/** Shows an imported collection instead of the server's claims. */
	showImported(collection: ClaimCollection, name: string): void {
		this.collection = collection;
		this.origin = { kind: 'file', name };
		this.status = 'ready';
		this.error = null;
		this.revision += 1;
	}
}
