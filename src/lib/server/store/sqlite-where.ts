/**
 * A selection (the page's filter, a text search, rejected or not) as an SQL condition on the slim
 * index `feature_index i`, with its parameters. Facet counts leave one dimension out, so each
 * dimension is a separate term.
 */
import type { FilterDimension } from '../../core/filter/match';
import type { ClaimSelection } from './types';

/** An SQL condition and the values of its `?` placeholders, in order. */
export interface SqlCondition {
	sql: string;
	params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The FTS5 query of a search: every word must occur, each as a word prefix. Words are quoted, so
 * no character of the user's text is read as FTS5 syntax. Null for an empty search.
 */
export function ftsQuery(search: string | undefined): string | null {
	const words = (search ?? '')
		.normalize('NFC')
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
	if (words.length === 0) return null;
	return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}

/**
 * The condition of a selection on `feature_index` (as `alias`), without the dimension `omit`
 * when given.
 */
export function whereOf(
	selection: ClaimSelection,
	omit: FilterDimension | null = null,
	alias = 'i'
): SqlCondition {
	const { filter } = selection;
	const terms: string[] = [];
	const params: unknown[] = [];
	const add = (sql: string, ...values: unknown[]) => {
		terms.push(sql);
		params.push(...values);
	};
	if (!selection.includeRejected) add('i.rejected = 0');
	if (omit !== 'sides' && filter.sides.length > 0)
		add(`i.side IN (${placeholders(filter.sides.length)})`, ...filter.sides);
	if (omit !== 'types' && filter.types.length > 0)
		add(`i.type IN (${placeholders(filter.types.length)})`, ...filter.types);
	if (omit !== 'dates' && (filter.from !== null || filter.to !== null)) {
		add('i.day IS NOT NULL');
		if (filter.from !== null) add('i.day >= ?', filter.from);
		if (filter.to !== null) add('i.day <= ?', filter.to);
	}
	if (omit !== 'precisions' && filter.precisions.length > 0)
		add(`i.precision IN (${placeholders(filter.precisions.length)})`, ...filter.precisions);
	if (omit !== 'confidence' && filter.minConfidence > 0)
		// A claim without a place has no geocoding to be unsure of: the precision filter governs it.
		add('(i.located = 0 OR i.confidence >= ?)', filter.minConfidence);
	if (omit !== 'articles' && filter.articles.length > 0)
		add(`i.article_id IN (${placeholders(filter.articles.length)})`, ...filter.articles);
	if (omit !== 'bbox' && filter.bbox !== null) {
		const [west, south, east, north] = filter.bbox;
		const box = 'min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?';
		// A box whose west is east of its east crosses the antimeridian: two boxes.
		const boxes =
			west > east
				? [
						[180, west, north, south],
						[east, -180, north, south]
					]
				: [[east, west, north, south]];
		const inside = boxes.map(() => `(${box})`).join(' OR ');
		add(
			`(i.located = 0 OR i.id IN (SELECT id FROM feature_rtree WHERE ${inside}))`,
			...boxes.flat()
		);
	}
	const match = ftsQuery(selection.search);
	if (match !== null)
		add('i.id IN (SELECT rowid FROM feature_text WHERE feature_text MATCH ?)', match);
	const sql = terms.length > 0 ? terms.join(' AND ') : '1';
	return { sql: alias === 'i' ? sql : sql.replaceAll('i.', `${alias}.`), params };
}

/**
 * The condition on a claim's head row `h` that the claim has a selected feature: the head itself
 * when the claim has one feature (most have), else any of its features.
 */
export function claimSelected(selection: ClaimSelection): SqlCondition {
	const own = whereOf(selection, null, 'h');
	const any = whereOf(selection);
	return {
		sql: `h.is_head = 1 AND CASE WHEN h.claim_size = 1 THEN (${own.sql}) ELSE EXISTS (
			SELECT 1 FROM feature_index i WHERE i.claim_id = h.claim_id AND ${any.sql}) END`,
		params: [...own.params, ...any.params]
	};
}
