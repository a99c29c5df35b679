/**
 * Names of exported files: `claims-<filters>-<YYYY-MM-DD>.<ext>`, so a folder of downloads says
 * what each file holds. Only `[a-z0-9_.+-]` appear, safe on every file system and in a URL.
 */
import { isoDayOf } from '../filter/dates';
import { normaliseFilter, type ClaimFilter } from '../filter/filters';

/** Longest filter part of a name; longer ones are cut so names stay well under file-system limits. */
export const MAX_FILTER_PART = 120;

const safe = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');

const coordinate = (n: number) => String(Math.round(n * 100) / 100).replace('-', 'm');

/** The filter part of a file name: `all`, or the restricted dimensions joined by `-`. */
export function filterSlug(filter: ClaimFilter): string {
	const f = normaliseFilter(filter);
	const parts: string[] = [];
	if (f.sides.length > 0) parts.push(f.sides.join('+'));
	if (f.types.length > 0) parts.push(f.types.join('+'));
	if (f.from !== null) parts.push(`from_${f.from}`);
	if (f.to !== null) parts.push(`to_${f.to}`);
	if (f.precisions.length > 0)
		parts.push(f.precisions.map((p) => (p === 'none' ? 'unlocated' : p)).join('+'));
	if (f.minConfidence > 0) parts.push(`conf_${Math.round(f.minConfidence * 100) / 100}`);
	if (f.articles.length === 1) parts.push(`article_${safe(f.articles[0]).slice(0, 16) || 'x'}`);
	else if (f.articles.length > 1) parts.push(`${f.articles.length}_articles`);
	if (f.bbox !== null) parts.push(`bbox_${f.bbox.map(coordinate).join('_')}`);
	if (parts.length === 0) return 'all';
	const slug = parts.join('-');
	return slug.length <= MAX_FILTER_PART
		? slug
		: slug.slice(0, MAX_FILTER_PART).replace(/[-_+]+$/, '');
}

/** `claims-<filters>-<YYYY-MM-DD>.<ext>`, dated with the local day of `date`. */
export function exportFileName(
	filter: ClaimFilter,
	date: Date,
	ext: 'geojson' | 'csv' | 'png'
): string {
	return `claims-${filterSlug(filter)}-${isoDayOf(date)}.${ext}`;
}
