/**
 * Incidents as GeoJSON (one Point per incident, at its most precise claim) and as CSV (one row per
 * incident: status, sides, claim ids, quantities per side), and the incident filter of the API and
 * the dashboard (`status`, `claimedBy`).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { SIDE_LABELS } from '../contract';
import { textCell } from '../export/csv';
import type { Incident } from './incident';
import { CLAIMED_BY, INCIDENT_STATUSES, type ClaimedBy, type IncidentStatus } from './status';

/** An incident as a GeoJSON feature: every incident property, `geometry: null` without a place. */
export type IncidentFeature = Feature<Point | null, Omit<Incident, 'point'>> & { id: string };

/** The incidents as a FeatureCollection. */
export function toIncidentCollection(
	incidents: readonly Incident[]
): FeatureCollection<Point | null, Omit<Incident, 'point'>> & { features: IncidentFeature[] } {
	return {
		type: 'FeatureCollection',
		features: incidents.map(({ point, ...properties }) => ({
			type: 'Feature',
			id: properties.incidentId,
			geometry: point ? { type: 'Point', coordinates: point } : null,
			properties
		}))
	};
}

/** CSV columns of the incident export, in order. */
export const INCIDENT_CSV_COLUMNS = [
	'incident_id',
	'date_from',
	'date_to',
	'status',
	'status_reason',
	'claimed_by',
	'sides',
	'denied_by',
	'event_types',
	'location',
	'admin1',
	'latitude',
	'longitude',
	'claimants',
	'quantities',
	'publishers',
	'claim_ids',
	'feature_ids',
	'verified',
	'verified_note',
	'verified_link'
] as const;

const labels = (sides: readonly string[]) =>
	sides.map((s) => SIDE_LABELS[s as keyof typeof SIDE_LABELS] ?? s).join('; ');

/** The cells of one incident, in `INCIDENT_CSV_COLUMNS` order. */
export function incidentCsvRow(i: Incident): string[] {
	return [
		textCell(i.incidentId),
		textCell(i.dateFrom),
		textCell(i.dateTo),
		textCell(i.status),
		textCell(i.statusReason),
		textCell(i.claimedBy),
		textCell(labels(i.sides)),
		textCell(labels(i.deniedBy)),
		textCell(i.eventTypes.join('; ')),
		textCell(i.placeName),
		textCell(i.admin1),
		i.point ? String(i.point[1]) : '',
		i.point ? String(i.point[0]) : '',
		textCell(
			i.claimants
				.map((c) => `${c.claimant ?? 'unnamed'} (${SIDE_LABELS[c.side]}, ${c.stance})`)
				.join('; ')
		),
		textCell(i.quantityLine),
		textCell(i.publishers.join('; ')),
		textCell(i.claimIds.join(' ')),
		textCell(i.featureIds.join(' ')),
		i.verified ? 'true' : 'false',
		textCell(i.verified?.note ?? null),
		textCell(i.verified?.link ?? null)
	];
}

/** The incidents as CSV with CRLF lines. */
export function incidentsToCsv(incidents: readonly Incident[]): string {
	const lines = [
		INCIDENT_CSV_COLUMNS.join(','),
		...incidents.map((i) => incidentCsvRow(i).join(','))
	];
	return `${lines.join('\r\n')}\r\n`;
}

/** Which incidents a view shows; an empty list puts no restriction. */
export interface IncidentFilter {
	statuses: IncidentStatus[];
	claimedBy: ClaimedBy[];
}

/** The query parameters of the incident filter. */
export const INCIDENT_PARAM_NAMES = ['status', 'claimedBy'] as const;

function readList<T extends string>(
	name: string,
	value: string | null,
	vocabulary: readonly T[],
	errors: string[]
): T[] {
	if (value === null) return [];
	const chosen = new Set<string>();
	for (const item of value.split(',')) {
		if (!(vocabulary as readonly string[]).includes(item))
			errors.push(`${name}: unknown value "${item}" (expected one of: ${vocabulary.join(', ')})`);
		else chosen.add(item);
	}
	return vocabulary.filter((v) => chosen.has(v));
}

/** Reads the incident filter from a query (other parameters are left to the claim filter). */
export function parseIncidentParams(
	params: URLSearchParams
): { ok: true; filter: IncidentFilter } | { ok: false; errors: string[] } {
	const errors: string[] = [];
	for (const name of INCIDENT_PARAM_NAMES)
		if (params.getAll(name).length > 1) errors.push(`${name}: given more than once`);
	const filter = {
		statuses: readList('status', params.get('status'), INCIDENT_STATUSES, errors),
		claimedBy: readList('claimedBy', params.get('claimedBy'), CLAIMED_BY, errors)
	};
	return errors.length > 0 ? { ok: false, errors } : { ok: true, filter };
}

/** Whether an incident passes the filter. */
export function matchesIncident(
	i: Pick<Incident, 'status' | 'claimedBy'>,
	filter: IncidentFilter
): boolean {
	return (
		(filter.statuses.length === 0 || filter.statuses.includes(i.status)) &&
		(filter.claimedBy.length === 0 || filter.claimedBy.includes(i.claimedBy))
	);
}

/** A page query (`?…`) with the incident filter set in it, replacing any it had. */
export function withIncidentParams(query: string, filter: IncidentFilter): string {
	const params = new URLSearchParams(query);
	for (const name of INCIDENT_PARAM_NAMES) params.delete(name);
	if (filter.statuses.length > 0) params.set('status', filter.statuses.join(','));
	if (filter.claimedBy.length > 0) params.set('claimedBy', filter.claimedBy.join(','));
	const text = params.toString();
	return text ? `?${text}` : '';
}
