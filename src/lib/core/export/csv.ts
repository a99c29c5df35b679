/**
 * CSV export, one row per feature, with ACLED-like columns so the file drops into the tools analysts
 * already use. RFC 4180 quoting, CRLF lines; quotes from articles are untrusted, so text cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 */
import { EVENT_LABELS, SIDE_LABELS, type ClaimFeature } from '../contract';
import type { CorrectedProperties } from '../corrections/correction';

/** Column names, in order. */
export const CSV_COLUMNS = [
	'event_date',
	'claimant_side',
	'claimant',
	'claimant_kind',
	'attribution_basis',
	'stance',
	'event_type',
	'location',
	'admin1',
	'latitude',
	'longitude',
	'geo_precision',
	'confidence',
	'quote',
	'source',
	'publisher',
	'url',
	'claim_id',
	'feature_id',
	'corrected',
	'corrected_by',
	'corrected_at'
] as const;

/** The media type to serve or download the CSV with. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** Options of `toCsv`. */
export interface CsvOptions {
	/** Start with a UTF-8 byte-order mark, which spreadsheet programs need to read non-ASCII text. */
	bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: defused if a spreadsheet would read it as a formula, then quoted if needed. */
export function textCell(value: string | null | undefined): string {
	if (value === null || value === undefined) return '';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return quoted(safe);
}

function quoted(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A number cell: digits as JavaScript writes them, empty when unknown. */
function numberCell(value: number | null | undefined): string {
	return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** The cells of one feature, in `CSV_COLUMNS` order. */
export function csvRow(feature: ClaimFeature): string[] {
	const p = feature.properties;
	// Who made the latest correction and when, as the GeoJSON export's `correction.by`/`.at`.
	const correction = (p as CorrectedProperties).correction;
	const point = feature.geometry?.coordinates ?? null;
	return [
		textCell(p.eventDate ?? p.published),
		textCell(SIDE_LABELS[p.claimantSide] ?? p.claimantSide),
		textCell(p.claimant),
		textCell(p.attribution?.kind ?? null),
		textCell(p.attribution?.basis ?? null),
		textCell(p.stance ?? 'asserts'),
		textCell(EVENT_LABELS[p.eventType] ?? p.eventType),
		textCell(p.placeName ?? p.placeMention),
		textCell(p.admin1),
		numberCell(point ? point[1] : null),
		numberCell(point ? point[0] : null),
		textCell(feature.geometry === null ? null : p.precision),
		numberCell(p.confidence),
		textCell(p.quote),
		textCell(p.articleTitle),
		textCell(p.publisher),
		textCell(p.url),
		textCell(p.claimId),
		textCell(String(feature.id)),
		p.corrected ? 'true' : 'false',
		textCell(correction?.by ?? null),
		textCell(correction?.at ?? null)
	];
}

/** The features as CSV: a header and one CRLF-terminated row per feature. */
export function toCsv(features: readonly ClaimFeature[], options: CsvOptions = {}): string {
	const lines = new Array<string>(features.length + 1);
	lines[0] = CSV_COLUMNS.join(',');
	for (let i = 0; i < features.length; i++) lines[i + 1] = csvRow(features[i]).join(',');
	return (options.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
