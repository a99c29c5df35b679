import { describe, expect, test } from 'vitest';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
	CLAIMANT_SIDES,
	type ClaimFeature,
	type ClaimProperties,
	type ClaimantSide,
	type EventType
} from '../../core/contract';
import { SIDE_COLOURS } from '../symbols/palette';
import {
	CLAIM_LAYERS,
	HATCH_PHASES,
	claimLayerIds,
	claimLayers,
	installClaimLayers,
	SPREAD_SPACING_PX,
	regionLayers,
	regionStates,
	spreadOffsets,
	setClaimSides,
	toMapData,
	installClaimTileLayers,
	setTileRegions,
	claimTileLayers,
	setClaimTileTypes,
	CLUSTER_MAX_ZOOM
} from './claim-layers';
import { OBLAST_SOURCE } from './layer-ids';
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
	{ admin1Code: 'UA.05', name: 'Donetsk Oblast', label: 'Donetsk' },
	{ admin1Code: 'UA.07', name: 'Kharkiv Oblast', label: 'Kharkiv' }
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
		expect(layers).toHaveLength(CLAIMANT_SIDES.length * 5);
	});

	test('the ids to query are those of the shown sides', () => {
		expect(claimLayerIds(['ukraine'], ['points'])).toEqual([CLAIM_LAYERS.points('ukraine')]);
		expect(claimLayerIds([], ['clusters'])).toHaveLength(CLAIMANT_SIDES.length);
	});

	test('hidden sides cost nothing: their layers are at opacity 0, no layer is per-region', () => {
		const ids = claimLayers([]).map((l) => l.id);
		expect(
			ids.every((id) =>
				/^claims-(uncertainty|clusters|cluster-counts|cluster-types|points)-/.test(id)
			)
		).toBe(true);
	});
});

/** A stand-in map that records what the claim layers ask of MapLibre. */
function createFakeMap(withOblasts = true) {
	const calls: string[] = [];
	const paint = new Map<string, unknown>([[`${CLAIM_LAYERS.regions} fill-color`, '#fafafa']]);
	const states = new Map<string, Record<string, unknown>>();
	const layers = new Set<string>(withOblasts ? [CLAIM_LAYERS.regions] : []);
	const map = {
		getSource: (id: string) =>
			id === OBLAST_SOURCE && !withOblasts ? undefined : { setData: () => calls.push('data') },
		getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
		addSource: () => calls.push('source'),
		addLayer: (layer: { id: string }) => {
			calls.push('layer');
			layers.add(layer.id);
		},
		getPaintProperty: (layer: string, property: string) => paint.get(`${layer} ${property}`),
		setPaintProperty: (layer: string, property: string, value: unknown) => {
			calls.push('paint');
			paint.set(`${layer} ${property}`, value);
		},
		setFeatureState: (target: { source: string; id: string }, state: Record<string, unknown>) => {
			calls.push('state');
			states.set(`${target.source} ${target.id}`, {
				...states.get(`${target.source} ${target.id}`),
				...state
			});
		},
		setFilter: () => calls.push('filter'),
		setLayoutProperty: () => calls.push('layout')
	} as unknown as MapLibreMap;
	return { map, calls, paint, states, layers };
}

describe('side changes and region shading on a map', () => {
	const features = [
		createFeature('p', [30, 50], { claimantSide: 'russia' }),
		createFeature('r', [37.8, 48], {
			precision: 'region',
			admin1: 'Donetsk',
			claimantSide: 'ukraine'
		})
	];

	test('a side change only sets paint values and oblast states: no filter, layout or data', () => {
		const fake = createFakeMap();
		installClaimLayers(fake.map, { features, lookup });
		fake.calls.length = 0;
		setClaimSides(fake.map, ['russia']);
		expect(new Set(fake.calls)).toEqual(new Set(['paint', 'state']));
		expect(fake.paint.get(`${CLAIM_LAYERS.points('russia')} icon-opacity`)).toBe(1);
		expect(fake.paint.get(`${CLAIM_LAYERS.points('ukraine')} icon-opacity`)).toBe(0);
		expect(fake.paint.get(`${CLAIM_LAYERS.clusters('ukraine')} circle-opacity`)).toBe(0);
		const donetsk = fake.states.get(`${OBLAST_SOURCE} UA.05`)!;
		expect(donetsk.ukraine).toBe(false);
	});

	test("the oblast of a shown region claim is flagged for its side's hatch and outline", () => {
		const fake = createFakeMap();
		installClaimLayers(fake.map, { features, lookup });
		const donetsk = fake.states.get(`${OBLAST_SOURCE} UA.05`)!;
		expect(donetsk.ukraine).toBe(true);
		expect(donetsk.russia).toBe(false);
		// The basemap's own fill is left as it is: shading is the sides' own layers.
		expect(fake.paint.get(`${CLAIM_LAYERS.regions} fill-color`)).toBe('#fafafa');
		expect(fake.layers.has(CLAIM_LAYERS.regionHatch('ukraine'))).toBe(true);
		expect(fake.layers.has(CLAIM_LAYERS.regionOutline('russia'))).toBe(true);
		expect(fake.layers.has(CLAIM_LAYERS.focusRegion)).toBe(true);
	});

	test('without the oblast polygons, region claims stay points and nothing is shaded', () => {
		const fake = createFakeMap(false);
		installClaimLayers(fake.map, { features, lookup });
		expect(fake.states.size).toBe(0);
		expect(fake.layers.has(CLAIM_LAYERS.focusRegion)).toBe(false);
		expect(fake.layers.has(CLAIM_LAYERS.regionHatch('ukraine'))).toBe(false);
		setClaimSides(fake.map, ['ukraine']);
		expect(fake.calls).not.toContain('state');
	});
});

describe('claims at one spot', () => {
	test('are spread on a spiral, each at its own offset, in a stable order', () => {
		const features = ['c', 'a', 'b'].map((id) => createFeature(id, [36, 49]));
		const once = toMapData(features).points.features.map((f) => [f.properties.id, f.properties.o]);
		const again = toMapData([...features].reverse()).points.features.map((f) => [
			f.properties.id,
			f.properties.o
		]);
		expect(new Set(once.map(([, o]) => JSON.stringify(o))).size).toBe(3);
		expect(Object.fromEntries(once)).toEqual(Object.fromEntries(again));
	});

	test('a claim alone at its spot is not moved', () => {
		const [only] = toMapData([createFeature('a', [36, 49]), createFeature('b', [36.1, 49])]).points
			.features;
		expect(only.properties.o).toEqual([0, 0]);
	});

	test('spiral offsets keep their distance from each other', () => {
		const offsets = spreadOffsets(30);
		for (let i = 0; i < offsets.length; i++) {
			for (let j = i + 1; j < offsets.length; j++) {
				const d = Math.hypot(offsets[i][0] - offsets[j][0], offsets[i][1] - offsets[j][1]);
				expect(d).toBeGreaterThan(SPREAD_SPACING_PX * 0.6);
			}
		}
	});
});

describe('regionStates', () => {
	const codes = (partial: Partial<Record<ClaimantSide, string[]>>) =>
		Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, partial[s] ?? []])) as Record<
			ClaimantSide,
			string[]
		>;

	test('an oblast claimed by two shown sides is flagged for both, each with its own layers', () => {
		const states = regionStates(codes({ russia: ['A'], ukraine: ['A', 'B'] }), []);
		expect(states.get('A')).toMatchObject({ russia: true, ukraine: true, other: false });
		expect(states.get('B')).toMatchObject({ russia: false, ukraine: true });
	});

	test('hidden sides do not shade, and oblasts no longer claimed are cleared', () => {
		const states = regionStates(codes({ russia: ['A'] }), ['ukraine'], ['A', 'C']);
		expect([...states.keys()].sort()).toEqual(['A', 'C']);
		for (const state of states.values()) expect(Object.values(state).some(Boolean)).toBe(false);
	});

	test("two sides' hatches never share a stripe, and their outlines never lie on one line", () => {
		expect(HATCH_PHASES.russia).not.toBe(HATCH_PHASES.ukraine);
		const offset = (side: ClaimantSide) =>
			(regionLayers(side)[1].paint as Record<string, unknown>)['line-offset'];
		expect(new Set(CLAIMANT_SIDES.map(offset)).size).toBe(CLAIMANT_SIDES.length);
		expect((regionLayers('russia')[1].paint as Record<string, unknown>)['line-color']).toBe(
			SIDE_COLOURS.russia
		);
	});

	test('the hatch fades as the user zooms in', () => {
		const opacity = (regionLayers('ukraine')[0].paint as Record<string, unknown>)['fill-opacity'];
		const stops = (opacity as unknown[]).slice(3);
		const at = (zoom: number) => (stops[stops.indexOf(zoom) + 1] as unknown[])[2] as number;
		expect(at(4)).toBeGreaterThan(at(7));
		expect(at(7)).toBeGreaterThan(at(10));
	});
});

describe('tile mode on a map', () => {
	const regions = [{ side: 'ukraine' as const, admin1: 'Donetsk', admin1Code: null }];

	test('region claims shade their oblast, and re-filter the tiles only when they change', () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		fake.calls.length = 0;
		setTileRegions(fake.map, regions, lookup);
		expect(fake.states.get(`${OBLAST_SOURCE} UA.05`)?.ukraine).toBe(true);
		expect(fake.calls).toContain('filter');
		fake.calls.length = 0;
		// The same regions again (a new summary after a pan): no filter, so no tile is laid out.
		setTileRegions(fake.map, [...regions], lookup);
		expect(fake.calls).not.toContain('filter');
		setTileRegions(fake.map, [...regions, { ...regions[0], admin1: 'Kharkiv' }], lookup);
		expect(fake.calls).toContain('filter');
	});

	test('fewer shaded oblasts (a side hidden) clear their states but lay no tile out', () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		const both = [...regions, { side: 'russia' as const, admin1: 'Kharkiv', admin1Code: null }];
		setTileRegions(fake.map, both, lookup);
		fake.calls.length = 0;
		setTileRegions(fake.map, regions, lookup);
		expect(fake.states.get(`${OBLAST_SOURCE} UA.05`)?.ukraine).toBe(true);
		expect(fake.states.get(`${OBLAST_SOURCE} UA.07`)?.russia).toBe(false);
		expect(fake.calls).not.toContain('filter');
		setTileRegions(fake.map, [], lookup);
		expect(fake.states.get(`${OBLAST_SOURCE} UA.05`)?.ukraine).toBe(false);
		expect(fake.calls).not.toContain('filter');
		// Showing both again needs no new filter either: the names were kept.
		setTileRegions(fake.map, both, lookup);
		expect(fake.calls).not.toContain('filter');
	});
});

describe('tile mode: types drawn by expressions, claims at one spot spread', () => {
	// MapLibre's own expression engine (maplibre-gl's style specification) evaluates the layers.
	const evaluate = (expression: unknown, properties: Record<string, unknown>, zoom = 5) => {
		const parsed = createExpression(expression, 'test');
		if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
		return parsed.value.evaluate({ zoom }, {
			type: 'Point',
			properties,
			geometry: []
		} as unknown as Parameters<typeof parsed.value.evaluate>[1]);
	};
	const layer = (layers: LayerSpecification[], id: string) =>
		layers.find((l) => l.id === id) as LayerSpecification & {
			filter: unknown;
			'source-layer'?: string;
			layout: Record<string, unknown>;
			paint: Record<string, unknown>;
		};
	// A tile's bubble of Russia's claims: 5 strikes and 2 downed drones.
	const bubble = {
		s: 'russia',
		point_count: 7,
		n_russia: 7,
		tt: 1,
		n_russia_strike: 5,
		n_russia_drone_downed: 2
	};

	test('a bubble counts and shows the shape of the shown types only', () => {
		const all = claimTileLayers([]);
		expect(
			evaluate(layer(all, CLAIM_LAYERS.clusterCounts('russia')).layout['text-field'], bubble)
		).toBe('7');
		const types = layer(all, CLAIM_LAYERS.clusterTypes('russia'));
		expect(types['source-layer']).toBe('clusters');
		expect(evaluate(types.layout['icon-image'], bubble)).toBe('claim-glyph-strike');
		const drones = claimTileLayers([], [], ['drone_downed']);
		expect(
			evaluate(layer(drones, CLAIM_LAYERS.clusterCounts('russia')).layout['text-field'], bubble)
		).toBe('2');
		expect(
			evaluate(layer(drones, CLAIM_LAYERS.clusterTypes('russia')).layout['icon-image'], bubble)
		).toBe('claim-glyph-drone_downed');
		// A bubble with none of the shown types is not drawn.
		const tanks = claimTileLayers([], [], ['equipment_destroyed']);
		expect(evaluate(layer(tanks, CLAIM_LAYERS.clusters('russia')).filter, bubble)).toBe(false);
		expect(evaluate(layer(all, CLAIM_LAYERS.clusters('russia')).filter, bubble)).toBe(true);
	});

	test('single claims of hidden types are filtered out on the map', () => {
		const claim = { id: 'a', s: 'russia', t: 'strike', p: 'settlement', r0: 0 };
		const points = (types: EventType[]) =>
			layer(claimTileLayers([], [], types), CLAIM_LAYERS.points('russia')).filter;
		expect(evaluate(points([]), claim)).toBe(true);
		expect(evaluate(points(['strike']), claim)).toBe(true);
		expect(evaluate(points(['drone_downed']), claim)).toBe(false);
	});

	test('claims at one spot take their place on the spiral once clusters break up', () => {
		const offset = layer(claimTileLayers([]), CLAIM_LAYERS.points('russia')).layout['icon-offset'];
		const spiral = spreadOffsets(3);
		expect(evaluate(offset, { oi: 2 }, CLUSTER_MAX_ZOOM + 2)).toEqual(spiral[2]);
		expect(evaluate(offset, { oi: 0 }, CLUSTER_MAX_ZOOM + 2)).toEqual(spiral[0]);
		expect(evaluate(offset, {}, CLUSTER_MAX_ZOOM + 2)).toEqual([0, 0]);
		expect(evaluate(offset, { oi: 2 }, CLUSTER_MAX_ZOOM)).toEqual([0, 0]);
	});

	test('a type change re-filters the layers on the map and fetches nothing', () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		fake.calls.length = 0;
		setClaimTileTypes(fake.map, ['strike']);
		expect(new Set(fake.calls)).toEqual(new Set(['filter', 'layout', 'paint']));
		fake.calls.length = 0;
		setClaimTileTypes(fake.map, ['strike']);
		expect(fake.calls).toEqual([]);
	});
});
