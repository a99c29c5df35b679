/**
 * The claim filter, one import for the page, the API and the export: its model, its URL form,
 * matching, and the live counts and per-day histogram beside the controls.
 */
export {
	EMPTY_FILTER,
	FILTER_PARAM_NAMES,
	PRECISION_FILTERS,
	createEmptyFilter,
	type BBox,
	type ClaimFilter,
	type FilterParamName,
	type PrecisionFilter
} from './model';
export {
	filterToParams,
	normaliseFilter,
	parseFilterParams,
	type FilterParseOptions,
	type FilterParseResult
} from './params';
export {
	FILTER_DIMENSIONS,
	claimDay,
	compileFilter,
	filterClaims,
	matchesFilter,
	precisionOf,
	type CompiledFilter,
	type FilterDimension
} from './match';
export { MAX_FILLED_DAYS, claimsPerDay, facetCounts, fillDays, type FacetCounts } from './facets';
