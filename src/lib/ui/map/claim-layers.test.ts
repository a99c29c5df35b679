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
	const filters = new Map<string, unknown>();
	const layers = new Set<string>(withOblasts ? [CLAIM_LAYERS.regions] : []);
	const map = {
		getSource: (id: string) =>
			id === OBLAST_SOURCE && !withOblasts ? undefined : { setData: () => calls.push('data') },
		getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
		addSource: () => calls.push('source'),
		style: {
			addLayer: (
				layer: { id: string; filter?: unknown; paint?: Record<string, unknown> },
				_before: string | undefined,
				options: { validate?: boolean }
			) => {
				calls.push(options?.validate === false ? 'layer' : 'validated layer');
				layers.add(layer.id);
				filters.set(layer.id, layer.filter);
				for (const [name, value] of Object.entries(layer.paint ?? {}))
					paint.set(`${layer.id} ${name}`, value);
			}
		},
		_update: () => calls.push('update'),
		getPaintProperty: (layer: string, property: string) => paint.get(`${layer} ${property}`),
		setPaintProperty: (layer: string, property: string, value: unknown) => {
			calls.push('paint');
			paint.set(`${layer} ${property}`, value);
		},
		setFilter: (layer: string, filter: unknown) => {
			calls.push('filter');
			filters.set(layer, filter);
		},
		setLayoutProperty: () => calls.push('layout')
	} as unknown as MapLibreMap;
	/** The oblast codes a side's region layers are filtered to (both layers alike). */
	const regionCodes = (side: ClaimantSide): string[] => {
		const codes = (filter: unknown) => ((filter as unknown[])[2] as unknown[])[1] as string[];
		const hatch = codes(filters.get(CLAIM_LAYERS.regionHatch(side)));
		expect(codes(filters.get(CLAIM_LAYERS.regionOutline(side)))).toEqual(hatch);
		return hatch;
	};
	/** Whether a side's region layers are drawn (a constant 0 opacity is skipped by MapLibre). */
	const regionShown = (side: ClaimantSide): boolean =>
		paint.get(`${CLAIM_LAYERS.regionHatch(side)} fill-opacity`) !== 0 &&
		paint.get(`${CLAIM_LAYERS.regionOutline(side)} line-opacity`) !== 0;
	return { map, calls, paint, layers, regionCodes, regionShown };
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

	test('a side change only sets paint values: no filter, layout or data', () => {
		const fake = createFakeMap();
		installClaimLayers(fake.map, { features, lookup });
		fake.calls.length = 0;
		setClaimSides(fake.map, ['russia']);
		expect(new Set(fake.calls)).toEqual(new Set(['paint']));
		expect(fake.paint.get(`${CLAIM_LAYERS.points('russia')} icon-opacity`)).toBe(1);
		expect(fake.paint.get(`${CLAIM_LAYERS.points('ukraine')} icon-opacity`)).toBe(0);
		expect(fake.paint.get(`${CLAIM_LAYERS.clusters('ukraine')} circle-opacity`)).toBe(0);
		// The hidden side's hatch and outline are not drawn at all; its oblasts stay in its filter.
		expect(fake.regionShown('ukraine')).toBe(false);
		expect(fake.regionShown('russia')).toBe(true);
		expect(fake.regionCodes('ukraine')).toEqual(['UA.05']);
	});

	test("a side's region layers hold only the oblasts it claims", () => {
		const fake = createFakeMap();
		installClaimLayers(fake.map, { features, lookup });
		expect(fake.regionCodes('ukraine')).toEqual(['UA.05']);
		expect(fake.regionCodes('russia')).toEqual([]);
		expect(fake.regionShown('ukraine')).toBe(true);
		// The basemap's own fill is left as it is: shading is the sides' own layers.
		expect(fake.paint.get(`${CLAIM_LAYERS.regions} fill-color`)).toBe('#fafafa');
		expect(fake.layers.has(CLAIM_LAYERS.regionHatch('ukraine'))).toBe(true);
		expect(fake.layers.has(CLAIM_LAYERS.regionOutline('russia'))).toBe(true);
		expect(fake.layers.has(CLAIM_LAYERS.focusRegion)).toBe(true);
	});

	test('its own layers are added unchecked (style-valid.test.ts checks them), then drawn', () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		expect(fake.calls).not.toContain('validated layer');
		expect(fake.calls.filter((c) => c === 'layer').length).toBeGreaterThan(25);
		expect(fake.calls.at(-1)).toBe('update');
	});

	test('without the oblast polygons, region claims stay points and nothing is shaded', () => {
		const fake = createFakeMap(false);
		installClaimLayers(fake.map, { features, lookup });
		expect(fake.layers.has(CLAIM_LAYERS.focusRegion)).toBe(false);
		expect(fake.layers.has(CLAIM_LAYERS.regionHatch('ukraine'))).toBe(false);
		fake.calls.length = 0;
		setClaimSides(fake.map, ['ukraine']);
		expect(fake.calls).not.toContain('filter');
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

describe('regionLayers', () => {
	test('a hidden side is drawn at a constant opacity 0 (skipped), a shown one fades by zoom', () => {
		const paint = (on: boolean) =>
			regionLayers('ukraine', on, ['UA.05']).map(
				(l) =>
					(l.paint as Record<string, unknown>)[l.type === 'fill' ? 'fill-opacity' : 'line-opacity']
			);
		expect(paint(false)).toEqual([0, 0]);
		expect(paint(true)[1]).toBe(1);
		expect(Array.isArray(paint(true)[0])).toBe(true);
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
		const at = (zoom: number) => stops[stops.indexOf(zoom) + 1] as number;
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
		expect(fake.regionCodes('ukraine')).toEqual(['UA.05']);
		expect(fake.calls).toContain('filter');
		fake.calls.length = 0;
		// The same regions again (a new summary after a pan): no filter, so no tile is laid out.
		setTileRegions(fake.map, [...regions], lookup);
		expect(fake.calls).not.toContain('filter');
		setTileRegions(fake.map, [...regions, { ...regions[0], admin1: 'Kharkiv' }], lookup);
		expect(fake.calls).toContain('filter');
	});

	test('a side hidden lays no tile out; its oblasts are kept for when it is shown again', () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		const both = [...regions, { side: 'russia' as const, admin1: 'Kharkiv', admin1Code: null }];
		setTileRegions(fake.map, both, lookup);
		fake.calls.length = 0;
		setClaimSides(fake.map, ['ukraine']);
		// The server's summary for the shown side: Russia's oblasts are not counted.
		setTileRegions(fake.map, regions, lookup);
		expect(fake.calls).not.toContain('filter');
		expect(fake.regionShown('russia')).toBe(false);
		expect(fake.regionCodes('russia')).toEqual(['UA.07']);
		// Showing both again draws Russia's oblasts at once, with no new filter.
		setClaimSides(fake.map, []);
		setTileRegions(fake.map, both, lookup);
		expect(fake.calls).not.toContain('filter');
		expect(fake.regionShown('russia')).toBe(true);
	});

	test("a shown side's oblasts follow the server's counts", () => {
		const fake = createFakeMap();
		installClaimTileLayers(fake.map, { url: '/api/tiles/{z}/{x}/{y}.mvt' });
		setTileRegions(fake.map, regions, lookup);
		setTileRegions(fake.map, [], lookup);
		expect(fake.regionCodes('ukraine')).toEqual([]);
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
