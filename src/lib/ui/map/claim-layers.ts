/**
 * The claim layers as plain MapLibre style data, and the few calls that change them. Claims live in
 * one clustered GeoJSON source with slim properties and a per-side count aggregated into every
 * cluster; each side is drawn by its own layers (fixed filters), so the side filter is a change of
 * constant paint values on the GPU: no data is re-sent, no tile re-laid out.
 * Other filters arrive as `setData` with the filtered subset. Region-precision claims shade the
 * basemap's oblast polygons instead of drawing a pin: the basemap's own oblast fill takes each
 * oblast's tint from its feature state, so shading costs no extra layer in any frame, and a side
 * toggle only rewrites the state of the (at most 25) oblasts.
 *
 * The benchmark imports this module: `installClaimLayers(map, {features})` for the first draw and
 * `setClaimSides(map, sides)` for a side-filter change.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	PointLike,
	VectorTileSource,
	VectorSourceSpecification
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	type ClaimFeature,
	type ClaimantSide,
	type EventType,
	type Precision
} from '../../core/contract';
import { SIDE_COLOURS, SYMBOL_OUTLINE } from '../symbols/palette';
import { BASEMAP_LAYERS, OBLAST_SOURCE } from './layer-ids';
import type { OblastLookup } from './oblast-lookup';

/** Source of the located claims (clustered). */
export const CLAIM_SOURCE = 'claims';
/** Source of the selected and hovered claims' rings. */
export const FOCUS_SOURCE = 'claims-focus';
/** Source of the selected claim's alternative places. */
export const ALTERNATIVES_SOURCE = 'claims-alternatives';

/** Ids of the claim layers, for queries, events and tests. Claims are drawn by one layer per side. */
export const CLAIM_LAYERS = {
	uncertainty: (side: ClaimantSide) => `claims-uncertainty-${side}`,
	clusters: (side: ClaimantSide) => `claims-clusters-${side}`,
	clusterCounts: (side: ClaimantSide) => `claims-cluster-counts-${side}`,
	points: (side: ClaimantSide) => `claims-points-${side}`,
	/** The basemap's oblast fill, which shades the oblasts of region claims (see `regionStates`). */
	regions: BASEMAP_LAYERS.oblasts,
	focus: 'claims-focus',
	focusRegion: 'claims-focus-region',
	alternatives: 'claims-alternatives',
	alternativeLabels: 'claims-alternative-labels'
} as const;

/** The kinds of per-side claim layers. */
export type SideLayerKind = 'uncertainty' | 'clusters' | 'clusterCounts' | 'points';

/** Ids of the per-side layers of `kinds` for the shown sides (all when empty): what a query should ask. */
export function claimLayerIds(
	sides: readonly ClaimantSide[] = [],
	kinds: readonly SideLayerKind[] = ['points', 'clusters', 'uncertainty']
): string[] {
	return activeSides(sides).flatMap((side) => kinds.map((kind) => CLAIM_LAYERS[kind](side)));
}

/** Clusters break up into single claims above this zoom. */
export const CLUSTER_MAX_ZOOM = 11;

/** Properties of a claim as the map holds it: only what drawing and picking need. */
export interface MapClaimProperties {
	/** The feature id, to find the full claim in the page's state. */
	id: string;
	s: ClaimantSide;
	t: EventType;
	p: Precision | null;
	/** Uncertainty radius in pixels at zoom 0 (it doubles per zoom level); 0 draws no circle. */
	r0: number;
}

/** What the map draws for a set of claims: located points, and oblasts shaded per side. */
export interface MapClaimData {
	points: FeatureCollection<Point, MapClaimProperties>;
	regionCodes: Record<ClaimantSide, string[]>;
}

/** Metres per pixel at zoom 0 on the equator for 512-pixel tiles. */
const METRES_PER_PIXEL_Z0 = 78271.517;
/** Precisions drawn with their uncertainty circle (a settlement is drawn as a point). */
const CIRCLE_PRECISIONS = new Set<Precision | null>([
	'near_settlement',
	'landmark',
	'district',
	'region',
	'country'
]);

const countProperty = (side: ClaimantSide) => `n_${side}`;

/** Splits claims into the points source and the shaded oblasts; region claims with a known oblast become areas. */
export function toMapData(features: readonly ClaimFeature[], lookup?: OblastLookup): MapClaimData {
	const regions = Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, new Set<string>()])) as Record<
		ClaimantSide,
		Set<string>
	>;
	const points: FeatureCollection<Point, MapClaimProperties>['features'] = [];
	for (const feature of features) {
		if (feature.geometry === null) continue;
		const p = feature.properties;
		if (p.precision === 'region' && lookup) {
			const code = lookup(p.admin1, (p as unknown as Record<string, unknown>).admin1Code);
			if (code) {
				regions[p.claimantSide].add(code);
				continue;
			}
		}
		const lat = feature.geometry.coordinates[1];
		const km = CIRCLE_PRECISIONS.has(p.precision) ? (p.uncertaintyKm ?? 0) : 0;
		const r0 = km > 0 ? (km * 1000) / (METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180)) : 0;
		points.push({
			type: 'Feature',
			geometry: feature.geometry,
			properties: { id: feature.id, s: p.claimantSide, t: p.eventType, p: p.precision, r0 }
		});
	}
	const regionCodes = Object.fromEntries(
		CLAIMANT_SIDES.map((s) => [s, [...regions[s]].sort()])
	) as Record<ClaimantSide, string[]>;
	return { points: { type: 'FeatureCollection', features: points }, regionCodes };
}

/** The clustered source, aggregating a claim count per side into every cluster. */
export function claimSourceSpec(
	data: MapClaimData['points'] = { type: 'FeatureCollection', features: [] }
): GeoJSONSourceSpecification {
	return {
		type: 'geojson',
		data,
		cluster: true,
		clusterRadius: 42,
		clusterMaxZoom: CLUSTER_MAX_ZOOM,
		clusterProperties: Object.fromEntries(
			CLAIMANT_SIDES.map((side) => [
				countProperty(side),
				['+', ['case', ['==', ['get', 's'], side], 1, 0]] as ExpressionSpecification
			])
		)
	};
}

/** The sides shown; an empty list means all. */
function activeSides(sides: readonly ClaimantSide[]): ClaimantSide[] {
	return sides.length === 0 ? [...CLAIMANT_SIDES] : CLAIMANT_SIDES.filter((s) => sides.includes(s));
}

const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];

/** Radius that grows with zoom so the circle covers `uncertaintyKm` on the ground. */
const GROUND_RADIUS: ExpressionSpecification = [
	'interpolate',
	['exponential', 2],
	['zoom'],
	0,
	['get', 'r0'],
	24,
	['*', ['get', 'r0'], 2 ** 24]
];

/** Name of the icon drawn for a side and event type. */
export function iconName(side: ClaimantSide, type: EventType): string {
	return `claim-${side}-${type}`;
}

/**
 * Where each side's bubble sits around a cluster's centre (pixels), so a cluster holding several
 * sides' claims shows one bubble per side, side by side, instead of hiding one under another.
 */
export const CLUSTER_OFFSETS: Record<ClaimantSide, [number, number]> = {
	russia: [-10, -7],
	ukraine: [10, -7],
	united_states: [0, 11],
	other: [-14, 9],
	unattributed: [14, 9]
};

/** Paint changes take effect in one frame: no fades, so a side toggle is one repaint. */
const NO_TRANSITION = { duration: 0, delay: 0 };

/** The constant paint values that show or hide one side's layers (no data re-layout needed). */
function sidePaint(side: ClaimantSide, on: boolean): [string, string, number][] {
	return [
		[CLAIM_LAYERS.uncertainty(side), 'circle-opacity', on ? 0.1 : 0],
		[CLAIM_LAYERS.uncertainty(side), 'circle-stroke-opacity', on ? 0.7 : 0],
		[CLAIM_LAYERS.clusters(side), 'circle-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.clusters(side), 'circle-stroke-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.clusterCounts(side), 'text-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.points(side), 'icon-opacity', on ? 1 : 0]
	];
}

/**
 * The layers of one side on the shared claims source. Each side has its own layers with a fixed
 * filter, so showing or hiding a side changes only constant paint values: no tile is re-laid out,
 * and a layer at opacity 0 is skipped when drawing, so hidden sides cost nothing per frame.
 */
export function sideLayers(side: ClaimantSide, on: boolean): LayerSpecification[] {
	const colour = SIDE_COLOURS[side];
	const count = countProperty(side);
	const mine: ExpressionSpecification = ['==', ['get', 's'], side];
	const opacity = (layer: string, prop: string) =>
		sidePaint(side, on).find(([l, p]) => l === layer && p === prop)![2];
	const ids = {
		uncertainty: CLAIM_LAYERS.uncertainty(side),
		clusters: CLAIM_LAYERS.clusters(side),
		counts: CLAIM_LAYERS.clusterCounts(side),
		points: CLAIM_LAYERS.points(side)
	};
	return [
		{
			id: ids.uncertainty,
			type: 'circle',
			source: CLAIM_SOURCE,
			filter: ['all', NOT_CLUSTER, mine, ['>', ['get', 'r0'], 0]],
			paint: {
				'circle-radius': GROUND_RADIUS,
				'circle-color': colour,
				'circle-opacity': opacity(ids.uncertainty, 'circle-opacity'),
				'circle-opacity-transition': NO_TRANSITION,
				'circle-stroke-color': colour,
				'circle-stroke-width': 1.2,
				'circle-stroke-opacity': opacity(ids.uncertainty, 'circle-stroke-opacity'),
				'circle-stroke-opacity-transition': NO_TRANSITION,
				'circle-pitch-alignment': 'map'
			}
		},
		{
			id: ids.clusters,
			type: 'circle',
			source: CLAIM_SOURCE,
			filter: ['all', ['has', 'point_count'], ['>', ['get', count], 0]],
			paint: {
				'circle-radius': ['step', ['get', count], 9, 10, 12, 50, 15, 250, 18, 1000, 21],
				'circle-color': colour,
				'circle-opacity': opacity(ids.clusters, 'circle-opacity'),
				'circle-opacity-transition': NO_TRANSITION,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5,
				'circle-stroke-opacity': opacity(ids.clusters, 'circle-stroke-opacity'),
				'circle-stroke-opacity-transition': NO_TRANSITION,
				'circle-translate': CLUSTER_OFFSETS[side]
			}
		},
		{
			id: ids.counts,
			type: 'symbol',
			source: CLAIM_SOURCE,
			filter: ['all', ['has', 'point_count'], ['>', ['get', count], 0]],
			layout: {
				'text-field': ['to-string', ['get', count]],
				'text-size': 11,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: {
				'text-color': '#ffffff',
				'text-halo-color': SYMBOL_OUTLINE,
				'text-halo-width': 1,
				'text-opacity': opacity(ids.counts, 'text-opacity'),
				'text-opacity-transition': NO_TRANSITION,
				'text-translate': CLUSTER_OFFSETS[side]
			}
		},
		{
			id: ids.points,
			type: 'symbol',
			source: CLAIM_SOURCE,
			filter: ['all', NOT_CLUSTER, mine],
			layout: {
				'icon-image': ['concat', `claim-${side}-`, ['get', 't']],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: {
				'icon-opacity': opacity(ids.points, 'icon-opacity'),
				'icon-opacity-transition': NO_TRANSITION
			}
		}
	];
}

/** The layers of the claims source for every side, showing the given sides (all when empty). */
export function claimLayers(sides: readonly ClaimantSide[]): LayerSpecification[] {
	const active = activeSides(sides);
	// Uncertainty circles under every side's symbols, clusters above, so no circle hides a symbol.
	const all = CLAIMANT_SIDES.map((side) => sideLayers(side, active.includes(side)));
	return [0, 1, 2, 3].flatMap((i) => all.map((layers) => layers[i]));
}

/** Opacity of each claiming side's tint over an oblast (several sides stack as translucent fills). */
export const REGION_TINT = 0.25;
/** The oblast colour the tints are blended over when the basemap's fill is not a plain colour. */
const REGION_BASE_FALLBACK = '#fbfaf5';

/**
 * One oblast's feature state: a flag per side (true when that side is shown and claims the
 * oblast), the blended tint and the outline colour, or null where no shown side claims it.
 */
export type RegionState = Record<ClaimantSide, boolean> & {
	claimShade: string | null;
	claimOutline: string | null;
};

const hexRgb = (hex: string): [number, number, number] => {
	const n = parseInt(hex.slice(1, 7), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** `colours` painted in order over `base`, each at `alpha`, as one opaque `#rrggbb` colour. */
export function blendOver(base: string, colours: readonly string[], alpha: number): string {
	let out = hexRgb(base);
	for (const colour of colours) {
		const c = hexRgb(colour);
		out = [0, 1, 2].map((i) => c[i] * alpha + out[i] * (1 - alpha)) as [number, number, number];
	}
	return '#' + out.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

/**
 * The feature state of every oblast claimed by any side, for the shown sides (all when empty); the
 * oblasts in `previous` that nobody claims any more get a cleared state.
 */
export function regionStates(
	regionCodes: Record<ClaimantSide, readonly string[]>,
	sides: readonly ClaimantSide[],
	base: string,
	previous: Iterable<string> = []
): Map<string, RegionState> {
	const active = activeSides(sides);
	const codes = new Set([...previous, ...CLAIMANT_SIDES.flatMap((s) => regionCodes[s])]);
	const states = new Map<string, RegionState>();
	for (const code of codes) {
		const claiming = active.filter((s) => regionCodes[s].includes(code));
		const flags = Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, claiming.includes(s)]));
		states.set(code, {
			...(flags as Record<ClaimantSide, boolean>),
			claimShade:
				claiming.length > 0
					? blendOver(
							base,
							claiming.map((s) => SIDE_COLOURS[s]),
							REGION_TINT
						)
					: null,
			// The last side drawn on top, as stacked outlines would show.
			claimOutline: claiming.length > 0 ? SIDE_COLOURS[claiming[claiming.length - 1]] : null
		});
	}
	return states;
}

/** A colour from the feature state `key` when it holds one, otherwise `fallback`. */
function stateColour(key: keyof RegionState, fallback: unknown): ExpressionSpecification {
	return [
		'case',
		['==', ['typeof', ['feature-state', key]], 'string'],
		['to-color', ['feature-state', key]],
		fallback
	] as ExpressionSpecification;
}

/**
 * The oblast fill's paint that shades region claims: its own colour (`base`, a colour or an
 * expression) unless the oblast's feature state holds a tint, and a 1-pixel outline in the
 * claiming side's colour (drawn by the fill's own antialiasing pass, so it costs nothing extra).
 */
export function regionPaint(base: unknown): {
	'fill-color': ExpressionSpecification;
	'fill-outline-color': ExpressionSpecification;
} {
	const fill = stateColour('claimShade', base);
	return { 'fill-color': fill, 'fill-outline-color': stateColour('claimOutline', fill) };
}

/** Width of a claimed oblast's border, in pixels. */
export const REGION_BORDER_WIDTH = 2;

/**
 * The basemap's oblast borders' paint: a claimed oblast's border in the claiming side's colour and
 * wider (so a shaded oblast never reads as water), otherwise the basemap's own colour and width
 * (the width only when it is a plain number: a zoom curve cannot sit inside a `case`).
 */
export function regionBorderPaint(
	colour: unknown,
	width: unknown
): { 'line-color': ExpressionSpecification; 'line-width'?: ExpressionSpecification } {
	const claimed: ExpressionSpecification = [
		'==',
		['typeof', ['feature-state', 'claimOutline']],
		'string'
	];
	const paint: ReturnType<typeof regionBorderPaint> = {
		'line-color': stateColour('claimOutline', colour)
	};
	if (typeof width === 'number') {
		paint['line-width'] = ['case', claimed, REGION_BORDER_WIDTH, width] as ExpressionSpecification;
	}
	return paint;
}

/** What the map shades for region claims now, and the states already set on it. */
interface RegionShading {
	base: string;
	codes: Record<ClaimantSide, string[]>;
	sides: ClaimantSide[];
	applied: Map<string, string>;
}

const shadings = new WeakMap<MapLibreMap, RegionShading>();

/**
 * Turns the basemap's oblast fill (and its oblast borders) into the region-claim layer; null when
 * the style has no oblast polygons.
 */
function shadeRegionLayer(map: MapLibreMap): RegionShading | null {
	if (!map.getSource(OBLAST_SOURCE) || !map.getLayer(CLAIM_LAYERS.regions)) return null;
	const own: unknown = map.getPaintProperty(CLAIM_LAYERS.regions, 'fill-color');
	const paint = regionPaint(own ?? REGION_BASE_FALLBACK);
	map.setPaintProperty(CLAIM_LAYERS.regions, 'fill-color', paint['fill-color']);
	map.setPaintProperty(CLAIM_LAYERS.regions, 'fill-outline-color', paint['fill-outline-color']);
	const borders = BASEMAP_LAYERS.oblastLines;
	if (map.getLayer(borders) && map.getLayer(borders)?.source === OBLAST_SOURCE) {
		const border = regionBorderPaint(
			map.getPaintProperty(borders, 'line-color') ?? '#000000',
			map.getPaintProperty(borders, 'line-width') ?? 1
		);
		for (const [property, value] of Object.entries(border)) {
			map.setPaintProperty(
				borders,
				property as Parameters<MapLibreMap['setPaintProperty']>[1],
				value
			);
		}
	}
	const base = typeof own === 'string' && /^#[0-9a-f]{6}$/i.test(own) ? own : REGION_BASE_FALLBACK;
	const codes = Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, []])) as unknown as Record<
		ClaimantSide,
		string[]
	>;
	return { base, codes, sides: [], applied: new Map() };
}

/** Writes the oblasts' feature states that changed: no style change, no tile re-laid out. */
function applyRegionStates(map: MapLibreMap, shading: RegionShading): void {
	const states = regionStates(shading.codes, shading.sides, shading.base, shading.applied.keys());
	for (const [code, state] of states) {
		const key = JSON.stringify(state);
		if (shading.applied.get(code) === key) continue;
		map.setFeatureState({ source: OBLAST_SOURCE, id: code }, state);
		shading.applied.set(code, key);
	}
}

/** The `admin1Code`s of the oblasts under `point` that are shaded for a shown side's claims. */
export function shadedRegionsAt(map: MapLibreMap, point: PointLike): string[] {
	const shading = shadings.get(map);
	if (!shading) return [];
	const active = activeSides(shading.sides);
	const codes = map
		.queryRenderedFeatures(point, { layers: [CLAIM_LAYERS.regions] })
		.map((f) => String(f.properties.admin1Code));
	return [...new Set(codes)].filter((code) =>
		active.some((side) => shading.codes[side].includes(code))
	);
}

function regionFilter(codes: readonly string[]): FilterSpecification {
	return ['in', ['get', 'admin1Code'], ['literal', [...codes]]];
}

/**
 * Rings around the selected and hovered claims, alternatives, and (when the style has the oblast
 * polygons) an outline on a selected region.
 */
export function focusLayers(withRegions = true): LayerSpecification[] {
	const region: LayerSpecification[] = withRegions
		? [
				{
					id: CLAIM_LAYERS.focusRegion,
					type: 'line',
					source: OBLAST_SOURCE,
					filter: regionFilter([]),
					paint: { 'line-color': SYMBOL_OUTLINE, 'line-width': 3.5 }
				}
			]
		: [];
	return [
		...region,
		{
			id: CLAIM_LAYERS.alternatives,
			type: 'circle',
			source: ALTERNATIVES_SOURCE,
			paint: {
				'circle-radius': ['case', ['get', 'shown'], 8, 5],
				'circle-color': '#ffffff',
				'circle-stroke-color': SYMBOL_OUTLINE,
				'circle-stroke-width': ['case', ['get', 'shown'], 3, 1.5]
			}
		},
		{
			id: CLAIM_LAYERS.alternativeLabels,
			type: 'symbol',
			source: ALTERNATIVES_SOURCE,
			layout: {
				'text-field': ['get', 'label'],
				'text-size': 12,
				'text-offset': [0, 1.1],
				'text-anchor': 'top'
			},
			paint: { 'text-color': SYMBOL_OUTLINE, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		},
		{
			id: CLAIM_LAYERS.focus,
			type: 'circle',
			source: FOCUS_SOURCE,
			paint: {
				'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 14, 12],
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': SYMBOL_OUTLINE,
				'circle-stroke-width': ['case', ['==', ['get', 'role'], 'selected'], 3, 2]
			}
		}
	];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What `installClaimLayers` needs. */
export interface ClaimLayerInit {
	features: readonly ClaimFeature[];
	sides?: readonly ClaimantSide[];
	lookup?: OblastLookup;
	/** Adds the symbol images (drawn with canvas); omit if the caller added them. */
	addIcons?: (map: MapLibreMap) => void;
}

/**
 * Adds the claim sources and layers to a loaded map. Region claims shade the basemap's oblasts when
 * the style has them; otherwise (another basemap) they are drawn as points like any other claim.
 */
export function installClaimLayers(map: MapLibreMap, init: ClaimLayerInit): void {
	const sides = init.sides ?? [];
	const shading = shadeRegionLayer(map);
	const data = toMapData(init.features, shading ? init.lookup : undefined);
	init.addIcons?.(map);
	map.addSource(CLAIM_SOURCE, claimSourceSpec(data.points));
	map.addSource(FOCUS_SOURCE, { type: 'geojson', data: EMPTY });
	map.addSource(ALTERNATIVES_SOURCE, { type: 'geojson', data: EMPTY });
	for (const layer of [...claimLayers(sides), ...focusLayers(shading !== null)])
		map.addLayer(layer);
	if (shading) {
		shadings.set(map, shading);
		shading.codes = data.regionCodes;
		shading.sides = [...sides];
		applyRegionStates(map, shading);
	}
}

/** Replaces the drawn claims (after a filter other than the side changed, or new data). */
export function setClaimData(
	map: MapLibreMap,
	features: readonly ClaimFeature[],
	lookup?: OblastLookup
): void {
	const shading = shadings.get(map);
	const data = toMapData(features, shading ? lookup : undefined);
	(map.getSource(CLAIM_SOURCE) as GeoJSONSource).setData(data.points);
	if (shading) {
		shading.codes = data.regionCodes;
		applyRegionStates(map, shading);
	}
}

/**
 * Shows only the given sides (all when empty). Only constant paint values and the oblasts' feature
 * state change: the data, the tiles and the layers' filters stay as they are.
 */
export function setClaimSides(map: MapLibreMap, sides: readonly ClaimantSide[]): void {
	const active = activeSides(sides);
	for (const side of CLAIMANT_SIDES) {
		for (const [layer, property, value] of sidePaint(side, active.includes(side))) {
			map.setPaintProperty(
				layer,
				property as Parameters<MapLibreMap['setPaintProperty']>[1],
				value
			);
		}
	}
	const shading = shadings.get(map);
	if (shading) {
		shading.sides = [...sides];
		applyRegionStates(map, shading);
	}
}

/** Outlines the given oblasts (the selected or hovered region claim), when the style has them. */
export function setFocusRegions(map: MapLibreMap, codes: readonly string[]): void {
	if (map.getLayer(CLAIM_LAYERS.focusRegion)) {
		map.setFilter(CLAIM_LAYERS.focusRegion, regionFilter(codes));
	}
}

/** Every icon name the points layers can ask for. */
export function allIconNames(): string[] {
	return CLAIMANT_SIDES.flatMap((s) => EVENT_TYPES.map((t) => iconName(s, t)));
}

// Tile mode: a large store is drawn from the server's vector tiles (`/api/tiles/{z}/{x}/{y}.mvt`)
// by the same per-side layers, so it looks as the GeoJSON mode does. The tiles' `clusters` layer
// carries `point_count` and a per-side count like a GeoJSON cluster, and its `claims` layer the
// same slim properties; the side filter stays a change of paint values, with no fetch.

/** Layer names inside a claim tile (as the server writes them). */
export const CLAIM_TILE_LAYERS = { claims: 'claims', clusters: 'clusters' } as const;

/** The deepest zoom the map asks tiles for; deeper views reuse (overzoom) these. */
export const CLAIM_TILE_MAX_ZOOM = 14;

/** The vector source of claim tiles at `url` (a `{z}/{x}/{y}` template). */
export function claimTileSourceSpec(url: string): VectorSourceSpecification {
	return { type: 'vector', tiles: [url], minzoom: 0, maxzoom: CLAIM_TILE_MAX_ZOOM };
}

/** A points filter that also hides region claims drawn as shaded oblasts (by `admin1`). */
function withoutShaded(filter: unknown, shaded: readonly string[]): FilterSpecification {
	if (shaded.length === 0) return filter as FilterSpecification;
	return [
		'all',
		filter as ExpressionSpecification,
		['!', ['in', ['coalesce', ['get', 'a1'], ''], ['literal', [...shaded]]]]
	] as FilterSpecification;
}

/** The per-side layers reading the tile source, the region claims of `shaded` oblasts left out. */
export function claimTileLayers(
	sides: readonly ClaimantSide[],
	shaded: readonly string[] = []
): LayerSpecification[] {
	const clusterIds = new Set<string>(
		CLAIMANT_SIDES.flatMap((s) => [CLAIM_LAYERS.clusters(s), CLAIM_LAYERS.clusterCounts(s)])
	);
	return claimLayers(sides).map((layer) => {
		const clustered = clusterIds.has(layer.id);
		const spec = {
			...layer,
			'source-layer': clustered ? CLAIM_TILE_LAYERS.clusters : CLAIM_TILE_LAYERS.claims
		} as LayerSpecification & { filter?: unknown };
		if (!clustered) spec.filter = withoutShaded(spec.filter, shaded);
		return spec;
	});
}

/** What `installClaimTileLayers` needs. */
export interface ClaimTileInit {
	url: string;
	sides?: readonly ClaimantSide[];
	addIcons?: (map: MapLibreMap) => void;
}

/** Adds the claim tile source and layers to a loaded map (the tile-mode `installClaimLayers`). */
export function installClaimTileLayers(map: MapLibreMap, init: ClaimTileInit): void {
	const sides = init.sides ?? [];
	const shading = shadeRegionLayer(map);
	init.addIcons?.(map);
	map.addSource(CLAIM_SOURCE, claimTileSourceSpec(init.url));
	map.addSource(FOCUS_SOURCE, { type: 'geojson', data: EMPTY });
	map.addSource(ALTERNATIVES_SOURCE, { type: 'geojson', data: EMPTY });
	for (const layer of [...claimTileLayers(sides), ...focusLayers(shading !== null)])
		map.addLayer(layer);
	if (shading) {
		shadings.set(map, shading);
		shading.sides = [...sides];
	}
}

/** Points the tile source at new tiles (another filter, or a new revision of the store). */
export function setClaimTileUrl(map: MapLibreMap, url: string): void {
	const source = map.getSource(CLAIM_SOURCE) as VectorTileSource | undefined;
	if (source && source.tiles?.[0] !== url) source.setTiles([url]);
}

/** One side's region claims in one oblast, as the summary counts them. */
export interface RegionClaims {
	side: ClaimantSide;
	admin1: string;
	admin1Code: string | null;
}

/**
 * Shades the oblasts claimed by region claims (from the server's counts) and hides those claims'
 * points; region claims of oblasts the basemap lacks stay points.
 */
export function setTileRegions(
	map: MapLibreMap,
	regions: readonly RegionClaims[],
	lookup: OblastLookup | undefined
): void {
	const shading = shadings.get(map);
	if (!shading || !lookup) return;
	const codes = Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, new Set<string>()])) as Record<
		ClaimantSide,
		Set<string>
	>;
	const shaded = new Set<string>();
	for (const r of regions) {
		const code = lookup(r.admin1, r.admin1Code);
		if (code === null) continue;
		codes[r.side].add(code);
		shaded.add(r.admin1);
	}
	shading.codes = Object.fromEntries(
		CLAIMANT_SIDES.map((s) => [s, [...codes[s]].sort()])
	) as Record<ClaimantSide, string[]>;
	applyRegionStates(map, shading);
	const names = [...shaded].sort();
	for (const layer of claimTileLayers([], names)) {
		if (layer.type === 'background' || !('filter' in layer)) continue;
		map.setFilter(layer.id, (layer as { filter?: FilterSpecification }).filter ?? null);
	}
}
