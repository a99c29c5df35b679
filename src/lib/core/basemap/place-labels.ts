/**
 * The basemap's place labels as shipped (geodata/basemap/place-labels.json): one short array per
 * label instead of a GeoJSON feature, a quarter of the bytes, expanded to GeoJSON in the browser.
 */
import type { FeatureCollection, Point } from 'geojson';

/** What a label names: a raion's name is drawn apart from settlements. */
export const LABEL_KINDS = ['capital', 'city', 'town', 'village', 'raion'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label's properties: `z` the first zoom it shows at, `r` its rank (larger wins a collision). */
export interface PlaceLabelProperties {
	name: string;
	kind: LabelKind;
	z: number;
	r: number;
}

/** One label: longitude, latitude, name, index into `LABEL_KINDS`, first zoom, rank. */
export type CompactLabel = [number, number, string, number, number, number];

/** The shipped file. */
export interface CompactLabels {
	format: 'claimsmap-place-labels/1';
	kinds: readonly LabelKind[];
	labels: CompactLabel[];
}

/** Packs labels for shipping. */
export function packLabels(
	labels: readonly { lon: number; lat: number; properties: PlaceLabelProperties }[]
): CompactLabels {
	return {
		format: 'claimsmap-place-labels/1',
		kinds: LABEL_KINDS,
		labels: labels.map((l) => [
			l.lon,
			l.lat,
			l.properties.name,
			LABEL_KINDS.indexOf(l.properties.kind),
			l.properties.z,
			l.properties.r
		])
	};
}

/** Expands the shipped file to GeoJSON for a MapLibre source; an unknown format gives no labels. */
export function unpackLabels(data: unknown): FeatureCollection<Point, PlaceLabelProperties> {
	const packed = data as Partial<CompactLabels> | null;
	if (packed?.format !== 'claimsmap-place-labels/1' || !Array.isArray(packed.labels)) {
		return { type: 'FeatureCollection', features: [] };
	}
	const kinds = packed.kinds ?? LABEL_KINDS;
	return {
		type: 'FeatureCollection',
		features: packed.labels.map(([lon, lat, name, kind, z, r]) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: { name, kind: kinds[kind] ?? 'village', z, r }
		}))
	};
}
