/**
 * The filter the page applies, and its round trip through the URL query (`?side=russia&bbox=…`), so
 * a copied link restores the same view. The selected claim rides along as `claim=<id>`.
 */
import {
	createEmptyFilter,
	filterToParams,
	normaliseFilter,
	parseFilterParams,
	type BBox,
	type ClaimFilter
} from '../core/filter/filters';
import { INCIDENT_PARAM_NAMES } from '../core/incidents/export';

/** The URL parameter holding the selected claim's id. */
export const CLAIM_PARAM = 'claim';

/** Toggles `value` in a list (used for the checkbox filters). */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
	const without = list.filter((v) => v !== value);
	return on ? [...without, value] : without;
}

/** The page's filter, with the link's problems when the URL could not be read. */
export class FilterState {
	filter: ClaimFilter = $state.raw(createEmptyFilter());
	/** Problems with the link's query, shown to the user; the empty filter is used then. */
	linkErrors: string[] = $state.raw([]);
	/** The claim named in the link, if any. */
	linkClaim: string | null = $state(null);

	/** Reads the filter from a URL query. */
	fromParams(params: URLSearchParams): void {
		// The incident filter's parameters are read by the incident state.
		const parsed = parseFilterParams(params, { allow: [CLAIM_PARAM, ...INCIDENT_PARAM_NAMES] });
		this.linkClaim = params.get(CLAIM_PARAM);
		if (parsed.ok) {
			this.filter = parsed.filter;
			this.linkErrors = [];
		} else {
			this.filter = createEmptyFilter();
			this.linkErrors = parsed.errors;
		}
	}

	/** Changes some dimensions of the filter. */
	update(change: Partial<ClaimFilter>): void {
		this.filter = normaliseFilter({ ...this.filter, ...change });
	}

	/** Clears every filter but keeps the map where it is. */
	reset(): void {
		this.filter = { ...createEmptyFilter(), bbox: this.filter.bbox };
	}

	/** Records the map's view. */
	setView(bbox: BBox): void {
		const old = this.filter.bbox;
		if (old && old.every((v, i) => v === bbox[i])) return;
		this.filter = { ...this.filter, bbox };
	}

	/** The query string for the current filter and selected claim (`?…`, or '' when empty). */
	query(selected: string | null): string {
		const params = filterToParams(this.filter);
		if (selected) params.set(CLAIM_PARAM, selected);
		const text = params.toString();
		return text ? `?${text}` : '';
	}

	/** True when any filter (apart from the view) restricts the claims. */
	get active(): boolean {
		const f = this.filter;
		return (
			f.sides.length > 0 ||
			f.types.length > 0 ||
			f.from !== null ||
			f.to !== null ||
			f.precisions.length > 0 ||
			f.minConfidence > 0 ||
			f.articles.length > 0
		);
	}
}
