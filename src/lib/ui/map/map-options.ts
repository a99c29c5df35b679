/**
 * The options every ClaimsMap map is created with, shared by the app's map and the benchmark (both
 * of its maps), so the benchmark measures the app's configuration.
 */
import type { MapOptions, StyleSpecification } from 'maplibre-gl';

/** The view on first load: Ukraine, before the claims are fitted. */
export const UKRAINE_BOUNDS: [[number, number], [number, number]] = [
	[22, 44.2],
	[40.3, 52.4]
];

/**
 * Map constructor options. `fadeDuration: 0` places labels at once: with the default 300 ms fade,
 * a symbol paint change (a side toggle) within 300 ms of the last placement keeps the map redrawing
 * until that window ends, two or three extra full frames for nothing the user sees.
 * `validateStyle: false`: the style and layers are this code's own, checked against the style
 * specification by `style-valid.test.ts`; validating them again in the page took 80-180 ms of the
 * first draw (the claim layers alone) and runs on every paint or filter change.
 */
export function mapOptions(container: HTMLElement, style: StyleSpecification | string): MapOptions {
	return {
		container,
		style,
		bounds: UKRAINE_BOUNDS,
		fitBoundsOptions: { padding: 20 },
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		fadeDuration: 0,
		validateStyle: false
	};
}

/**
 * How many map workers to start for a machine with `cores` logical cores: MapLibre's own choice
 * (half the cores, at most 6) but never fewer than two. With one worker (MapLibre's choice on two
 * cores) the claims' first tiles wait behind the oblasts' and labels' GeoJSON being parsed and
 * indexed; a second lets them be cut meanwhile (first draw of a 100k-claim store on two cores
 * 2.4 s -> 2.0 s, medians of five and six loads).
 */
export function mapWorkerCount(cores: number): number {
	return Math.max(2, Math.min(6, Math.floor((Number.isFinite(cores) ? cores : 0) / 2)));
}
