/**
 * The embedded basemap: countries, borders and Ukraine's oblasts from geodata/basemap/, served by the
 * app itself, so the map draws with no tile server and no font server. The style has no `glyphs` URL,
 * so MapLibre draws labels with the browser's own fonts (Latin and Cyrillic alike).
 */
import type { StyleSpecification } from 'maplibre-gl';
import countriesUrl from '$geodata/basemap/countries.geojson?url';
import countryBordersUrl from '$geodata/basemap/country-borders.geojson?url';
import countryLabelsUrl from '$geodata/basemap/country-labels.geojson?url';
import oblastsUrl from '$geodata/basemap/ua-oblasts.geojson?url';
import oblastLabelsUrl from '$geodata/basemap/ua-oblast-labels.geojson?url';
import { BASEMAP_LAYERS, OBLAST_SOURCE } from './layer-ids';

/** The offline basemap style; `base` resolves the app's asset paths to absolute URLs for the worker. */
export function basemapStyle(base: string): StyleSpecification {
	const url = (path: string) => new URL(path, base).href;
	return {
		version: 8,
		name: 'ClaimsMap offline basemap',
		sources: {
			countries: { type: 'geojson', data: url(countriesUrl) },
			'country-borders': { type: 'geojson', data: url(countryBordersUrl) },
			'country-labels': { type: 'geojson', data: url(countryLabelsUrl) },
			[OBLAST_SOURCE]: { type: 'geojson', data: url(oblastsUrl), promoteId: 'admin1Code' },
			'ua-oblast-labels': { type: 'geojson', data: url(oblastLabelsUrl) }
		},
		layers: [
			{ id: 'basemap-sea', type: 'background', paint: { 'background-color': '#dde8f0' } },
			{
				id: BASEMAP_LAYERS.land,
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-color': ['case', ['==', ['get', 'name'], 'Ukraine'], '#fbfaf5', '#efece4']
				}
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
				id: 'basemap-country-borders',
				type: 'line',
				source: 'country-borders',
				paint: { 'line-color': '#7d8590', 'line-width': 1.2 }
			},
			{
				id: BASEMAP_LAYERS.countryLabels,
				type: 'symbol',
				source: 'country-labels',
				minzoom: 3,
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
				layout: { 'text-field': ['get', 'label'], 'text-size': 12 },
				paint: { 'text-color': '#56606b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
			}
		]
	};
}
