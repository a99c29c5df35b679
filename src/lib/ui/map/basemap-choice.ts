/**
 * Switching between the embedded basemap and the deployer's online rasters, without touching the
 * style's other layers: the chosen raster is made visible, the embedded land and oblast fills step
 * aside (the oblast polygons stay, transparent, so region claims are still drawn and picked), and
 * a source that fails falls back to the embedded basemap.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { EMBEDDED_BASEMAP, type OnlineBasemap } from '../../core/basemap/online';
import { placeLabelLayerIds } from './basemap-style';
import { BASEMAP_LAYERS, onlineSourceId } from './layer-ids';

/** Failed tiles of an online source, after some of its tiles loaded, before it is given up. */
const FAILURES_BEFORE_FALLBACK = 4;

/** Shows the basemap `id` (`embedded` or an online basemap's id). */
export function setBasemap(map: MapLibreMap, id: string, online: readonly OnlineBasemap[]): void {
	const chosen = online.find((b) => b.id === id) ?? null;
	for (const b of online) {
		const layer = BASEMAP_LAYERS.online(b.id);
		if (map.getLayer(layer)) {
			map.setLayoutProperty(layer, 'visibility', b === chosen ? 'visible' : 'none');
		}
	}
	const embedded = chosen === null;
	if (map.getLayer(BASEMAP_LAYERS.land)) {
		map.setLayoutProperty(BASEMAP_LAYERS.land, 'visibility', embedded ? 'visible' : 'none');
	}
	if (map.getLayer(BASEMAP_LAYERS.oblasts)) {
		map.setPaintProperty(BASEMAP_LAYERS.oblasts, 'fill-opacity', embedded ? 1 : 0);
	}
	const labels = embedded || chosen.labels;
	for (const layer of [...placeLabelLayerIds(), BASEMAP_LAYERS.raionLabels]) {
		if (map.getLayer(layer)) {
			map.setLayoutProperty(layer, 'visibility', labels ? 'visible' : 'none');
		}
	}
}

/**
 * Calls `onfail(id, message)` when the online basemap `current()` cannot be loaded: any failed
 * tile before one has loaded, or several after. Returns a function that stops watching.
 */
export function watchBasemapFailures(
	map: MapLibreMap,
	current: () => string,
	onfail: (id: string, message: string) => void
): () => void {
	const loaded = new Set<string>();
	const failures = new Map<string, number>();
	const onError = (event: { sourceId?: string; error?: { message?: string } }) => {
		const id = current();
		if (id === EMBEDDED_BASEMAP || event.sourceId !== onlineSourceId(id)) return;
		const n = (failures.get(id) ?? 0) + 1;
		failures.set(id, n);
		if (!loaded.has(id) || n >= FAILURES_BEFORE_FALLBACK) {
			failures.delete(id);
			onfail(id, event.error?.message || 'its tiles could not be loaded');
		}
	};
	const onData = (event: MapSourceDataEvent) => {
		const id = current();
		if (event.sourceId === onlineSourceId(id) && event.tile) loaded.add(id);
	};
	map.on('error', onError);
	map.on('sourcedata', onData);
	return () => {
		map.off('error', onError);
		map.off('sourcedata', onData);
	};
}
