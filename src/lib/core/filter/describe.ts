/** The filters in words, for a picture's caption: what a reader of an exported map needs to know. */
import { EVENT_LABELS, SIDE_LABELS } from '../contract';
import type { ClaimFilter } from './model';

/** One line per filter that narrows the claims; "All claims" when none does. */
export function describeFilter(filter: ClaimFilter): string[] {
	const lines: string[] = [];
	if (filter.sides.length > 0)
		lines.push(`Claimed by: ${filter.sides.map((s) => SIDE_LABELS[s]).join(', ')}`);
	if (filter.types.length > 0)
		lines.push(`Events: ${filter.types.map((t) => EVENT_LABELS[t]).join(', ')}`);
	if (filter.from || filter.to)
		lines.push(`Dates: ${filter.from ?? 'any'} to ${filter.to ?? 'any'}`);
	if (filter.precisions.length > 0) lines.push(`Precision: ${filter.precisions.join(', ')}`);
	if (filter.minConfidence > 0)
		lines.push(`Geocoding confidence at least ${Math.round(filter.minConfidence * 100)}%`);
	if (filter.articles.length > 0) lines.push(`Articles: ${filter.articles.length} chosen`);
	return lines.length > 0 ? lines : ['All claims'];
}
