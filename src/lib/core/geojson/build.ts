/**
 * Building the claims FeatureCollection of the contract: 6-decimal coordinates, a `bbox` over the
 * located features, and the `claimsmap` member saying what produced it.
 */
import { FORMAT_VERSION, type ClaimCollection, type ClaimFeature } from '../contract';
import { round6 } from './round';

/** What produced a collection: program and gazetteer. */
export interface CollectionSource {
	generator: string;
	gazetteer: string;
}

/** `[minLon, minLat, maxLon, maxLat]` over the features with a geometry, or null when none has one. */
export function bboxOf(features: readonly ClaimFeature[]): [number, number, number, number] | null {
	let box: [number, number, number, number] | null = null;
	for (const f of features) {
		if (!f.geometry) continue;
		const [lon, lat] = f.geometry.coordinates;
		if (!box) box = [lon, lat, lon, lat];
		else
			box = [
				Math.min(box[0], lon),
				Math.min(box[1], lat),
				Math.max(box[2], lon),
				Math.max(box[3], lat)
			];
	}
	return box;
}

/** The feature with its point and alternatives rounded to 6 decimals (a copy). */
export function roundFeature(f: ClaimFeature): ClaimFeature {
	const p = f.properties;
	return {
		...f,
		geometry: f.geometry
			? {
					type: 'Point',
					coordinates: [round6(f.geometry.coordinates[0]), round6(f.geometry.coordinates[1])]
				}
			: null,
		properties: {
			...p,
			alternatives: p.alternatives.map((a) => ({ ...a, lon: round6(a.lon), lat: round6(a.lat) }))
		}
	};
}

/** The FeatureCollection of `features` (coordinates rounded), with `bbox` when any is located. */
export function buildClaimCollection(
	features: readonly ClaimFeature[],
	source: CollectionSource
): ClaimCollection {
	const rounded = features.map(roundFeature);
	const bbox = bboxOf(rounded);
	return {
		type: 'FeatureCollection',
		...(bbox ? { bbox } : {}),
		claimsmap: {
			formatVersion: FORMAT_VERSION,
			generator: source.generator,
			gazetteer: source.gazetteer
		},
		features: rounded
	};
}

/** Merges collections (e.g. one per article) into one, recomputing the `bbox`. */
export function mergeClaimCollections(
	collections: readonly ClaimCollection[],
	source: CollectionSource
): ClaimCollection {
	return buildClaimCollection(
		collections.flatMap((c) => c.features),
		source
	);
}
