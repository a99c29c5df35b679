import { describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLAIMANT_SIDES, type ClaimFeature, type ClaimProperties } from '../../core/contract';
import { CLAIM_LAYERS, claimLayerIds, claimLayers, setClaimSides, toMapData } from './claim-layers';
import { createOblastLookup } from './oblast-lookup';

function createFeature(
	id: string,
	coordinates: [number, number] | null,
	properties: Partial<ClaimProperties> = {}
): ClaimFeature {
	return {
		type: 'Feature',
		id,
		geometry: coordinates ? { type: 'Point', coordinates } : null,
		properties: {
			claimantSide: 'russia',
			eventType: 'strike',
			precision: 'settlement',
			uncertaintyKm: 2,
			admin1: null,
			...properties
		} as ClaimProperties
	};
}

const lookup = createOblastLookup([
	{ admin1Code: 'UA.05', name: 'Donetsk Oblast', label: 'Donetsk' }
]);

describe('toMapData', () => {
	test('a region claim with a known oblast shades it instead of drawing a point', () => {
		const data = toMapData(
			[
				createFeature('r', [37.8, 48], {
					precision: 'region',
					admin1: 'Donetsk',
					claimantSide: 'ukraine'
				})
			],
			lookup
		);
		expect(data.points.features).toEqual([]);
		expect(data.regionCodes.ukraine).toEqual(['UA.05']);
		expect(data.regionCodes.russia).toEqual([]);
	});

	test('a region claim in an unknown region stays a point with its uncertainty circle', () => {
		const data = toMapData(
			[
				createFeature('r', [36.6, 50.6], {
					precision: 'region',
					admin1: 'Belgorod Oblast',
					uncertaintyKm: 50
				})
			],
			lookup
		);
		expect(data.points.features).toHaveLength(1);
		expect(data.points.features[0].properties.r0).toBeGreaterThan(0);
	});

	test('settlements draw no circle, near-settlements a circle that grows with the radius', () => {
		const data = toMapData([
			createFeature('s', [30, 50]),
			createFeature('n1', [30, 50], { precision: 'near_settlement', uncertaintyKm: 10 }),
			createFeature('n2', [30, 50], { precision: 'near_settlement', uncertaintyKm: 20 }),
			createFeature('u', null)
		]);
		const r0 = Object.fromEntries(
			data.points.features.map((f) => [f.properties.id, f.properties.r0])
		);
		expect(Object.keys(r0).sort()).toEqual(['n1', 'n2', 's']);
		expect(r0.s).toBe(0);
		expect(r0.n2).toBeCloseTo(2 * r0.n1, 9);
	});
});

describe('claim layers', () => {
	test('every side has its own layers; hidden sides start transparent', () => {
		const layers = claimLayers(['russia']);
		for (const side of CLAIMANT_SIDES) {
			const points = layers.find((l) => l.id === CLAIM_LAYERS.points(side))!;
			const opacity = (points.paint as Record<string, unknown>)['icon-opacity'];
			expect(opacity).toBe(side === 'russia' ? 1 : 0);
		}
		expect(layers).toHaveLength(CLAIMANT_SIDES.length * 4);
	});

	test('the ids to query are those of the shown sides', () => {
		expect(claimLayerIds(['ukraine'], ['points'])).toEqual([CLAIM_LAYERS.points('ukraine')]);
		expect(claimLayerIds([], ['clusters'])).toHaveLength(CLAIMANT_SIDES.length);
	});

	test('a side change only sets paint values: no filter, layout or data change', () => {
		const calls: string[] = [];
		const paint = new Map<string, unknown>();
		const map = {
			setPaintProperty: (layer: string, property: string, value: unknown) => {
				calls.push('paint');
				paint.set(`${layer} ${property}`, value);
			},
			setFilter: () => calls.push('filter'),
			setLayoutProperty: () => calls.push('layout'),
			getSource: () => ({ setData: () => calls.push('data') })
		} as unknown as MapLibreMap;
		setClaimSides(map, ['ukraine']);
		expect(new Set(calls)).toEqual(new Set(['paint']));
		expect(paint.get(`${CLAIM_LAYERS.points('ukraine')} icon-opacity`)).toBe(1);
		expect(paint.get(`${CLAIM_LAYERS.points('russia')} icon-opacity`)).toBe(0);
		expect(paint.get(`${CLAIM_LAYERS.clusters('russia')} circle-opacity`)).toBe(0);
		expect(paint.get(`${CLAIM_LAYERS.regionFill('russia')} fill-opacity`)).toBe(0);
	});
});
