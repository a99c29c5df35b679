/** Types for the untyped `geojson-validation` package (only the functions used here). */
declare module 'geojson-validation' {
	/** Returns the list of problems when `trace` is true, otherwise whether the object is valid. */
	export function isFeature(value: unknown, trace: true): string[];
	/** Returns the list of problems when `trace` is true, otherwise whether the object is valid. */
	export function isBbox(value: unknown, trace: true): string[];
	const gjv: { isFeature: typeof isFeature; isBbox: typeof isBbox };
	export default gjv;
}
