/**
 * The settlement and raion labels: fetched once from the app (geodata/basemap/place-labels.json, a
 * packed file a quarter the size of GeoJSON) and handed to the style's empty label source.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import labelsUrl from '$geodata/basemap/place-labels.json?url';
import { unpackLabels } from '../../core/basemap/place-labels';
import { PLACE_LABEL_SOURCE } from './layer-ids';

/** Fills the label source; without it (another style) or when the file fails, the map has no labels. */
export async function loadPlaceLabels(
	map: MapLibreMap,
	load: typeof fetch = fetch
): Promise<number> {
	const source = map.getSource(PLACE_LABEL_SOURCE) as GeoJSONSource | undefined;
	if (!source) return 0;
	const response = await load(labelsUrl);
	if (!response.ok) return 0;
	const labels = unpackLabels(await response.json());
	source.setData(labels);
	return labels.features.length;
}
