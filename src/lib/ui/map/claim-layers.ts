/**
 * The claim layers as plain MapLibre style data, and the few calls that change them. Claims live in
 * one clustered GeoJSON source with slim properties and a per-side count aggregated into every
 * cluster; each side is drawn by its own layers (fixed filters), so the side filter is a change of
 * constant paint values on the GPU: no data is re-sent, no tile re-laid out.
 * Other filters arrive as `setData` with the filtered subset. Region-precision claims mark the
 * basemap's oblast polygons instead of drawing a pin: each side hatches and outlines the oblasts
 * it claims (its layers' filter), so two sides' claims on one oblast show both colours (never a
 * blend that reads as a third side), and a side toggle only sets the region layers' opacity.
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
	/** The shape of the most common event type in a side's cluster bubble. */
	clusterTypes: (side: ClaimantSide) => `claims-cluster-types-${side}`,
	points: (side: ClaimantSide) => `claims-points-${side}`,
	/** The basemap's oblast fill (what a click on a shaded oblast hits). */
	regions: BASEMAP_LAYERS.oblasts,
	/** A side's hatching over the oblasts it claims. */
	regionHatch: (side: ClaimantSide) => `claims-region-hatch-${side}`,
	/** A side's outline of the oblasts it claims. */
	regionOutline: (side: ClaimantSide) => `claims-region-outline-${side}`,
	focus: 'claims-focus',
	focusRegion: 'claims-focus-region',
	alternatives: 'claims-alternatives',
	alternativeLabels: 'claims-alternative-labels'
} as const;

/** The kinds of per-side claim layers. */
export type SideLayerKind =
	'uncertainty' | 'clusters' | 'clusterCounts' | 'clusterTypes' | 'points';

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
	/** Offset in pixels that spreads claims sharing one spot apart at high zoom ([0, 0] alone). */
	o: [number, number];
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
const typeCountProperty = (side: ClaimantSide, type: EventType) => `n_${side}_${type}`;

/** Claims at one spot are spread on a spiral this many pixels apart (Fermat's: even spacing). */
export const SPREAD_SPACING_PX = 13;
/** The golden angle: each next claim on the spiral turns by it, so none lines up with another. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Offsets (pixels) for `n` claims at one spot: none for one, a spiral around the spot for more. */
export function spreadOffsets(n: number): [number, number][] {
	if (n <= 1) return [[0, 0]];
	return Array.from({ length: n }, (_, i) => {
		const r = SPREAD_SPACING_PX * Math.sqrt(i + 0.5);
		const a = i * GOLDEN_ANGLE - Math.PI / 2;
		return [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10];
	});
}

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
			properties: {
				id: feature.id,
				s: p.claimantSide,
				t: p.eventType,
				p: p.precision,
				r0,
				o: [0, 0]
			}
		});
	}
	// Claims at one spot: each its own place on a spiral, in a stable order (by id).
	const bySpot = new Map<string, MapClaimProperties[]>();
	for (const f of points) {
		const key = f.geometry.coordinates.join(',');
		const group = bySpot.get(key);
		if (group) group.push(f.properties);
		else bySpot.set(key, [f.properties]);
	}
	for (const group of bySpot.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const offsets = spreadOffsets(group.length);
		group.forEach((props, i) => (props.o = offsets[i]));
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
		clusterProperties: Object.fromEntries([
			...CLAIMANT_SIDES.map((side) => [
				countProperty(side),
				['+', ['case', ['==', ['get', 's'], side], 1, 0]] as ExpressionSpecification
			]),
			...CLAIMANT_SIDES.flatMap((side) =>
				EVENT_TYPES.map((type) => [
					typeCountProperty(side, type),
					[
						'+',
						['case', ['all', ['==', ['get', 's'], side], ['==', ['get', 't'], type]], 1, 0]
					] as ExpressionSpecification
				])
			)
		])
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

/**
 * The event type with most of a side's claims in a cluster (the first in `EVENT_TYPES` on a tie),
 * among the shown `types` (all when empty).
 */
export function dominantType(
	side: ClaimantSide,
	types: readonly EventType[] = []
): ExpressionSpecification {
	const shown = types.length === 0 ? EVENT_TYPES : EVENT_TYPES.filter((t) => types.includes(t));
	const count = (type: EventType): ExpressionSpecification => [
		'coalesce',
		['get', typeCountProperty(side, type)],
		0
	];
	const most: unknown = shown.length === 1 ? count(shown[0]) : ['max', ...shown.map(count)];
	return [
		'let',
		'most',
		most,
		['case', ...shown.flatMap((t) => [['==', count(t), ['var', 'most']], t]), 'other']
	] as unknown as ExpressionSpecification;
}

/**
 * A side's claims in a cluster of the shown `types` (all when empty). Tile clusters count types
 * only when they carry `tt`; without it the side's whole count is shown.
 */
export function clusterCount(
	side: ClaimantSide,
	types: readonly EventType[] = []
): ExpressionSpecification {
	const all: ExpressionSpecification = ['get', countProperty(side)];
	if (types.length === 0) return all;
	const sum: ExpressionSpecification = [
		'+',
		0,
		...types.map(
			(t) => ['coalesce', ['get', typeCountProperty(side, t)], 0] as ExpressionSpecification
		)
	];
	return ['case', ['has', 'tt'], sum, all];
}

/** Name of the white shape drawn on a cluster bubble for its most common event type. */
export function glyphName(type: EventType): string {
	return `claim-glyph-${type}`;
}

/** A side's cluster bubble radius (pixels) by how many of its claims the cluster holds. */
function bubbleRadius(count: ExpressionSpecification): ExpressionSpecification {
	return ['step', count, 9, 10, 12, 50, 15, 250, 18, 1000, 21];
}

/** Paint changes take effect in one frame: no fades, so a side toggle is one repaint. */
export const NO_TRANSITION = { duration: 0, delay: 0 };

/** The constant paint values that show or hide one side's layers (no data re-layout needed). */
function sidePaint(side: ClaimantSide, on: boolean): [string, string, number][] {
	return [
		[CLAIM_LAYERS.uncertainty(side), 'circle-opacity', on ? 0.1 : 0],
		[CLAIM_LAYERS.uncertainty(side), 'circle-stroke-opacity', on ? 0.7 : 0],
		[CLAIM_LAYERS.clusters(side), 'circle-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.clusters(side), 'circle-stroke-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.clusterCounts(side), 'text-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.clusterTypes(side), 'icon-opacity', on ? 1 : 0],
		[CLAIM_LAYERS.points(side), 'icon-opacity', on ? 1 : 0]
	];
}

/**
 * The layers of one side on the shared claims source. Each side has its own layers with a fixed
 * filter, so showing or hiding a side changes only constant paint values: no tile is re-laid out,
 * and a layer at opacity 0 is skipped when drawing, so hidden sides cost nothing per frame.
 */
export function sideLayers(
	side: ClaimantSide,
	on: boolean,
	types: readonly EventType[] = []
): LayerSpecification[] {
	const colour = SIDE_COLOURS[side];
	const count = clusterCount(side, types);
	const mine: ExpressionSpecification = ['==', ['get', 's'], side];
	const opacity = (layer: string, prop: string) =>
		sidePaint(side, on).find(([l, p]) => l === layer && p === prop)![2];
	const ids = {
		uncertainty: CLAIM_LAYERS.uncertainty(side),
		clusters: CLAIM_LAYERS.clusters(side),
		counts: CLAIM_LAYERS.clusterCounts(side),
		types: CLAIM_LAYERS.clusterTypes(side),
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
			filter: ['all', ['has', 'point_count'], ['>', count, 0]],
			paint: {
				'circle-radius': bubbleRadius(count),
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
			filter: ['all', ['has', 'point_count'], ['>', count, 0]],
			layout: {
				'text-field': ['to-string', count],
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
			// The most common event type's shape, as a badge on the bubble's upper left rim.
			id: ids.types,
			type: 'symbol',
			source: CLAIM_SOURCE,
			filter: ['all', ['has', 'point_count'], ['>', count, 0]],
			layout: {
				'icon-image': ['concat', 'claim-glyph-', dominantType(side, types)],
				'icon-offset': [
					'step',
					count,
					['literal', [-9, -9]],
					10,
					['literal', [-11, -11]],
					50,
					['literal', [-13, -13]],
					250,
					['literal', [-15, -15]]
				] as ExpressionSpecification,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: {
				'icon-opacity': opacity(ids.types, 'icon-opacity'),
				'icon-opacity-transition': NO_TRANSITION,
				'icon-translate': CLUSTER_OFFSETS[side]
			}
		},
		{
			id: ids.points,
			type: 'symbol',
			source: CLAIM_SOURCE,
			filter: ['all', NOT_CLUSTER, mine],
			layout: {
				'icon-image': ['concat', `claim-${side}-`, ['get', 't']],
				// Claims at one spot spread apart once clusters have broken up.
				'icon-offset': [
					'step',
					['zoom'],
					['literal', [0, 0]],
					CLUSTER_MAX_ZOOM + 1,
					['coalesce', ['get', 'o'], ['literal', [0, 0]]]
				] as ExpressionSpecification,
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

/**
 * The layers of the claims source for every side, showing the given sides (all when empty); the
 * clusters count only the given `types` (tile mode, where the type filter is drawn, not fetched).
 */
export function claimLayers(
	sides: readonly ClaimantSide[],
	types: readonly EventType[] = []
): LayerSpecification[] {
	const active = activeSides(sides);
	// Uncertainty circles under every side's symbols, clusters above, so no circle hides a symbol.
	const all = CLAIMANT_SIDES.map((side) => sideLayers(side, active.includes(side), types));
	return all[0].map((_, i) => i).flatMap((i) => all.map((layers) => layers[i]));
}

/**
 * How strongly a claimed oblast's hatching shows, by zoom: plain at overview, fading as the user
 * zooms in, so one sentence about a whole oblast never hides the points and labels inside it.
 */
export const REGION_HATCH_OPACITY: readonly [zoom: number, opacity: number][] = [
	[4, 0.95],
	[7, 0.55],
	[10, 0.15]
];
/** Width of a claiming side's outline of an oblast, in pixels. */
export const REGION_OUTLINE_WIDTH = 2.2;
/** Pixels between two sides' outlines of one oblast, so both are seen, never one colour mixed. */
export const REGION_OUTLINE_STEP = 2.5;

/** Name of a side's hatch pattern image. */
export function hatchName(side: ClaimantSide): string {
	return `region-hatch-${side}`;
}

/**
 * Where each side's stripes sit in the shared hatch period (in stripe widths), so two sides
 * claiming one oblast show alternating stripes of their own colours, never a blend that reads as
 * another side's colour.
 */
export const HATCH_PHASES: Record<ClaimantSide, number> = {
	russia: 0,
	ukraine: 2,
	united_states: 1,
	other: 3,
	unattributed: 2.5
};

/** The hatch's opacity by zoom: a camera expression (no data), so showing a side lays nothing out. */
const HATCH_OPACITY = [
	'interpolate',
	['linear'],
	['zoom'],
	...REGION_HATCH_OPACITY.flat()
] as ExpressionSpecification;

/**
 * The paint values that show or hide one side's region layers. A hidden side's are a constant 0,
 * which MapLibre does not draw at all: in software WebGL each hatch is a pass over every oblast.
 */
function regionPaint(side: ClaimantSide, on: boolean): [string, string, unknown][] {
	return [
		[CLAIM_LAYERS.regionHatch(side), 'fill-opacity', on ? HATCH_OPACITY : 0],
		[CLAIM_LAYERS.regionOutline(side), 'line-opacity', on ? 1 : 0]
	];
}

/**
 * A side's region layers over the oblast polygons: a hatch in its colour that fades with zoom, and
 * an outline inset by the side's place in the list, both filtered to the oblasts the side claims
 * (`codes`), shown when `on`.
 */
export function regionLayers(
	side: ClaimantSide,
	on = true,
	codes: readonly string[] = []
): LayerSpecification[] {
	const index = CLAIMANT_SIDES.indexOf(side);
	const [[, , hatchOpacity], [, , lineOpacity]] = regionPaint(side, on);
	return [
		{
			id: CLAIM_LAYERS.regionHatch(side),
			type: 'fill',
			source: OBLAST_SOURCE,
			filter: regionFilter(codes),
			paint: {
				'fill-pattern': hatchName(side),
				'fill-opacity': hatchOpacity as ExpressionSpecification | number,
				'fill-opacity-transition': NO_TRANSITION
			}
		},
		{
			id: CLAIM_LAYERS.regionOutline(side),
			type: 'line',
			source: OBLAST_SOURCE,
			filter: regionFilter(codes),
			paint: {
				'line-color': SIDE_COLOURS[side],
				'line-width': REGION_OUTLINE_WIDTH,
				'line-offset': index * REGION_OUTLINE_STEP,
				'line-opacity': lineOpacity as number,
				'line-opacity-transition': NO_TRANSITION
			}
		}
	];
}

/** What the map shades for region claims now, and the oblasts each side's layers are filtered to. */
interface RegionShading {
	codes: Record<ClaimantSide, string[]>;
	sides: ClaimantSide[];
	/** Per side, the codes its region layers' filter holds (joined): a filter is set only on change. */
	filtered: Map<ClaimantSide, string>;
}

const shadings = new WeakMap<MapLibreMap, RegionShading>();

/** The region shading of a map whose style has the oblast polygons; null for another style. */
function regionShading(map: MapLibreMap): RegionShading | null {
	if (!map.getSource(OBLAST_SOURCE) || !map.getLayer(CLAIM_LAYERS.regions)) return null;
	const codes = Object.fromEntries(CLAIMANT_SIDES.map((s) => [s, []])) as unknown as Record<
		ClaimantSide,
		string[]
	>;
	return { codes, sides: [], filtered: new Map(CLAIMANT_SIDES.map((s) => [s, ''])) };
}

/**
 * Filters the region layers of the `which` sides to the oblasts they claim, where that changed
 * (MapLibre lays the oblasts out again for a new filter: on new data, never on a side toggle).
 */
function applyRegionFilters(
	map: MapLibreMap,
	shading: RegionShading,
	which: readonly ClaimantSide[]
): void {
	for (const side of which) {
		const key = shading.codes[side].join(',');
		if (shading.filtered.get(side) === key) continue;
		shading.filtered.set(side, key);
		const filter = regionFilter(shading.codes[side]);
		map.setFilter(CLAIM_LAYERS.regionHatch(side), filter);
		map.setFilter(CLAIM_LAYERS.regionOutline(side), filter);
	}
}

/**
 * Sets the paint values `paint` gives each side, shown or not (all shown when `sides` is empty):
 * constant values only, so nothing is laid out again.
 */
function applySidePaint(
	map: MapLibreMap,
	sides: readonly ClaimantSide[],
	paint: (side: ClaimantSide, on: boolean) => [string, string, unknown][]
): void {
	const active = activeSides(sides);
	const untyped = map as unknown as { setPaintProperty(l: string, p: string, v: unknown): void };
	for (const side of CLAIMANT_SIDES)
		for (const [layer, property, value] of paint(side, active.includes(side)))
			untyped.setPaintProperty(layer, property, value);
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

/** The basemap layers the region layers go under, the first found (labels above the hatching). */
const REGION_LAYERS_BELOW = [
	BASEMAP_LAYERS.raionLabels,
	BASEMAP_LAYERS.countryLabels,
	BASEMAP_LAYERS.oblastLabels
];

/**
 * Adds this module's layers as one batch without MapLibre's check of each against the style spec:
 * `map.addLayer` serialises the whole style to check every layer, which took 180 ms of the first
 * draw on a loaded machine (the claim and region layers, before the first tile is asked).
 * style-valid.test.ts checks every layer against the specification instead.
 */
function addLayers(map: MapLibreMap, layers: readonly LayerSpecification[], before?: string) {
	for (const layer of layers) map.style.addLayer(layer, before, { validate: false });
	map._update(true);
}

/** Adds every side's region layers under the basemap's labels (place names stay readable over a hatched oblast). */
function addRegionLayers(map: MapLibreMap, sides: readonly ClaimantSide[]): void {
	const below = REGION_LAYERS_BELOW.find((id) => map.getLayer(id));
	const active = activeSides(sides);
	addLayers(
		map,
		CLAIMANT_SIDES.flatMap((side) => regionLayers(side, active.includes(side))),
		below
	);
}

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
	const shading = regionShading(map);
	const data = toMapData(init.features, shading ? init.lookup : undefined);
	init.addIcons?.(map);
	map.addSource(CLAIM_SOURCE, claimSourceSpec(data.points));
	map.addSource(FOCUS_SOURCE, { type: 'geojson', data: EMPTY });
	map.addSource(ALTERNATIVES_SOURCE, { type: 'geojson', data: EMPTY });
	if (shading) addRegionLayers(map, sides);
	addLayers(map, [...claimLayers(sides), ...focusLayers(shading !== null)]);
	if (shading) {
		shadings.set(map, shading);
		shading.codes = data.regionCodes;
		shading.sides = [...sides];
		applyRegionFilters(map, shading, CLAIMANT_SIDES);
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
		applyRegionFilters(map, shading, CLAIMANT_SIDES);
	}
}

/**
 * Shows only the given sides (all when empty). Only constant paint values change: the data, the
 * tiles and the layers' filters stay as they are.
 */
export function setClaimSides(map: MapLibreMap, sides: readonly ClaimantSide[]): void {
	applySidePaint(map, sides, sidePaint);
	const shading = shadings.get(map);
	if (shading) {
		shading.sides = [...sides];
		applySidePaint(map, sides, regionPaint);
	}
}

/** Outlines the given oblasts (the selected or hovered region claim), when the style has them. */
export function setFocusRegions(map: MapLibreMap, codes: readonly string[]): void {
	if (map.getLayer(CLAIM_LAYERS.focusRegion)) {
		map.setFilter(CLAIM_LAYERS.focusRegion, regionFilter(codes));
	}
}

/** Every icon name the points and cluster layers can ask for. */
export function allIconNames(): string[] {
	return [
		...CLAIMANT_SIDES.flatMap((s) => EVENT_TYPES.map((t) => iconName(s, t))),
		...EVENT_TYPES.map(glyphName)
	];
}

// Tile mode: a large store is drawn from the server's vector tiles (`/api/tiles/{z}/{x}/{y}.mvt`)
// by the same per-side layers, so it looks as the GeoJSON mode does. The tiles' `clusters` layer
// carries `point_count` and a per-side count like a GeoJSON cluster (and per side and type, with
// `tt`), and its `claims` layer the same slim properties, with `oi` numbering claims that share a
// spot; the side filter stays a change of paint values and the type filter one of layer filters
// and count expressions, with no fetch.

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

/** Places on a spot's spiral that tile mode draws apart; claims beyond share the spot's centre. */
export const SPREAD_TILE_PLACES = 64;

/**
 * A tile claim's icon offset: its place `oi` on its spot's spiral (the offsets `spreadOffsets`
 * gives), once clusters have broken up.
 */
function tileSpreadOffset(): ExpressionSpecification {
	const spiral = spreadOffsets(SPREAD_TILE_PLACES);
	return [
		'step',
		['zoom'],
		['literal', [0, 0]],
		CLUSTER_MAX_ZOOM + 1,
		[
			'match',
			['coalesce', ['get', 'oi'], -1],
			...spiral.flatMap((offset, i) => [i, ['literal', offset]]),
			['literal', [0, 0]]
		]
	] as unknown as ExpressionSpecification;
}

/** A points filter that keeps only the given event types (all when empty). */
function ofTypes(filter: unknown, types: readonly EventType[]): FilterSpecification {
	if (types.length === 0) return filter as FilterSpecification;
	return [
		'all',
		filter as ExpressionSpecification,
		['in', ['get', 't'], ['literal', [...types]]]
	] as FilterSpecification;
}

/**
 * The per-side layers reading the tile source: the region claims of `shaded` oblasts left out,
 * only the claims of `types` (all when empty) drawn and counted in the bubbles.
 */
export function claimTileLayers(
	sides: readonly ClaimantSide[],
	shaded: readonly string[] = [],
	types: readonly EventType[] = []
): LayerSpecification[] {
	const clusterIds = new Set<string>(
		CLAIMANT_SIDES.flatMap((s) => [
			CLAIM_LAYERS.clusters(s),
			CLAIM_LAYERS.clusterCounts(s),
			CLAIM_LAYERS.clusterTypes(s)
		])
	);
	const pointIds = new Set<string>(CLAIMANT_SIDES.map((s) => CLAIM_LAYERS.points(s)));
	return claimLayers(sides, types).map((layer) => {
		const clustered = clusterIds.has(layer.id);
		const spec = {
			...layer,
			'source-layer': clustered ? CLAIM_TILE_LAYERS.clusters : CLAIM_TILE_LAYERS.claims
		} as LayerSpecification & { filter?: unknown; layout?: Record<string, unknown> };
		if (!clustered) spec.filter = ofTypes(withoutShaded(spec.filter, shaded), types);
		if (pointIds.has(layer.id)) {
			spec.layout = { ...spec.layout, 'icon-offset': tileSpreadOffset() };
		}
		return spec;
	});
}

/** What `installClaimTileLayers` needs. */
export interface ClaimTileInit {
	url: string;
	sides?: readonly ClaimantSide[];
	/** Event types shown (all when empty): drawn by layer filters, not asked of the server. */
	types?: readonly EventType[];
	addIcons?: (map: MapLibreMap) => void;
}

/** Adds the claim tile source and layers to a loaded map (the tile-mode `installClaimLayers`). */
export function installClaimTileLayers(map: MapLibreMap, init: ClaimTileInit): void {
	const sides = init.sides ?? [];
	const shading = regionShading(map);
	init.addIcons?.(map);
	map.addSource(CLAIM_SOURCE, claimTileSourceSpec(init.url));
	map.addSource(FOCUS_SOURCE, { type: 'geojson', data: EMPTY });
	map.addSource(ALTERNATIVES_SOURCE, { type: 'geojson', data: EMPTY });
	if (shading) addRegionLayers(map, sides);
	const types = [...(init.types ?? [])];
	tileFilters.set(map, { shaded: [], types, key: filtersKey([], types) });
	addLayers(map, [...claimTileLayers(sides, [], types), ...focusLayers(shading !== null)]);
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

/** What each tile map's layer filters leave out: shaded regions' names and unshown types. */
interface TileFilters {
	shaded: string[];
	types: EventType[];
	/** Both as last applied, for a cheap comparison. */
	key: string;
}
const tileFilters = new WeakMap<MapLibreMap, TileFilters>();
const filtersKey = (shaded: readonly string[], types: readonly EventType[]) =>
	JSON.stringify([shaded, [...types].sort()]);

/** Layout and paint properties of the tile layers that depend on the shown types. */
const TYPE_LAYOUT = ['text-field', 'icon-image', 'icon-offset'] as const;
const TYPE_PAINT = ['circle-radius'] as const;

/**
 * Re-applies the tile layers' filters and count expressions when what they leave out changed:
 * MapLibre lays the loaded tiles out again in its worker; nothing is fetched.
 */
function applyTileFilters(map: MapLibreMap, next: { shaded?: string[]; types?: EventType[] }) {
	const current = tileFilters.get(map);
	if (!current) return;
	const shaded = next.shaded ?? current.shaded;
	const types = next.types ?? current.types;
	const key = filtersKey(shaded, types);
	if (key === current.key) return;
	const typesChanged = filtersKey([], types) !== filtersKey([], current.types);
	tileFilters.set(map, { shaded, types, key });
	for (const layer of claimTileLayers([], shaded, types)) {
		const spec = layer as LayerSpecification & {
			filter?: FilterSpecification;
			layout?: Record<string, unknown>;
			paint?: Record<string, unknown>;
		};
		map.setFilter(layer.id, spec.filter ?? null);
		if (!typesChanged) continue;
		// The values are the layer's own spec's, so of each property's own type: set untyped.
		const untyped = map as unknown as {
			setLayoutProperty(layer: string, name: string, value: unknown): void;
			setPaintProperty(layer: string, name: string, value: unknown): void;
		};
		for (const name of TYPE_LAYOUT) {
			const value = spec.layout?.[name];
			if (value !== undefined) untyped.setLayoutProperty(layer.id, name, value);
		}
		for (const name of TYPE_PAINT) {
			const value = spec.paint?.[name];
			if (value !== undefined) untyped.setPaintProperty(layer.id, name, value);
		}
	}
}

/**
 * Shows only the claims of the given event types (all when empty) in tile mode: layer filters and
 * the bubbles' counts and shapes change on the map; the tiles stay as they are.
 */
export function setClaimTileTypes(map: MapLibreMap, types: readonly EventType[]): void {
	applyTileFilters(map, { types: [...types] });
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
	// The server counts only the shown sides: a hidden side's layers keep the oblasts they had, so
	// showing it again draws them at once (the next summary brings its own).
	applyRegionFilters(map, shading, activeSides(shading.sides));
	// A new filter makes MapLibre lay every tile out again: only when a newly shaded oblast's points
	// must be hidden. Fewer names (a side hidden, a narrower filter, a pan) keep the filter: every
	// shown region claim of a known oblast is among the shaded ones, so the extra names hide only
	// points that are hidden anyway, and a side toggle never re-lays out the tiles.
	const hidden = tileFilters.get(map)?.shaded ?? [];
	if ([...shaded].every((name) => hidden.includes(name))) return;
	applyTileFilters(map, { shaded: [...shaded].sort() });
}
