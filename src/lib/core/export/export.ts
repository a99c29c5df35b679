/**
 * One export, start to finish: the filter applied, then the file's text, name and media type. The
 * page's download buttons and the benchmark both go through here.
 */
import type { ClaimFeature } from '../contract';
import { filterClaims, type ClaimFilter } from '../filter/filters';
import { GEOJSON_MEDIA_TYPE, toExportCollection, type ExportMeta } from './collection';
import { CSV_MEDIA_TYPE, toCsv } from './csv';
import { exportFileName } from './filename';

/** The formats a user can download. */
export const EXPORT_FORMATS = ['geojson', 'csv'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file ready to download. */
export interface ExportFile {
	name: string;
	mediaType: string;
	text: string;
	/** How many features it holds. */
	count: number;
}

/** The file of the given format with exactly the features `filter` selects (located and not). */
export function exportClaims(
	features: readonly ClaimFeature[],
	filter: ClaimFilter,
	meta: ExportMeta,
	format: ExportFormat,
	date: Date = new Date()
): ExportFile {
	const selected = filterClaims(features as ClaimFeature[], filter);
	return exportFile(selected, filter, meta, format, date);
}

/** The file of already-selected features; `filter` only names it. */
export function exportFile(
	selected: readonly ClaimFeature[],
	filter: ClaimFilter,
	meta: ExportMeta,
	format: ExportFormat,
	date: Date = new Date()
): ExportFile {
	const name = exportFileName(filter, date, format);
	if (format === 'csv') {
		return {
			name,
			mediaType: CSV_MEDIA_TYPE,
			text: toCsv(selected, { bom: true }),
			count: selected.length
		};
	}
	const text = JSON.stringify(toExportCollection(selected, meta));
	return { name, mediaType: GEOJSON_MEDIA_TYPE, text, count: selected.length };
}
