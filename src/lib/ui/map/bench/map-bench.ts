/**
 * The in-browser half of the map benchmark (`npm run bench` drives it through /bench): the same
 * 100,000 synthetic claims drawn by a naive baseline (one GeoJSON source with every property, one
 * circle layer, `setFilter` on the side) and by the app's real claim layers, timed until MapLibre
 * reports `idle`. It lives in ui/map/ because it touches MapLibre; nothing in the app imports it.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ExpressionSpecification } from 'maplibre-gl';
import { CLAIMANT_SIDES, type ClaimFeature, type ClaimantSide } from '../../../core/contract';
import { basemapStyle } from '../basemap-style';
import { CLAIM_LAYERS, installClaimLayers, setClaimSides } from '../claim-layers';
import { addClaimIcons } from '../claim-icons';
import { mapOptions } from '../map-options';
import type { OblastLookup } from '../oblast-lookup';

/** Which map is measured. */
export type MapVariant = 'baseline' | 'ours';

/** Timings of one first draw, in milliseconds. */
export interface FirstDrawResult {
	/** From creating the map to the first `idle` with the claims drawn. */
	totalMs: number;
	/** From adding the claims (basemap already loaded) to `idle`. */
	claimsMs: number;
	/** Features MapLibre reports as rendered in the claim layers, to show something was drawn. */
	rendered: number;
}

const BASELINE_SOURCE = 'bench-baseline';
const BASELINE_LAYER = 'bench-baseline-circles';

const sideColour: ExpressionSpecification = [
	'match',
	['get', 'claimantSide'],
	'russia',
	'#d55e00',
	'ukraine',
	'#0072b2',
	'united_states',
	'#009e73',
	'other',
	'#cc79a7',
	'#777777'
];

const idle = (map: maplibregl.Map) =>
	new Promise<void>((done) => {
		map.once('idle', () => done());
		map.triggerRepaint();
	});

const loaded = (map: maplibregl.Map) =>
	new Promise<void>((done) => (map.loaded() ? done() : map.once('load', () => done())));

/** The layers whose rendered features count as drawn claims. */
function claimLayerIds(variant: MapVariant): string[] {
	return variant === 'baseline'
		? [BASELINE_LAYER]
		: CLAIMANT_SIDES.flatMap((s) => [
				CLAIM_LAYERS.points(s),
				CLAIM_LAYERS.clusters(s),
				CLAIM_LAYERS.uncertainty(s)
			]);
}

/** A benchmark session on one page: one map at a time, created by `firstDraw`. */
export class MapBench {
	#map: maplibregl.Map | null = null;
	#variant: MapVariant = 'baseline';

	/** The page's container, the claims and the oblast lookup the app would use. */
	constructor(
		private readonly container: HTMLElement,
		private readonly features: ClaimFeature[],
		private readonly lookup?: OblastLookup
	) {
		maplibregl.setWorkerUrl(workerUrl);
	}

	/** Creates a map, adds the claims the given way, and times it until `idle`. */
	async firstDraw(variant: MapVariant): Promise<FirstDrawResult> {
		this.#map?.remove();
		this.#variant = variant;
		const started = performance.now();
		// Both variants get the app's map options, so only the claim layers differ.
		const map = new maplibregl.Map(mapOptions(this.container, basemapStyle(window.location.href)));
		this.#map = map;
		await loaded(map);
		const basemapReady = performance.now();
		if (variant === 'baseline') {
			map.addSource(BASELINE_SOURCE, {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: this.features } as GeoJSON.FeatureCollection
			});
			map.addLayer({
				id: BASELINE_LAYER,
				type: 'circle',
				source: BASELINE_SOURCE,
				paint: {
					'circle-radius': 3,
					'circle-color': sideColour,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 0.5
				}
			});
		} else {
			installClaimLayers(map, {
				features: this.features,
				lookup: this.lookup,
				addIcons: addClaimIcons
			});
		}
		await idle(map);
		const done = performance.now();
		return {
			totalMs: done - started,
			claimsMs: done - basemapReady,
			rendered: this.rendered()
		};
	}

	/** Shows only `sides` (all when empty) and times it until `idle`, counting frames drawn. */
	async sideChange(sides: ClaimantSide[]): Promise<{ ms: number; frames: number }> {
		const map = this.#requireMap();
		let frames = 0;
		const count = () => void (frames += 1);
		map.on('render', count);
		const started = performance.now();
		if (this.#variant === 'baseline') {
			const active = sides.length === 0 ? null : sides;
			map.setFilter(
				BASELINE_LAYER,
				active ? ['in', ['get', 'claimantSide'], ['literal', active]] : null
			);
		} else {
			setClaimSides(map, sides);
		}
		await idle(map);
		const ms = performance.now() - started;
		map.off('render', count);
		return { ms, frames };
	}

	/** Features rendered in the claim layers right now. */
	rendered(): number {
		const map = this.#requireMap();
		return map.queryRenderedFeatures({ layers: claimLayerIds(this.#variant) }).length;
	}

	/** The current map, for ad-hoc profiling from the driver. */
	get map(): maplibregl.Map | null {
		return this.#map;
	}

	/** Removes the map. */
	dispose(): void {
		this.#map?.remove();
		this.#map = null;
	}

	#requireMap(): maplibregl.Map {
		if (!this.#map) throw new Error('call firstDraw first');
		return this.#map;
	}
}

/** The side selections a filter-change run steps through, starting from all sides shown. */
export const SIDE_STEPS: ClaimantSide[][] = [
	['russia'],
	['russia', 'ukraine'],
	[],
	['ukraine'],
	['united_states', 'other', 'unattributed'],
	[]
];

/** Every side, for a filter that restricts in form but keeps everything. */
export const ALL_SIDES: ClaimantSide[] = [...CLAIMANT_SIDES];
