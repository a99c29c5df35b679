/**
 * Rings around the incidents that are contested (one thick ring) or corroborated (a double ring),
 * drawn over the claim symbols. Plain layer definitions plus install and setData; the rings take no
 * clicks (the claim layers are the ones queried). A ring whose claims are all of hidden sides is made
 * transparent, as the claims' sides are: a side toggle lays nothing out again and reloads no source.
 */
import type { FeatureCollection, Point } from 'geojson';
import type {
	FilterSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import { CLAIMANT_SIDES, type ClaimantSide } from '../../core/contract';
import { incidentMarks, markShown, type IncidentMark } from '../../core/incidents/marks';
import { NO_TRANSITION } from './claim-layers';

/** Source id of the incident rings. */
export const INCIDENT_SOURCE = 'incident-marks';

/** Ring colour: near-black reads on every side colour of the claim symbols. */
const RING = '#1a1a1a';

/** The id prefix of every ring layer (a layer per set of claim sides, see below). */
export const INCIDENT_LAYER_PREFIX = 'incident-rings';

/**
 * The key of a mark's claim sides, in the order of CLAIMANT_SIDES ("russia,ukraine"); empty when
 * its sides are unknown, and then it is drawn whatever sides are shown.
 */
export function sidesKey(mark: IncidentMark): string {
	const sides = mark.claimSides;
	return sides ? CLAIMANT_SIDES.filter((s) => sides.includes(s)).join(',') : '';
}

/** Whether the rings of a sides key are drawn when `shown` sides are (all when empty). */
export function keyShown(key: string, shown: readonly ClaimantSide[]): boolean {
	const claimSides = key === '' ? undefined : (key.split(',') as ClaimantSide[]);
	return markShown({ claimSides }, shown);
}

/**
 * The two ring layers of one sides key, bottom to top: every mark of the key (one thick ring when
 * contested, one thin when corroborated) and the outer ring of the corroborated. Their opacity is a
 * constant set per key, so a side toggle lays nothing out again (a filter or a data-driven value
 * would make MapLibre lay the source out anew; a feature state per mark cost 45,000 calls per
 * toggle at a million claims).
 */
export function incidentLayers(key: string, shown: boolean): LayerSpecification[] {
	const opacity = shown ? 1 : 0;
	const ofKey: FilterSpecification = ['==', ['get', 'sides'], key];
	const [inner, outer] = ringLayerIds(key);
	return [
		{
			id: inner,
			type: 'circle',
			source: INCIDENT_SOURCE,
			filter: ofKey,
			paint: {
				'circle-radius': 15,
				'circle-opacity': 0,
				'circle-stroke-color': RING,
				'circle-stroke-width': ['match', ['get', 'status'], 'contested', 3.5, 1.5],
				'circle-stroke-opacity': opacity,
				'circle-stroke-opacity-transition': NO_TRANSITION
			}
		},
		{
			id: outer,
			type: 'circle',
			source: INCIDENT_SOURCE,
			filter: ['all', ofKey, ['==', ['get', 'status'], 'corroborated']],
			paint: {
				'circle-radius': 19,
				'circle-opacity': 0,
				'circle-stroke-color': RING,
				'circle-stroke-width': 1.5,
				'circle-stroke-opacity': opacity,
				'circle-stroke-opacity-transition': NO_TRANSITION
			}
		}
	];
}

/** The ids of the two ring layers of a sides key, inner first. */
function ringLayerIds(key: string): [string, string] {
	return [`${INCIDENT_LAYER_PREFIX}:${key}`, `${INCIDENT_LAYER_PREFIX}-outer:${key}`];
}

/** The rings' data: one point per contested or corroborated incident that has a place. */
export function incidentMarkData(
	incidents: readonly IncidentMark[]
): FeatureCollection<Point, { id: string; status: string; sides: string }> {
	return {
		type: 'FeatureCollection',
		features: incidentMarks(incidents).map((i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: i.point as [number, number] },
			properties: { id: i.incidentId, status: i.status, sides: sidesKey(i) }
		}))
	};
}

/** Per map: the sides keys that have ring layers, and the sides shown. */
const ringState = new WeakMap<MapLibreMap, { keys: Set<string>; shown: ClaimantSide[] }>();

/**
 * Adds the ring layers of the sides keys that have none, right above the ring layers already there
 * (the rings stay on top of the claims, and below what was added after them).
 */
function addRingLayers(map: MapLibreMap, keys: Iterable<string>): void {
	const state = ringState.get(map);
	if (!state) return;
	const fresh = [...new Set(keys)].filter((k) => !state.keys.has(k));
	if (fresh.length === 0) return;
	const order = map.getLayersOrder();
	let last = -1;
	order.forEach((id, i) => {
		if (id.startsWith(INCIDENT_LAYER_PREFIX)) last = i;
	});
	const before = last >= 0 ? order[last + 1] : undefined;
	for (const key of fresh.sort()) {
		state.keys.add(key);
		for (const layer of incidentLayers(key, keyShown(key, state.shown)))
			map.addLayer(layer, before);
	}
}

/** Adds the ring source and layers (on top of everything), drawn for the `shown` sides. */
export function installIncidentLayers(
	map: MapLibreMap,
	incidents: readonly IncidentMark[],
	shown: readonly ClaimantSide[] = []
): void {
	const data = incidentMarkData(incidents);
	map.addSource(INCIDENT_SOURCE, { type: 'geojson', data, promoteId: 'id' });
	ringState.set(map, { keys: new Set(), shown: [...shown] });
	// The layers of marks of unknown sides are always there: those of new keys go above them.
	addRingLayers(map, ['', ...data.features.map((f) => f.properties.sides)]);
}

/** Replaces the rings' data (adding the layers of sides keys new to the map). */
export function setIncidentMarks(map: MapLibreMap, incidents: readonly IncidentMark[]): void {
	const source = map.getSource(INCIDENT_SOURCE) as GeoJSONSource | undefined;
	if (!source) return;
	const data = incidentMarkData(incidents);
	addRingLayers(
		map,
		data.features.map((f) => f.properties.sides)
	);
	source.setData(data);
}

/**
 * Hides the rings whose claims are all of sides not `shown` (every ring when `shown` is empty is
 * drawn): one constant opacity per sides key, whatever the number of marks.
 */
export function setIncidentSides(map: MapLibreMap, shown: readonly ClaimantSide[]): void {
	const state = ringState.get(map);
	if (!state || !map.getSource(INCIDENT_SOURCE)) return;
	const before = state.shown;
	state.shown = [...shown];
	for (const key of state.keys) {
		const on = keyShown(key, shown);
		if (on === keyShown(key, before)) continue;
		for (const id of ringLayerIds(key))
			map.setPaintProperty(id, 'circle-stroke-opacity', on ? 1 : 0);
	}
}
