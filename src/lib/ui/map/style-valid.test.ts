/**
 * The map skips MapLibre's own style validation (`validateStyle: false` in map-options.ts, for the
 * first draw's sake): the basemap style and every claim layer are checked against the style
 * specification here instead.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from '../../core/contract';
import { basemapStyle } from './basemap-style';
import {
	ALTERNATIVES_SOURCE,
	CLAIM_SOURCE,
	FOCUS_SOURCE,
	claimLayers,
	claimSourceSpec,
	claimTileLayers,
	claimTileSourceSpec,
	focusLayers,
	regionLayers
} from './claim-layers';
import { CLAIMANT_SIDES } from '../../core/contract';
import { incidentLayers, INCIDENT_SOURCE } from './incident-layers';
import { mapOptions } from './map-options';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The embedded basemap with the claim sources and `layers` added, as the page builds it. */
function createStyle(
	claims: StyleSpecification['sources'][string],
	layers: LayerSpecification[]
): StyleSpecification {
	const base = basemapStyle('http://localhost/');
	return {
		...base,
		sources: {
			...base.sources,
			[CLAIM_SOURCE]: claims,
			[FOCUS_SOURCE]: { type: 'geojson', data: EMPTY },
			[ALTERNATIVES_SOURCE]: { type: 'geojson', data: EMPTY },
			[INCIDENT_SOURCE]: { type: 'geojson', data: EMPTY }
		},
		layers: [
			...base.layers,
			...CLAIMANT_SIDES.flatMap((side) => regionLayers(side, true, ['UA.05'])),
			...layers,
			...focusLayers(true),
			...incidentLayers('', true),
			...incidentLayers('russia,ukraine', false)
		]
	};
}

describe('the map style, validated here instead of in the page', () => {
	test('the page does not validate its own style again', () => {
		expect(mapOptions({} as HTMLElement, 'x').validateStyle).toBe(false);
	});

	test('the embedded basemap is a valid style', () => {
		expect(validateStyleMin(basemapStyle('http://localhost/'))).toEqual([]);
	});

	test('the GeoJSON claim layers are valid, with any sides and types shown', () => {
		for (const [sides, types] of [
			[[], []],
			[['russia'], [EVENT_TYPES[0]]]
		] as const) {
			const style = createStyle(claimSourceSpec(), claimLayers(sides, types));
			expect(validateStyleMin(style)).toEqual([]);
		}
	});

	test('the tile claim layers are valid, with shaded oblasts and types left out', () => {
		for (const [shaded, types] of [
			[[], []],
			[['Donetsk'], [EVENT_TYPES[0], EVENT_TYPES[1]]]
		] as const) {
			const layers = claimTileLayers(['ukraine'], shaded, types);
			const style = createStyle(claimTileSourceSpec('http://localhost/{z}/{x}/{y}.mvt'), layers);
			expect(validateStyleMin(style)).toEqual([]);
		}
	});
});
