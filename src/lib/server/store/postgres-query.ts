/**
 * A claim selection (the page's filter, a text search, rejected or not) as SQL over the PostgreSQL
 * store's served columns, one condition per filter dimension so facet counts can leave one out.
 * Every value travels as a parameter; only fixed SQL is written into the text.
 */
import { CLAIMANT_SIDES } from '../../core/contract';
import type { FilterDimension } from '../../core/filter/match';
import { fromMercator } from '../tiles/mercator';
import type { ClaimSelection, TileAddress } from './types';

/** Parameters of a statement being built: `add` returns the placeholder of a new one. */
export class Params {
	readonly values: unknown[] = [];

	/** Adds a value and returns its placeholder (`$n`). */
	add(value: unknown): string {
		this.values.push(value);
		return `$${this.values.length}`;
	}
}

/** Lower case without accents, so "kyiv" finds "Kyïv" (the list search's folding). */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A tsquery (in the `simple` configuration) that holds when every word of `search` begins a word of
 * the text, or null for an empty search. Words are cut to letters and digits, so nothing in them
 * can be read as tsquery syntax.
 */
export function prefixQuery(search: string | undefined): string | null {
	const words = foldText(search ?? '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** The precision a feature is filtered on; `none` for one without a place (as core's precisionOf). */
export const PRECISION_FILTER_SQL = `CASE WHEN f.geom IS NULL THEN 'none' ELSE COALESCE(f.precision, 'none') END`;

/** Positions per article in {@link STORED_ORDER_SQL}'s one number. */
export const STORED_ORDER_SCALE = 1_000_000;

/** The order features were stored in, as one number (article, then position in it). */
export const STORED_ORDER_SQL = `f.article_seq * ${STORED_ORDER_SCALE} + f.position`;

/** Rank of a side in the vocabulary's order, for the list's side sort. */
export function sideRankSql(column: string, params: Params): string {
	return `array_position(${params.add([...CLAIMANT_SIDES])}::text[], ${column})`;
}

/** A WGS84 box as a PostGIS envelope test plus an exact test of the coordinates (edges included). */
function boxSql(west: number, south: number, east: number, north: number, params: Params): string {
	const [w, s, e, n] = [west, south, east, north].map((v) => params.add(v));
	return `(f.geom && ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)
		AND ST_X(f.geom) BETWEEN ${w} AND ${e} AND ST_Y(f.geom) BETWEEN ${s} AND ${n})`;
}

/** One condition per restricted dimension of the filter, in core's order of dimensions. */
export function dimensionConditions(
	selection: ClaimSelection,
	params: Params
): [FilterDimension, string][] {
	const { sides, types, from, to, precisions, minConfidence, articles, bbox } = selection.filter;
	const out: [FilterDimension, string][] = [];
	if (sides.length) out.push(['sides', `f.claimant_side = ANY(${params.add(sides)}::text[])`]);
	if (types.length) out.push(['types', `f.event_type = ANY(${params.add(types)}::text[])`]);
	if (from !== null || to !== null) {
		const bounds = ['f.event_day IS NOT NULL'];
		if (from !== null) bounds.push(`f.event_day >= ${params.add(from)}`);
		if (to !== null) bounds.push(`f.event_day <= ${params.add(to)}`);
		out.push(['dates', `(${bounds.join(' AND ')})`]);
	}
	if (precisions.length)
		out.push(['precisions', `${PRECISION_FILTER_SQL} = ANY(${params.add(precisions)}::text[])`]);
	if (minConfidence > 0)
		out.push(['confidence', `(f.geom IS NULL OR f.confidence >= ${params.add(minConfidence)})`]);
	if (articles.length)
		out.push(['articles', `f.article_id = ANY(${params.add(articles)}::text[])`]);
	if (bbox) {
		const [west, south, east, north] = bbox;
		const inside =
			west > east
				? `(${boxSql(west, south, 180, north, params)} OR ${boxSql(-180, south, east, north, params)})`
				: boxSql(west, south, east, north, params);
		out.push(['bbox', `(f.geom IS NULL OR ${inside})`]);
	}
	return out;
}

/** What every query keeps whatever the filter: the search and (unless asked) no rejected ones. */
export function baseConditions(selection: ClaimSelection, params: Params): string[] {
	const out: string[] = [];
	if (!selection.includeRejected) out.push('NOT f.rejected');
	const query = prefixQuery(selection.search);
	if (query) out.push(`f.search @@ to_tsquery('simple', ${params.add(query)})`);
	return out;
}

/** The whole selection as one condition on `features f`. */
export function selectionSql(selection: ClaimSelection, params: Params): string {
	const all = [
		...baseConditions(selection, params),
		...dimensionConditions(selection, params).map(([, sql]) => sql)
	];
	return all.length ? all.join(' AND ') : 'TRUE';
}

/** A tile's WGS84 box `[west, south, east, north]`, grown by `buffer` tile widths on each side. */
export function tileBox({ z, x, y }: TileAddress, buffer = 0): [number, number, number, number] {
	const n = 2 ** z;
	const [west, north] = fromMercator(Math.max(0, (x - buffer) / n), Math.max(0, (y - buffer) / n));
	const [east, south] = fromMercator(
		Math.min(1, (x + 1 + buffer) / n),
		Math.min(1, (y + 1 + buffer) / n)
	);
	return [west, south, east, north];
}

/** A condition that keeps located features inside a WGS84 box (edges included). */
export function insideBoxSql(box: [number, number, number, number], params: Params): string {
	return boxSql(box[0], box[1], box[2], box[3], params);
}
