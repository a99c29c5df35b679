/**
 * The exported FeatureCollection, as the extraction's builder makes it (6-decimal coordinates,
 * `bbox`, `claimsmap` member), so an export is valid per the contract. Features that are already
 * rounded (anything that came through the builder or the API) are passed through without copying:
 * exporting 100,000 claims must stay well under a second.
 */
import {
	FORMAT_VERSION,
	type ClaimCollection,
	type ClaimFeature,
	type ClaimsmapMeta
} from '../contract';
import { bboxOf, buildClaimCollection } from '../geojson/build';
import { round6 } from '../geojson/round';

/** What produced the data being exported; usually the `claimsmap` member of the loaded collection. */
export type ExportMeta = Pick<ClaimsmapMeta, 'generator' | 'gazetteer'>;

/** The GeoJSON media type of RFC 7946, for responses and downloads. */
export const GEOJSON_MEDIA_TYPE = 'application/geo+json';

const rounded = (n: number) => round6(n) === n;

/** True when every coordinate of the feature (point and alternatives) has at most 6 decimals. */
function isRounded(feature: ClaimFeature): boolean {
	if (feature.geometry) {
		const [lon, lat] = feature.geometry.coordinates;
		if (!rounded(lon) || !rounded(lat)) return false;
	}
	for (const a of feature.properties.alternatives)
		if (!rounded(a.lon) || !rounded(a.lat)) return false;
	return true;
}

/** The features as a contract FeatureCollection, with a `bbox` when any is located. */
export function toExportCollection(
	features: readonly ClaimFeature[],
	meta: ExportMeta
): ClaimCollection {
	const source = { generator: meta.generator, gazetteer: meta.gazetteer };
	if (!features.every(isRounded)) return buildClaimCollection(features, source);
	const bbox = bboxOf(features);
	return {
		type: 'FeatureCollection',
		...(bbox ? { bbox } : {}),
		claimsmap: { formatVersion: FORMAT_VERSION, ...source },
		features: [...features]
	};
}
