/**
 * Rings around the incidents that are contested (one thick ring) or corroborated (a double ring),
 * drawn over the claim symbols. Plain layer definitions plus install and setData; the rings take no
 * clicks (the claim layers are the ones queried). A ring whose claims are all of hidden sides is made
 * transparent through its feature state, as the claims' sides are: a side toggle reloads no source.
 */
import type { FeatureCollection, Point } from 'geojson';
import type {
	ExpressionSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { ClaimantSide } from '../../core/contract';
import { incidentMarks, markShown, type IncidentMark } from '../../core/incidents/marks';

/** Source id of the incident rings. */
export const INCIDENT_SOURCE = 'incident-marks';

/** Ring colour: near-black reads on every side colour of the claim symbols. */
const RING = '#1a1a1a';

/** A ring's stroke is drawn unless its feature state says its sides are hidden. */
const SHOWN_OPACITY: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'hidden'], false],
	0,
	1
];

/** The ring layers, bottom to top. */
export const INCIDENT_LAYERS: LayerSpecification[] = [
	{
		id: 'incident-rings',
		type: 'circle',
		source: INCIDENT_SOURCE,
		paint: {
			'circle-radius': 15,
			'circle-opacity': 0,
			'circle-stroke-color': RING,
			'circle-stroke-width': ['match', ['get', 'status'], 'contested', 3.5, 1.5],
			'circle-stroke-opacity': SHOWN_OPACITY
		}
	},
	{
		id: 'incident-rings-outer',
		type: 'circle',
		source: INCIDENT_SOURCE,
		filter: ['==', ['get', 'status'], 'corroborated'],
		paint: {
			'circle-radius': 19,
			'circle-opacity': 0,
			'circle-stroke-color': RING,
			'circle-stroke-width': 1.5,
			'circle-stroke-opacity': SHOWN_OPACITY
		}
	}
];

/** The rings' data: one point per contested or corroborated incident that has a place. */
export function incidentMarkData(
	incidents: readonly IncidentMark[]
): FeatureCollection<Point, { id: string; status: string }> {
	return {
		type: 'FeatureCollection',
		features: incidentMarks(incidents).map((i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: i.point as [number, number] },
			properties: { id: i.incidentId, status: i.status }
		}))
	};
}

/** Adds the ring source and layers (on top of everything). */
export function installIncidentLayers(map: MapLibreMap, incidents: readonly IncidentMark[]): void {
	map.addSource(INCIDENT_SOURCE, {
		type: 'geojson',
		data: incidentMarkData(incidents),
		promoteId: 'id'
	});
	for (const layer of INCIDENT_LAYERS) map.addLayer(layer);
}

/** Replaces the rings' data. */
export function setIncidentMarks(map: MapLibreMap, incidents: readonly IncidentMark[]): void {
	(map.getSource(INCIDENT_SOURCE) as GeoJSONSource | undefined)?.setData(
		incidentMarkData(incidents)
	);
}

/**
 * Hides the rings whose claims are all of sides not `shown` (every ring when `shown` is empty is
 * drawn), through feature state: no source is reloaded.
 */
export function setIncidentSides(
	map: MapLibreMap,
	incidents: readonly IncidentMark[],
	shown: readonly ClaimantSide[]
): void {
	if (!map.getSource(INCIDENT_SOURCE)) return;
	for (const mark of incidentMarks(incidents))
		map.setFeatureState(
			{ source: INCIDENT_SOURCE, id: mark.incidentId },
			{ hidden: !markShown(mark, shown) }
		);
}
