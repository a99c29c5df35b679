/**
 * The embedded basemap: countries, borders, Ukraine's oblasts, and settlement and raion labels from
 * geodata/basemap/, served by the app itself, so the map draws with no tile server and no font
 * server. The style has no `glyphs` URL, so MapLibre draws labels with the browser's own fonts
 * (Latin and Cyrillic alike). The deployer's online basemaps are raster layers at the bottom,
 * hidden until chosen (see `basemap-choice.ts`), so switching never rebuilds the style and the
 * claim layers stay as they are.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import countryLabelsUrl from '$geodata/basemap/country-labels.geojson?url';
import oblastsUrl from '$geodata/basemap/ua-oblasts.geojson?url';
import oblastLabelsUrl from '$geodata/basemap/ua-oblast-labels.geojson?url';
import {
	BASEMAP_TILE_LAYERS,
	BASEMAP_TILE_MAX_ZOOM,
	BASEMAP_TILE_PATH
} from '../../core/basemap/embedded-tiles';
import type { OnlineBasemap } from '../../core/basemap/online';
import {
	BASEMAP_LAYERS,
	BASEMAP_SOURCE,
	OBLAST_SOURCE,
	PLACE_LABEL_SOURCE,
	onlineSourceId
} from './layer-ids';

/**
 * Settlement label tiers: the first zoom of each tier (a label's `z`, set by the builder's rules in
 * scripts/basemap/place-labels.ts), its text size and colour. One layer per tier, bigger places
 * above, so a city's label wins a collision with a village's.
 */
export const PLACE_LABEL_TIERS: readonly { z: number; size: number; colour: string }[] = [
	{ z: 3, size: 14, colour: '#1f2328' },
	{ z: 3.5, size: 13.5, colour: '#1f2328' },
	{ z: 4.5, size: 12.5, colour: '#2d333a' },
	{ z: 5, size: 12.5, colour: '#2d333a' },
	{ z: 5.5, size: 12, colour: '#3a4047' },
	{ z: 6, size: 12, colour: '#3a4047' },
	{ z: 7, size: 11.5, colour: '#3a4047' },
	{ z: 7.5, size: 11, colour: '#4a5058' },
	{ z: 8.5, size: 11, colour: '#4a5058' },
	{ z: 9.5, size: 10.5, colour: '#565d66' },
	{ z: 10.5, size: 10, colour: '#656c75' }
];

/** The label layers: raion names (muted, spaced) under the settlements, big places on top. */
export function placeLabelLayers(): LayerSpecification[] {
	const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 };
	const raions: LayerSpecification = {
		id: BASEMAP_LAYERS.raionLabels,
		type: 'symbol',
		source: PLACE_LABEL_SOURCE,
		minzoom: 7.5,
		maxzoom: 11,
		filter: ['==', ['get', 'kind'], 'raion'],
		layout: {
			'text-field': ['get', 'name'],
			'text-size': 11,
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.08,
			'text-max-width': 8
		},
		paint: { 'text-color': '#8a7f9c', ...halo }
	};
	const tiers = [...PLACE_LABEL_TIERS].reverse().map((tier): LayerSpecification => ({
		id: BASEMAP_LAYERS.placeLabels(tier.z),
		type: 'symbol',
		source: PLACE_LABEL_SOURCE,
		minzoom: tier.z,
		filter: ['all', ['==', ['get', 'z'], tier.z], ['!=', ['get', 'kind'], 'raion']],
		layout: {
			'text-field': ['get', 'name'],
			'text-size': tier.size,
			'text-max-width': 8,
			'symbol-sort-key': ['-', ['get', 'r']],
			'text-padding': 3
		},
		paint: { 'text-color': tier.colour, ...halo }
	}));
	return [raions, ...tiers];
}

/** Every settlement label layer's id, for queries and tests. */
export function placeLabelLayerIds(): string[] {
	return PLACE_LABEL_TIERS.map((t) => BASEMAP_LAYERS.placeLabels(t.z));
}

/**
 * The offline basemap style with the deployer's online basemaps as hidden raster layers; `base`
 * resolves the app's asset paths to absolute URLs for the worker.
 */
export function basemapStyle(
	base: string,
	online: readonly OnlineBasemap[] = []
): StyleSpecification {
	const url = (path: string) => new URL(path, base).href;
	return {
		version: 8,
		name: 'ClaimsMap offline basemap',
		sources: {
			...Object.fromEntries(
				online.map((b) => [
					onlineSourceId(b.id),
					{
						type: 'raster' as const,
						tiles: b.tiles,
						tileSize: b.tileSize,
						maxzoom: b.maxzoom,
						attribution: b.attribution
					}
				])
			),
			[BASEMAP_SOURCE]: {
				type: 'vector',
				// (Not through `url`: a URL would escape the template's braces.)
				tiles: [new URL(base).origin + BASEMAP_TILE_PATH],
				minzoom: 0,
				maxzoom: BASEMAP_TILE_MAX_ZOOM
			},
			'country-labels': { type: 'geojson', data: url(countryLabelsUrl) },
			[OBLAST_SOURCE]: { type: 'geojson', data: url(oblastsUrl), promoteId: 'admin1Code' },
			'ua-oblast-labels': { type: 'geojson', data: url(oblastLabelsUrl) },
			[PLACE_LABEL_SOURCE]: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: [] },
				maxzoom: 12
			}
		},
		layers: [
			{
				id: BASEMAP_LAYERS.background,
				type: 'background',
				paint: { 'background-color': '#dde8f0' }
			},
			...online.map((b): LayerSpecification => ({
				id: BASEMAP_LAYERS.online(b.id),
				type: 'raster',
				source: onlineSourceId(b.id),
				layout: { visibility: 'none' }
			})),
			{
				id: BASEMAP_LAYERS.land,
				type: 'fill',
				source: BASEMAP_SOURCE,
				'source-layer': BASEMAP_TILE_LAYERS.countries,
				// One colour for every country (Ukraine's lighter one is its oblasts' fill, drawn over it):
				// a colour read from each feature would cost the first draw two more shader programs.
				paint: { 'fill-color': '#efece4' }
			},
			{
				id: BASEMAP_LAYERS.oblasts,
				type: 'fill',
				source: OBLAST_SOURCE,
				paint: { 'fill-color': '#fbfaf5' }
			},
			{
				id: BASEMAP_LAYERS.oblastLines,
				type: 'line',
				source: OBLAST_SOURCE,
				paint: { 'line-color': '#a3adb8', 'line-width': 0.8, 'line-dasharray': [3, 2] }
			},
			{
				id: BASEMAP_LAYERS.countryBorders,
				type: 'line',
				source: BASEMAP_SOURCE,
				'source-layer': BASEMAP_TILE_LAYERS.borders,
				paint: { 'line-color': '#7d8590', 'line-width': 1.2 }
			},
			...placeLabelLayers(),
			{
				id: BASEMAP_LAYERS.countryLabels,
				type: 'symbol',
				source: 'country-labels',
				minzoom: 3,
				maxzoom: 7,
				layout: {
					'text-field': ['get', 'name'],
					'text-size': 13,
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.1
				},
				paint: { 'text-color': '#7d8590', 'text-halo-color': '#ffffff', 'text-halo-width': 1 }
			},
			{
				id: BASEMAP_LAYERS.oblastLabels,
				type: 'symbol',
				source: 'ua-oblast-labels',
				minzoom: 4.5,
				layout: {
					'text-field': ['get', 'label'],
					'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 15],
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.12,
					'text-allow-overlap': false
				},
				paint: {
					'text-color': '#7a6a94',
					'text-opacity': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 0.75],
					'text-halo-color': '#ffffff',
					'text-halo-width': 1.2
				}
			}
		]
	};
}
